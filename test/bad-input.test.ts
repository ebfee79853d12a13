/**
 * Bad input on every form and API route that takes input: no fields, a missing field, wrong types,
 * 1 MB strings, SQL and script payloads, invalid UTF-8, a wrong content type, an oversized body.
 * Each must get a clear 4xx with a Chinese message and change NOTHING (every table compared by
 * digest before and after). The one exception is deliberate: in free-text fields (names, office
 * address and hours) SQL and script text is legitimate data — it is stored exactly as typed (the
 * SQL is parameterised, so it stays text) and every page escapes it; the test proves both.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../src/db/database.ts';
import { createAccount, getAccountById, getAccountByUsername } from '../src/db/repositories/accounts.ts';
import { getAgencyByCode } from '../src/db/repositories/agencies.ts';
import type { Role } from '../src/domain/access/roles.ts';
import type { Agency } from '../src/domain/agencies/agency.ts';
import { StaffClient, type ProbeMethod, type ProbeRequest } from '../src/http/api/accounts/administration-test-client.ts';
import { buildAccount, createTestAgency, uniqueSuffix } from './factories.ts';
import { createTestApp, hashTestPassword, type TestApp } from './http-harness.ts';
import { databaseKinds, postgresStatus } from './test-db.ts';

const sqlPayload = "'; DROP TABLE accounts; --";
const scriptPayload = '<script>alert(1)</script>';
/** Preact escapes `<` everywhere and `>` in text (not needed inside attribute values). */
const escapedScript = '&lt;script';
const megabyte = 'a'.repeat(1_000_000);
const password = 'Bad-Input-Pass-2025!';

interface World {
  county: Agency;
  deptA: Agency;
  actorIds: Map<Role | 'self', string>;
  /** An account whose roles the grant routes try to change. */
  targetId: string;
}

interface InputRoute {
  method: ProbeMethod;
  encoding: 'form' | 'json' | 'query';
  /** Who calls it (county-wide, so scope never interferes); null: no session. */
  actor: Role | 'self' | null;
  url(world: World): string;
  valid(world: World): Record<string, string>;
  required: readonly string[];
  /** Where SQL and script text is data: stored exactly, escaped on pages. */
  freeText?: readonly string[];
  readBack?(db: Database, world: World, field: string, input: Record<string, string>): Promise<string | null>;
  /** A refused sign-in is itself recorded (account.loginFailed): the audit trail may grow. */
  mayAudit?: boolean;
}

const officeValues = { officeName: '办公室', address: '测试路1号', postcode: '419900', phone: '0739-5200001', email: 'zwgk@example.cn', hours: '工作日', creditCode: '' };
const agencyField = async (db: Database, world: World, field: string) => String((await getAgencyByCode(db, world.deptA.code))?.[field as 'address'] ?? '');
const newAccount = (world: World) => ({ agencyCode: world.deptA.code, username: `bad-${uniqueSuffix()}`, displayName: '新同事', role: 'handler' });
const accountName = async (db: Database, _world: World, _field: string, input: Record<string, string>) => (await getAccountByUsername(db, input['username'] ?? ''))?.displayName ?? null;
const ownName = async (db: Database, world: World) => (await getAccountById(db, world.actorIds.get('self')!))?.displayName ?? null;
const auditFilter = (world: World) => ({ from: '2025-01-01', to: '2025-12-31', action: 'account.', actor: 'nobody', agencyCode: world.deptA.code, page: '1' });

const inputRoutes: Record<string, InputRoute> = {
  'POST /console/agencies/:agencyCode': { method: 'POST', encoding: 'form', actor: 'systemAdmin', url: (w) => `/console/agencies/${w.deptA.code}`, valid: () => officeValues, required: [], freeText: ['officeName', 'address', 'hours'], readBack: agencyField },
  'PATCH /api/v1/agencies/:agencyCode': { method: 'PATCH', encoding: 'json', actor: 'systemAdmin', url: (w) => `/api/v1/agencies/${w.deptA.code}`, valid: () => officeValues, required: [], freeText: ['officeName', 'address', 'hours'], readBack: agencyField },
  'POST /console/accounts/new': { method: 'POST', encoding: 'form', actor: 'systemAdmin', url: () => '/console/accounts/new', valid: newAccount, required: ['agencyCode', 'username', 'displayName'], freeText: ['displayName'], readBack: accountName },
  'POST /api/v1/accounts': { method: 'POST', encoding: 'json', actor: 'systemAdmin', url: () => '/api/v1/accounts', valid: newAccount, required: ['agencyCode', 'username', 'displayName'], freeText: ['displayName'], readBack: accountName },
  'POST /console/accounts/:accountId/roles': { method: 'POST', encoding: 'form', actor: 'systemAdmin', url: (w) => `/console/accounts/${w.targetId}/roles`, valid: (w) => ({ agencyCode: w.deptA.code, role: 'registrar' }), required: ['agencyCode', 'role'] },
  'POST /api/v1/accounts/:accountId/roles': { method: 'POST', encoding: 'json', actor: 'systemAdmin', url: (w) => `/api/v1/accounts/${w.targetId}/roles`, valid: (w) => ({ agencyCode: w.deptA.code, role: 'registrar' }), required: ['agencyCode', 'role'] },
  'GET /console/accounts': { method: 'GET', encoding: 'query', actor: 'systemAdmin', url: () => '/console/accounts', valid: (w) => ({ agencyCode: w.deptA.code }), required: [] },
  'GET /api/v1/accounts': { method: 'GET', encoding: 'query', actor: 'systemAdmin', url: () => '/api/v1/accounts', valid: (w) => ({ agencyCode: w.deptA.code }), required: [] },
  'GET /console/audit': { method: 'GET', encoding: 'query', actor: 'auditor', url: () => '/console/audit', valid: auditFilter, required: [] },
  'GET /api/v1/audit-entries': { method: 'GET', encoding: 'query', actor: 'auditor', url: () => '/api/v1/audit-entries', valid: auditFilter, required: [] },
  'POST /login': { method: 'POST', encoding: 'form', actor: null, url: () => '/login', valid: () => ({ username: 'nobody-here', password: 'Wrong-Pass-2025!' }), required: ['username', 'password'], mayAudit: true },
  'POST /console/password': {
    method: 'POST',
    encoding: 'form',
    actor: 'self',
    url: () => '/console/password',
    valid: () => ({ currentPassword: password, newPassword: 'Next-Secret-2026#', confirmPassword: 'Next-Secret-2026#' }),
    required: ['currentPassword', 'newPassword', 'confirmPassword'],
  },
  'POST /console/profile': { method: 'POST', encoding: 'form', actor: 'self', url: () => '/console/profile', valid: () => ({ displayName: '新名字' }), required: ['displayName'], freeText: ['displayName'], readBack: ownName },
  'PATCH /api/v1/me': { method: 'PATCH', encoding: 'json', actor: 'self', url: () => '/api/v1/me', valid: () => ({ displayName: '新名字' }), required: ['displayName'], freeText: ['displayName'], readBack: ownName },
};

/** Path parameters with SQL or script in them: a 404, nothing changed, nothing echoed raw. */
const paramProbes: ProbeRequest[] = [sqlPayload, scriptPayload].flatMap((payload) => {
  const value = encodeURIComponent(payload);
  return [
    { method: 'GET', url: `/console/agencies/${value}` },
    { method: 'GET', url: `/api/v1/agencies/${value}` },
    { method: 'GET', url: `/console/accounts/${value}` },
    { method: 'POST', url: `/console/accounts/${value}/password-reset`, form: {} },
    { method: 'POST', url: `/api/v1/accounts/${value}/disable`, json: {} },
    { method: 'DELETE', url: `/api/v1/accounts/00000000-0000-4000-8000-000000000000/roles/${value}` },
  ] satisfies ProbeRequest[];
});

interface Variant {
  name: string;
  request: Omit<ProbeRequest, 'method' | 'url'> & { query?: string };
  /** The field holding SQL or script text, when that is legitimate data there. */
  storedField?: string;
  storedValue?: string;
}

function variantsOf(route: InputRoute, world: World): Variant[] {
  const valid = () => route.valid(world);
  const fields = Object.keys(valid());
  const body = (input: unknown): Variant['request'] => encode(route, input);
  const variants: Variant[] = [];
  if (route.required.length > 0) variants.push({ name: 'no fields', request: body({}) });
  for (const field of route.required) variants.push({ name: `missing ${field}`, request: body(without(valid(), field)) });
  for (const field of fields) {
    const wrongTypes: unknown[] = route.encoding === 'json' ? [12345, ['a'], { a: 1 }, true] : [['a', 'b']];
    for (const wrong of wrongTypes) variants.push({ name: `${field} as ${JSON.stringify(wrong)}`, request: body({ ...valid(), [field]: wrong }) });
    variants.push({ name: `${field} of 1 MB`, request: body({ ...valid(), [field]: megabyte }) });
    for (const payload of [sqlPayload, scriptPayload]) {
      const isData = route.freeText?.includes(field) === true;
      const input = { ...valid(), [field]: payload };
      variants.push({ name: `${field} = ${payload}`, request: body(input), ...(isData ? { storedField: field, storedValue: payload } : {}) });
    }
  }
  if (route.encoding === 'json') {
    for (const wrong of [[], 'text', 42, null]) variants.push({ name: `body ${JSON.stringify(wrong)}`, request: { raw: { contentType: 'application/json', payload: JSON.stringify(wrong) } } });
    variants.push({ name: 'invalid UTF-8', request: { raw: { contentType: 'application/json', payload: Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]) } } });
    variants.push({ name: 'not JSON', request: { raw: { contentType: 'application/json', payload: '{"officeName": ' } } });
  }
  if (route.encoding === 'form') {
    variants.push({ name: 'invalid UTF-8 escape', request: { raw: { contentType: 'application/x-www-form-urlencoded', payload: `${fields[0]}=%FF%FE` } } });
    variants.push({ name: 'invalid UTF-8 bytes', request: { raw: { contentType: 'application/x-www-form-urlencoded', payload: Buffer.concat([Buffer.from(`${fields[0]}=`), Buffer.from([0xc3, 0x28])]) } } });
  }
  if (route.encoding !== 'query') {
    variants.push({ name: 'text/plain', request: { raw: { contentType: 'text/plain', payload: 'officeName=x' } } });
    variants.push({ name: 'XML', request: { raw: { contentType: 'application/xml', payload: '<a>x</a>' } } });
    variants.push({ name: '2 MB body', request: { raw: { contentType: route.encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded', payload: Buffer.alloc(2_000_000, 0x61) } } });
  }
  return variants;
}

function encode(route: InputRoute, input: unknown): Variant['request'] {
  if (route.encoding === 'json') return { json: input };
  const fields = input as Record<string, string | string[]>;
  const pairs = Object.entries(fields).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => [name, String(v)]));
  if (route.encoding === 'query') return { query: new URLSearchParams(pairs).toString() };
  return { raw: { contentType: 'application/x-www-form-urlencoded', payload: new URLSearchParams(pairs).toString() } };
}

function without(input: Record<string, string>, field: string): Record<string, string> {
  const { [field]: _dropped, ...rest } = input;
  return rest;
}

/** A digest of every table: any change anywhere shows. */
async function digestTables(db: Database): Promise<Record<string, string>> {
  const tables = ['agencies', 'accounts', 'role_grants', 'sessions', 'audit_log'];
  const parts = tables.map((t) => sql`(select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from ${sql.identifier(t)} x) as ${sql.identifier(t)}`);
  const [row] = await queryRows<Record<string, string>>(db, sql`select ${sql.join(parts, sql`, `)}`);
  return row!;
}

/** The Chinese message of a refusal: the JSON error's, or the page's alert / error text. */
function messageOf(body: string, isApi: boolean): string {
  if (isApi) return (JSON.parse(body) as { error?: { message?: string } }).error?.message ?? '';
  const alert = /role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(body)?.[1] ?? /class="lead">([^<]*)</.exec(body)?.[1] ?? '';
  return alert.replace(/<[^>]+>/g, '');
}

const isCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

for (const kind of databaseKinds) {
  const unavailable = kind === 'postgres' && postgresStatus !== 'reachable' && !isCi;
  (unavailable ? describe.skip : describe)(`bad input [${kind}]${unavailable ? ` — skipped: ${postgresStatus}` : ''}`, () => {
    let testApp: TestApp;
    let world: World;
    const clients = new Map<string, StaffClient>();

    beforeAll(async () => {
      testApp = await createTestApp(kind, { seedDemo: false });
      const db = testApp.handle.db;
      const passwordHash = await hashTestPassword(password);
      const county = await createTestAgency(db, { kind: 'government', name: '坏输入县人民政府' });
      const deptA = await createTestAgency(db, { parentId: county.id, name: '坏输入县甲局' });
      const actorIds = new Map<Role | 'self', string>();
      for (const role of ['systemAdmin', 'auditor', 'self'] as const) {
        const account = await createAccount(db, buildAccount({ agencyId: county.id, passwordHash, mustChangePassword: false }), [{ agencyId: county.id, role: role === 'self' ? 'handler' : role, includeSubtree: true }]);
        actorIds.set(role, account.id);
      }
      const target = await createAccount(db, buildAccount({ agencyId: deptA.id, passwordHash, mustChangePassword: false }), []);
      world = { county, deptA, actorIds, targetId: target.id };
    }, 120_000);
    afterAll(async () => testApp?.close(), 60_000);

    async function clientOf(actor: InputRoute['actor']): Promise<StaffClient> {
      if (actor === null) return StaffClient.anonymous(testApp.app);
      const known = clients.get(actor);
      if (known !== undefined) return known;
      const client = await StaffClient.signedIn(testApp.app, testApp.handle.db, world.actorIds.get(actor)!, testApp.clock.now());
      clients.set(actor, client);
      return client;
    }

    it.each(Object.keys(inputRoutes))('answers bad input to %s with a Chinese 4xx and stores nothing', async (key) => {
      const route = inputRoutes[key]!;
      const db = testApp.handle.db;
      const client = await clientOf(route.actor);
      const isApi = key.includes('/api/');
      const problems: string[] = [];
      for (const variant of variantsOf(route, world)) {
        const { query, ...rest } = variant.request;
        const url = query === undefined ? route.url(world) : `${route.url(world)}?${query}`;
        const before = await digestTables(db);
        const response = await client.send({ method: route.method, url, ...rest });
        const label = `${variant.name}: ${response.statusCode}`;
        if (!isApi && response.body.includes(scriptPayload)) problems.push(`${label}: the script came back unescaped`);
        if (variant.storedField !== undefined) {
          const stored = await route.readBack!(db, world, variant.storedField, (rest.json ?? Object.fromEntries(new URLSearchParams(String(rest.raw?.payload ?? '')))) as Record<string, string>);
          if (response.statusCode >= 400 || stored !== variant.storedValue) problems.push(`${label}: free text not stored exactly (${String(stored)})`);
          continue;
        }
        if (response.statusCode < 400 || response.statusCode >= 500) problems.push(`${label}: expected a 4xx`);
        else if (!/[\u4e00-\u9fff]/.test(messageOf(response.body, isApi))) problems.push(`${label}: no Chinese message`);
        const after = await digestTables(db);
        const changed = Object.keys(before).filter((t) => before[t] !== after[t] && !(route.mayAudit === true && t === 'audit_log'));
        if (changed.length > 0) problems.push(`${label}: changed ${changed.join(', ')}`);
      }
      expect(problems).toEqual([]);
    }, 240_000);

    it('answers SQL and script in path parameters with a 404, nothing changed and nothing echoed', async () => {
      const client = await clientOf('systemAdmin');
      const problems: string[] = [];
      for (const probe of paramProbes) {
        const before = await digestTables(testApp.handle.db);
        const response = await client.send(probe);
        if (response.statusCode !== 404) problems.push(`${probe.method} ${probe.url}: ${response.statusCode}`);
        if (!probe.url.startsWith('/api/') && response.body.includes(scriptPayload)) problems.push(`${probe.url}: script echoed`);
        if (JSON.stringify(await digestTables(testApp.handle.db)) !== JSON.stringify(before)) problems.push(`${probe.url}: changed the database`);
      }
      expect(problems).toEqual([]);
    }, 120_000);

    it('shows stored script text escaped on every page that displays it', async () => {
      await (await clientOf('systemAdmin')).send({ method: 'PATCH', url: `/api/v1/agencies/${world.deptA.code}`, json: { officeName: scriptPayload, address: scriptPayload } });
      await (await clientOf('self')).send({ method: 'PATCH', url: '/api/v1/me', json: { displayName: scriptPayload } });
      const pages: [InputRoute['actor'], string][] = [
        ['systemAdmin', `/console/agencies/${world.deptA.code}`],
        [null, `/agencies/${world.deptA.code}/guide`],
        ['systemAdmin', '/console/accounts'],
        ['systemAdmin', `/console/accounts/${world.actorIds.get('self')}`],
        ['self', '/console'],
        ['self', '/console/profile'],
        ['auditor', '/console/audit'],
      ];
      for (const [actor, url] of pages) {
        const response = await (await clientOf(actor)).send({ method: 'GET', url });
        expect(response.statusCode, url).toBe(200);
        expect(response.body, url).not.toContain(scriptPayload);
        expect(response.body, url).toContain(escapedScript);
      }
    }, 120_000);
  });
}

/**
 * THE access table, tested through HTTP: every route of the app × every role × where the role is
 * held and whose record is asked for — `own` (role in department A, A's record), `other` (role in A,
 * department B's record), `county` (role at the county with its subtree, B's record) — and without a
 * session. Each request goes through `app.inject` with a fresh account of that role and a fresh
 * target record, and must be let through or refused exactly as src/domain/access says. Lists must
 * not show another department's records. A route without an expectation here fails the test, so
 * no new route slips through untested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, setAccountDisabled } from '../src/db/repositories/accounts.ts';
import { appendAuditEntry } from '../src/db/repositories/audit-log.ts';
import { isAllowedByTable } from '../src/domain/access/access-table.ts';
import { roles, type Role } from '../src/domain/access/roles.ts';
import { classifyResponse, StaffClient, type ProbeRequest } from '../src/http/api/accounts/administration-test-client.ts';
import { listRoutes } from '../src/http/route-access.ts';
import { buildAccount, buildAuditEntry, createTestAgency, uniqueSuffix } from './factories.ts';
import { createTestApp, hashTestPassword, type TestApp } from './http-harness.ts';
import type { DatabaseKind } from '../src/db/database.ts';
import { postgresStatus } from './test-db.ts';
import type { Placement, ProbeContext, RouteExpectation, Rule, World } from './access-probe.ts';
import { applicationExpectations } from './access-expectations/index.ts';

const password = 'Probe-Pass-2025!x';
let passwordHash = '';

async function createTarget(context: ProbeContext, roleHeld: Role = 'handler', agency = context.agency): Promise<string> {
  const built = buildAccount({ agencyId: agency.id, passwordHash, mustChangePassword: false });
  return (await createAccount(context.db, built, [{ agencyId: agency.id, role: roleHeld, includeSubtree: false }])).id;
}

const get = (url: string) => (): ProbeRequest => ({ method: 'GET', url });
const accountAction = (suffix: string, api: boolean) => async (c: ProbeContext): Promise<ProbeRequest> => {
  const url = `${api ? '/api/v1' : '/console'}/accounts/${await createTarget(c)}/${suffix}`;
  return api ? { method: 'POST', url, json: {} } : { method: 'POST', url, form: {} };
};
const officeForm = { officeName: '办公室', address: '测试路1号', postcode: '419900', phone: '0739-5200001', email: '', hours: '工作日', creditCode: '' };
const newAccount = (c: ProbeContext) => ({ agencyCode: c.agency.code, username: `probe-${uniqueSuffix()}`, displayName: '探针', role: '' });

const ownExpectations: Record<string, RouteExpectation> = {
  'GET /static/*': { rule: 'public', target: 'none', probe: get('/static/styles.css') },
  'GET /healthz': { rule: 'public', target: 'none', probe: get('/healthz') },
  'GET /display': { rule: 'public', target: 'none', probe: get('/display?mode=large&back=/') },
  'GET /': { rule: 'public', target: 'none', probe: get('/') },
  'GET /guide': { rule: 'public', target: 'none', probe: get('/guide') },
  'GET /agencies/:code/guide': { rule: 'public', target: 'none', probe: (c) => ({ method: 'GET', url: `/agencies/${c.agency.code}/guide` }) },
  'GET /apply': { rule: 'public', target: 'none', probe: get('/apply') },
  'GET /annual-reports': { rule: 'public', target: 'none', probe: get('/annual-reports') },
  'GET /login': { rule: 'public', target: 'none', probe: get('/login') },
  'POST /login': {
    rule: 'public',
    target: 'none',
    probe: async (c) => {
      const id = await createTarget(c);
      const [row] = await c.db.query.accounts.findMany({ where: (a, { eq }) => eq(a.id, id) });
      return { method: 'POST', url: '/login', form: { username: row!.username, password } };
    },
  },
  'POST /logout': { rule: 'signedIn', target: 'none', probe: () => ({ method: 'POST', url: '/logout', form: {} }) },
  'GET /console/password': { rule: 'signedIn', target: 'none', probe: get('/console/password') },
  'POST /console/password': {
    rule: 'signedIn',
    target: 'none',
    probe: () => ({ method: 'POST', url: '/console/password', form: { currentPassword: password, newPassword: 'Fresh-Secret-2026#', confirmPassword: 'Fresh-Secret-2026#' } }),
  },
  'GET /console': { rule: 'staffConsole.enter', target: 'none', probe: get('/console') },
  'GET /console/profile': { rule: 'staffConsole.enter', target: 'none', probe: get('/console/profile') },
  'POST /console/profile': { rule: 'staffConsole.enter', target: 'none', probe: () => ({ method: 'POST', url: '/console/profile', form: { displayName: '新名字' } }) },
  'GET /api/v1/me': { rule: 'signedIn', target: 'none', probe: get('/api/v1/me') },
  'PATCH /api/v1/me': { rule: 'staffConsole.enter', target: 'none', probe: () => ({ method: 'PATCH', url: '/api/v1/me', json: { displayName: '新名字' } }) },
  'GET /api/v1/openapi.json': { rule: 'public', target: 'none', probe: get('/api/v1/openapi.json') },
  'GET /api/v1/docs': { rule: 'public', target: 'none', probe: get('/api/v1/docs') },
  // Agencies.
  'GET /console/agencies': { rule: 'agency.read', target: 'list', probe: get('/console/agencies') },
  'GET /console/agencies/:agencyCode': { rule: 'agency.read', target: 'record', probe: (c) => ({ method: 'GET', url: `/console/agencies/${c.agency.code}` }) },
  'POST /console/agencies/:agencyCode': { rule: 'agency.update', target: 'record', probe: (c) => ({ method: 'POST', url: `/console/agencies/${c.agency.code}`, form: officeForm }) },
  'GET /api/v1/agencies': { rule: 'agency.read', target: 'list', probe: get('/api/v1/agencies') },
  'GET /api/v1/agencies/:agencyCode': { rule: 'agency.read', target: 'record', probe: (c) => ({ method: 'GET', url: `/api/v1/agencies/${c.agency.code}` }) },
  'PATCH /api/v1/agencies/:agencyCode': { rule: 'agency.update', target: 'record', probe: (c) => ({ method: 'PATCH', url: `/api/v1/agencies/${c.agency.code}`, json: { phone: '0739-5200002' } }) },
  // Accounts.
  'GET /console/accounts': { rule: 'account.list', target: 'list', probe: get('/console/accounts') },
  'GET /console/accounts/new': { rule: 'account.create', target: 'list', probe: get('/console/accounts/new') },
  'POST /console/accounts/new': { rule: 'account.create', target: 'record', probe: (c) => ({ method: 'POST', url: '/console/accounts/new', form: newAccount(c) }) },
  'GET /console/accounts/:accountId': { rule: 'account.list', target: 'record', probe: async (c) => ({ method: 'GET', url: `/console/accounts/${await createTarget(c)}` }) },
  'POST /console/accounts/:accountId/password-reset': { rule: 'account.resetPassword', target: 'record', probe: accountAction('password-reset', false) },
  'POST /console/accounts/:accountId/unlock': { rule: 'account.unlock', target: 'record', probe: accountAction('unlock', false) },
  'POST /console/accounts/:accountId/disable': { rule: 'account.update', target: 'record', probe: accountAction('disable', false) },
  'POST /console/accounts/:accountId/enable': {
    rule: 'account.update',
    target: 'record',
    probe: async (c) => {
      const id = await createTarget(c);
      await setAccountDisabled(c.db, id, new Date('2025-01-01T00:00:00Z'));
      return { method: 'POST', url: `/console/accounts/${id}/enable`, form: {} };
    },
  },
  'POST /console/accounts/:accountId/roles': {
    rule: 'role.grant',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/accounts/${await createTarget(c)}/roles`, form: { agencyCode: c.agency.code, role: 'registrar' } }),
  },
  'POST /console/accounts/:accountId/roles/:grantId/revoke': {
    rule: 'role.revoke',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/accounts/${await createTarget(c)}/roles/${c.agency.code}.handler/revoke`, form: {} }),
  },
  'GET /api/v1/accounts': { rule: 'account.list', target: 'list', probe: get('/api/v1/accounts') },
  'GET /api/v1/accounts/:accountId': { rule: 'account.list', target: 'record', probe: async (c) => ({ method: 'GET', url: `/api/v1/accounts/${await createTarget(c)}` }) },
  'POST /api/v1/accounts': { rule: 'account.create', target: 'record', probe: (c) => ({ method: 'POST', url: '/api/v1/accounts', json: newAccount(c) }) },
  'POST /api/v1/accounts/:accountId/password-reset': { rule: 'account.resetPassword', target: 'record', probe: accountAction('password-reset', true) },
  'POST /api/v1/accounts/:accountId/unlock': { rule: 'account.unlock', target: 'record', probe: accountAction('unlock', true) },
  'POST /api/v1/accounts/:accountId/disable': { rule: 'account.update', target: 'record', probe: accountAction('disable', true) },
  'POST /api/v1/accounts/:accountId/enable': { rule: 'account.update', target: 'record', probe: accountAction('enable', true) },
  'POST /api/v1/accounts/:accountId/roles': {
    rule: 'role.grant',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/api/v1/accounts/${await createTarget(c)}/roles`, json: { agencyCode: c.agency.code, role: 'registrar' } }),
  },
  'DELETE /api/v1/accounts/:accountId/roles/:grantId': {
    rule: 'role.revoke',
    target: 'record',
    probe: async (c) => ({ method: 'DELETE', url: `/api/v1/accounts/${await createTarget(c)}/roles/${c.agency.code}.handler` }),
  },
  // The audit log: the marker entry of department B is appended just before, so it is on page 1.
  'GET /console/audit': { rule: 'audit.read', target: 'list', probe: async (c) => (await appendMarkerEntry(c), { method: 'GET', url: '/console/audit' }) },
  'POST /console/audit/verify': { rule: 'audit.verify', target: 'none', probe: () => ({ method: 'POST', url: '/console/audit/verify', form: {} }) },
  'GET /api/v1/audit-entries': { rule: 'audit.read', target: 'list', probe: async (c) => (await appendMarkerEntry(c), { method: 'GET', url: '/api/v1/audit-entries' }) },
  'POST /api/v1/audit-entries/verify': { rule: 'audit.verify', target: 'none', probe: () => ({ method: 'POST', url: '/api/v1/audit-entries/verify' }) },
};

const expectations: Record<string, RouteExpectation> = { ...ownExpectations, ...applicationExpectations };

async function appendMarkerEntry(c: ProbeContext): Promise<void> {
  await appendAuditEntry(c.db, buildAuditEntry({ action: 'test.marker', agencyId: c.world.deptB.id, details: { note: c.marker } }));
}

/** What the access table says: allowed, or refused for want of a session or by a rule. */
export function expectedOutcome(rule: Rule, target: RouteExpectation['target'], role: Role | null, placement: Placement): string {
  if (rule === 'public') return 'allowed';
  if (role === null) return 'unauthenticated';
  if (rule === 'signedIn') return 'allowed';
  if (!isAllowedByTable(role, rule)) return 'forbidden';
  return target === 'record' && placement === 'other' ? 'forbidden' : 'allowed';
}

/** HEAD is answered like GET (Fastify adds it); its expectation is the GET's. */
function expectationOf(method: string, url: string): RouteExpectation | undefined {
  return expectations[`${method === 'HEAD' ? 'GET' : method} ${url}`];
}

const isCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

/** The whole table over HTTP on one kind of database (one test file per kind, so the two run in parallel). */
export function describeAccessTable(kind: DatabaseKind): void {
  const unavailable = kind === 'postgres' && postgresStatus !== 'reachable' && !isCi;
  (unavailable ? describe.skip : describe)(`access table over HTTP [${kind}]${unavailable ? ` — skipped: ${postgresStatus}` : ''}`, () => {
    let testApp: TestApp;
    let world: World;
    const marker = `marker-${uniqueSuffix()}`;

    beforeAll(async () => {
      passwordHash = await hashTestPassword(password);
      testApp = await createTestApp(kind, { seedDemo: false });
      const db = testApp.handle.db;
      const county = await createTestAgency(db, { kind: 'government', name: '甲乙县人民政府' });
      world = {
        county,
        deptA: await createTestAgency(db, { parentId: county.id, name: '甲乙县甲局' }),
        deptB: await createTestAgency(db, { parentId: county.id, name: '甲乙县乙局' }),
      };
      // An account of B only the marker names: B's account lists must never show it to A.
      await createAccount(db, buildAccount({ agencyId: world.deptB.id, username: marker, passwordHash }), [{ agencyId: world.deptB.id, role: 'handler', includeSubtree: false }]);
    }, 120_000);
    afterAll(async () => testApp?.close(), 60_000);

    it('has an expectation for every route of the app, and no expectation without a route', () => {
      const routes = listRoutes(testApp.app).map((r) => `${r.method} ${r.url}`);
      expect(routes.filter((r) => expectationOf(r.split(' ')[0]!, r.split(' ')[1]!) === undefined)).toEqual([]);
      const known = new Set(routes);
      expect(Object.keys(expectations).filter((key) => !known.has(key))).toEqual([]);
    });

    it.each(Object.keys(expectations))('decides %s as the access table says', async (key) => {
      const [method, url] = key.split(' ') as [string, string];
      const hasHead = method === 'GET' && listRoutes(testApp.app).some((r) => r.method === 'HEAD' && r.url === url);
      const methods = hasHead ? [method, 'HEAD'] : [method];
      const mismatches: string[] = [];
      for (const sentMethod of methods) {
        for (const who of [null, ...roles] as const) {
          // HEAD runs the GET route's own hooks: every role once, in its own department and in the
          // other one (the record check), is enough; the county grant is probed through GET.
          const placements: Placement[] = who === null ? ['own'] : sentMethod === 'HEAD' ? ['own', 'other'] : ['own', 'other', 'county'];
          for (const placement of placements) {
            const found = await runProbe(sentMethod, key, who, placement);
            if (found !== null) mismatches.push(found);
          }
        }
      }
      expect(mismatches).toEqual([]);
    }, 120_000);

    /** One request; null when it went as the table says, else what went wrong. */
    async function runProbe(method: string, key: string, role: Role | null, placement: Placement): Promise<string | null> {
      const expectation = expectations[key]!;
      const db = testApp.handle.db;
      const context: ProbeContext = { db, world, agency: placement === 'own' ? world.deptA : world.deptB, marker };
      const client = role === null ? StaffClient.anonymous(testApp.app) : await signedInClient(role, placement);
      const request = await expectation.probe(context);
      const response = await client.send({ ...request, method: method === 'HEAD' ? 'HEAD' : request.method });
      const actual = classifyResponse(response);
      const expected = expectedOutcome(expectation.rule, expectation.target, role, placement);
      const label = `${method} ${request.url} as ${role ?? 'no session'} (${placement})`;
      if (actual !== expected) return `${label}: expected ${expected}, got ${actual} ${response.body.slice(0, 200)}`;
      if (expectation.target !== 'list' || actual !== 'allowed' || method === 'HEAD') return null;
      const showsB = response.body.includes(marker) || response.body.includes(world.deptB.name);
      if (placement !== 'county' && showsB) return `${label}: shows department B's records`;
      if (placement === 'county' && !showsB) return `${label}: a county-wide grant does not show department B's records`;
      return null;
    }

    async function signedInClient(role: Role, placement: Placement): Promise<StaffClient> {
      const agency = placement === 'county' ? world.county : world.deptA;
      const built = buildAccount({ agencyId: agency.id, passwordHash, mustChangePassword: false });
      const actor = await createAccount(testApp.handle.db, built, [{ agencyId: agency.id, role, includeSubtree: placement === 'county' }]);
      return StaffClient.signedIn(testApp.app, testApp.handle.db, actor.id, testApp.clock.now());
    }
  });
}

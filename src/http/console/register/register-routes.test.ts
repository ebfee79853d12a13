/**
 * The register, the Art. 20 figures and table A over HTTP (PGlite, one app): table A on the pages
 * equals the API's and the documents behind each figure, and passes the checker; recording events
 * through the form, with links both ways; the interpretation flag; Art. 20 figures by form and CSV;
 * refusals.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createAccountWithPassword, describeEachApp, type TestBrowser } from '../../../../test/http-harness.ts';
import { createTestAgency } from '../../../../test/factories.ts';
import { createInterpretation, createRegisterDocument } from '../../../../test/register-factories.ts';
import { hashPassword } from '../../../auth/password-hash.ts';
import { createAccount } from '../../../db/repositories/accounts.ts';
import { infoItems, registerEvents } from '../../../db/schema/catalog.ts';
import { checkAnnualReport } from '../../../domain/annual-report/check.ts';
import type { Proactive } from '../../../domain/annual-report/model.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { reportWithTableA } from '../../../domain/catalog/table-a.ts';
import { buildAccount } from '../../../../test/factories.ts';
import { createRegisterDeps } from '../../../db/stores/register-store.ts';
import { listInterpretationFlags } from '../../../use-cases/catalog/register/list-interpretation-flags.ts';

const password = 'Dengji-Ceshi-2025!';
const event = (kind: 'issued' | 'amended' | 'expired' | 'abolished', on: string) => ({ event: kind, effectiveOn: on, relatedItemId: null });

/** The figures of the table A panel, by path, as the page prints them. */
function panelFigures(html: string): Map<string, { text: string; href: string }> {
  const found = new Map<string, { text: string; href: string }>();
  for (const match of html.matchAll(/<td class="figure" data-path="([^"]+)"[^>]*><a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)) {
    found.set(match[1]!, { href: match[2]!.replaceAll('&amp;', '&'), text: match[3]! });
  }
  return found;
}

function multipart(fields: Record<string, string>, file: { name: string; bytes: Uint8Array }): Promise<{ contentType: string; payload: Buffer }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set('file', new Blob([file.bytes.slice()]), file.name);
  const request = new Request('http://upload.invalid/', { method: 'POST', body: form as unknown as string });
  return request.arrayBuffer().then((body) => ({ contentType: request.headers.get('content-type')!, payload: Buffer.from(body) }));
}

async function upload(browser: TestBrowser, fields: Record<string, string>, file: { name: string; bytes: Uint8Array }) {
  const { contentType, payload } = await multipart({ ...fields, _csrf: browser.csrfToken ?? '' }, file);
  return browser.send('POST', '/console/art20/import', { headers: { 'content-type': contentType }, payload });
}

describeEachApp(
  'register and Art. 20 pages',
  (current) => {
    let county: Agency;
    let office: Agency;
    let other: Agency;
    const docs: Record<string, string> = {};

    beforeAll(async () => {
      const db = current().handle.db;
      county = await createTestAgency(db, { kind: 'government', name: '登记县人民政府' });
      office = await createTestAgency(db, { parentId: county.id, name: '登记县司法局' });
      other = await createTestAgency(db, { parentId: county.id, name: '登记县农业农村局' });
      await createAccountWithPassword(current().handle, { password, roles: ['handler'], agencyId: office.id, username: 'reg-handler' });
      await createAccountWithPassword(current().handle, { password, roles: ['reviewer'], agencyId: office.id, username: 'reg-reviewer' });
      await createAccountWithPassword(current().handle, { password, roles: ['handler'], agencyId: other.id, username: 'reg-other' });
      const built = buildAccount({ agencyId: county.id, passwordHash: await hashPassword(password), mustChangePassword: false, username: 'reg-county' });
      await createAccount(db, built, [{ agencyId: county.id, role: 'handler', includeSubtree: true }]);
      const create = async (key: string, seed: Parameters<typeof createRegisterDocument>[1]) => {
        docs[key] = (await createRegisterDocument(db, seed)).id;
      };
      await create('old', { agencyId: office.id, title: '登记县行政执法公示办法', events: [event('issued', '2021-06-01')] });
      await create('amendedAbolished', { agencyId: office.id, title: '登记县法律援助实施细则', events: [event('issued', '2022-03-01'), event('amended', '2024-02-01'), event('abolished', '2025-01-15')] });
      await create('expired', { agencyId: office.id, title: '登记县人民调解补贴暂行办法', events: [event('issued', '2023-01-01'), event('expired', '2025-01-01')] });
      await create('new', { agencyId: office.id, title: '登记县公共法律服务规定', events: [event('issued', '2025-01-10')] });
      await create('flagged', { agencyId: office.id, title: '登记县律师执业监督办法', events: [event('issued', '2025-02-20')] });
      await create('regulation', { agencyId: office.id, kind: 'regulation', title: '登记县司法行政管理规定', events: [event('issued', '2024-05-01')] });
      await create('draft', { agencyId: office.id, status: 'draft', title: '未发布的草稿', events: [] });
      await create('otherDoc', { agencyId: other.id, title: '农业局的文件', events: [event('issued', '2025-01-20')] });
      await createInterpretation(db, { agencyId: office.id, interpretsItemId: docs['new']!, publishedOn: '2025-01-13' });
      for (const key of ['old', 'amendedAbolished', 'expired', 'regulation']) {
        await createInterpretation(db, { agencyId: office.id, interpretsItemId: docs[key]!, publishedOn: '2025-01-02' });
      }
    });

    // One signed-in browser per account for the whole file: signing in (scrypt) is the slow part.
    const browsers = new Map<string, TestBrowser>();
    async function signIn(username: string): Promise<TestBrowser> {
      const known = browsers.get(username);
      if (known !== undefined) return known;
      const browser = current().browser();
      await browser.signIn(username, password);
      browsers.set(username, browser);
      return browser;
    }

    it('shows table A equal to the API, each register figure linking to exactly the documents it counts, and passing the checker', async () => {
      const handler = await signIn('reg-handler');
      const page = await handler.get(`/console/register?agency=${office.code}&year=2025`);
      expect(page.statusCode).toBe(200);
      const api = await handler.api('GET', `/api/v1/agencies/${office.code}/table-a?year=2025`);
      expect(api.statusCode).toBe(200);
      const proactive = (api.json() as { proactive: Proactive }).proactive;
      expect(proactive.normativeDocuments).toEqual({ issued: 2, abolished: 2, inForce: 3 });
      expect(proactive.regulations).toEqual({ issued: 0, abolished: 0, inForce: 1 });
      const figures = panelFigures(page.body);
      for (const kind of ['regulations', 'normativeDocuments'] as const) {
        for (const field of ['issued', 'abolished', 'inForce'] as const) {
          const figure = figures.get(`proactive.${kind}.${field}`)!;
          expect(figure.text).toBe(String(proactive[kind][field]));
          const listed = await handler.get(figure.href);
          const rows = [...listed.body.matchAll(/<tr[^>]*data-item="/g)].length;
          expect({ path: `${kind}.${field}`, rows }).toEqual({ path: `${kind}.${field}`, rows: proactive[kind][field] });
        }
      }
      expect(figures.get('proactive.licensing.decisions')!.text).toBe('未录入');
      const findings = checkAnnualReport(reportWithTableA({ ...proactive, licensing: { decisions: 5 }, penalty: { decisions: 0 }, enforcement: { decisions: 0 }, fees: { amountWanYuan: '1.5' } }, office.name, 2025));
      expect(findings.filter((f) => f.locations.some((l) => l.path?.startsWith('proactive')))).toEqual([]);
    });

    it('flags a document without its interpretation after the due working days, and filters on the flag', async () => {
      const reviewer = await signIn('reg-reviewer');
      const page = await reviewer.get(`/console/register?agency=${office.code}&year=2025`);
      expect(page.body).toContain('有 1 份文件发布后超过规定的工作日仍没有政策解读');
      const flagged = await reviewer.get(`/console/register?agency=${office.code}&year=2025&flag=missingInterpretation`);
      expect(flagged.body).toContain('登记县律师执业监督办法');
      expect(flagged.body).toContain('缺少解读，应于2025年2月25日前发布');
      expect(flagged.body).not.toContain('登记县公共法律服务规定');
      expect(page.body).not.toContain('未发布的草稿');
      expect(page.body).not.toContain('农业局的文件');
      const flags = await listInterpretationFlags(createRegisterDeps(current().handle.db, current().clock.now), { principal: { accountId: 'x', grants: [{ role: 'reviewer', agencyId: county.id, includeSubtree: true }] }, now: current().clock.now() });
      expect(flags.map((f) => [f.item.title, f.agency.code])).toEqual([['农业局的文件', other.code], ['登记县律师执业监督办法', office.code]]);
      // The reviewer reads the register but records nothing.
      const document = await reviewer.get(`/console/register/${docs['flagged']}`);
      expect(document.statusCode).toBe(200);
      expect(document.body).not.toContain('登记修改、失效或废止');
    });

    it('records an amendment through the form, with the link shown both ways, and refuses a bad date without writing', async () => {
      const handler = await signIn('reg-handler');
      await handler.get(`/console/register/${docs['old']}`);
      const refused = await handler.postForm(`/console/register/${docs['old']}/events`, { event: 'amended', effectiveOn: '2025-03-04', relatedItemId: docs['new']!, note: '' });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('修改日期不能晚于今天（2025-03-03）');
      expect(refused.body).toContain('value="2025-03-04"');
      const db = current().handle.db;
      expect(await db.select().from(registerEvents).where(eq(registerEvents.itemId, docs['old']!))).toHaveLength(1);
      const recorded = await handler.postForm(`/console/register/${docs['old']}/events`, { event: 'amended', effectiveOn: '2025-01-10', relatedItemId: docs['new']!, note: '依新规定修改第三条' });
      expect(recorded.statusCode).toBe(303);
      const page = await handler.get(String(recorded.headers.location));
      expect(page.body).toContain('已登记修改。');
      expect(page.body).toMatch(/id="validity">已修改<span class="cell-note cell-nowrap">（2025年1月10日起）/);
      expect(page.body).toContain(`href="/console/register/${docs['new']}"`);
      expect(page.body).toContain('依新规定修改第三条');
      const newer = await handler.get(`/console/register/${docs['new']}`);
      expect(newer.body).toContain('本文件修改或废止的文件');
      expect(newer.body).toContain(`href="/console/register/${docs['old']}"`);
      const [row] = await db.select({ validity: infoItems.validity }).from(infoItems).where(eq(infoItems.id, docs['old']!));
      expect(row!.validity).toBe('amended');
    });

    it('refuses events to another department, to the reviewer, and to unknown or draft documents', async () => {
      const otherHandler = await signIn('reg-other');
      expect((await otherHandler.get(`/console/register/${docs['old']}`)).statusCode).toBe(403);
      await otherHandler.get('/console/register');
      expect((await otherHandler.postForm(`/console/register/${docs['old']}/events`, { event: 'expired', effectiveOn: '2025-03-01' })).statusCode).toBe(403);
      expect((await otherHandler.get(`/api/v1/agencies/${office.code}/table-a`)).statusCode).toBe(403);
      const reviewer = await signIn('reg-reviewer');
      await reviewer.get('/console/register');
      expect((await reviewer.postForm(`/console/register/${docs['old']}/events`, { event: 'expired', effectiveOn: '2025-03-01' })).statusCode).toBe(403);
      const handler = await signIn('reg-handler');
      expect((await handler.get('/console/register/not-a-uuid')).statusCode).toBe(404);
      expect((await handler.get(`/console/register/${docs['draft']}`)).statusCode).toBe(404);
      expect((await handler.api('GET', `/api/v1/agencies/${office.code}/table-a?year=1999`)).statusCode).toBe(422);
    });

    it('saves the Art. 20 figures from the form, keeping the amount as entered, and refuses a bad amount', async () => {
      const handler = await signIn('reg-handler');
      const page = await handler.get(`/console/art20?agency=${office.code}&year=2025`);
      expect(page.statusCode).toBe(200);
      const fields = { agency: office.code, year: '2025', licensingDecisions: '12', penaltyDecisions: '3', enforcementDecisions: '', feesWanYuan: '1.50' };
      const refused = await handler.postForm('/console/art20', { ...fields, feesWanYuan: '1.5万元' });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('不要带“万元”等文字');
      expect(refused.body).toContain('value="1.5万元"');
      const saved = await handler.postForm('/console/art20', fields);
      expect(saved.statusCode).toBe(303);
      const after = await handler.get(String(saved.headers.location));
      expect(after.body).toContain('已保存。');
      expect(panelFigures(after.body).get('proactive.fees.amountWanYuan')!.text).toBe('1.50');
      const api = (await handler.api('GET', `/api/v1/agencies/${office.code}/table-a?year=2025`)).json() as { proactive: Proactive };
      expect(api.proactive.licensing).toEqual({ decisions: 12 });
      expect(api.proactive.enforcement).toEqual({ decisions: null });
      expect(api.proactive.fees).toEqual({ amountWanYuan: '1.50' });
    });

    it('answers garbage with a Chinese 4xx and writes nothing', async () => {
      const db = current().handle.db;
      const count = async () => (await db.select().from(registerEvents)).length;
      const before = await count();
      const handler = await signIn('reg-handler');
      await handler.get(`/console/register/${docs['regulation']}`);
      const url = `/console/register/${docs['regulation']}/events`;
      const garbage: Record<string, string>[] = [
        {},
        { event: 'issued', effectiveOn: '2025-03-01' },
        { event: 'abolished', effectiveOn: "2025-03-01'; DROP TABLE info_items; --" },
        { event: 'abolished', effectiveOn: '2025-03-01', relatedItemId: "' OR 1=1 --" },
        { event: 'abolished', effectiveOn: '2025-03-01', note: 'a'.repeat(100_000) },
        { event: 'abolished', effectiveOn: '2025-03-01', unexpected: '1' },
      ];
      for (const fields of garbage) {
        const response = await handler.postForm(url, fields);
        expect({ fields: Object.keys(fields), status: response.statusCode }).toEqual({ fields: Object.keys(fields), status: 422 });
        expect(response.body).toContain('未能登记，请修改以下问题');
      }
      expect(await count()).toBe(before);
      await handler.get(`/console/art20?agency=${office.code}`);
      for (const fields of [{ agency: office.code, year: '2025', licensingDecisions: '<script>' }, { agency: office.code, year: 'x' }, { agency: office.code, year: '2025', feesWanYuan: '9'.repeat(5000) }]) {
        expect((await handler.postForm('/console/art20', fields)).statusCode).toBe(422);
      }
      expect((await handler.postForm('/console/art20', { agency: "lcx'; --", year: '2025' })).statusCode).toBe(404);
      const notCsv = await upload(handler, { agency: office.code }, { name: 'a.xlsx', bytes: Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0]) });
      expect(notCsv.statusCode).toBe(422);
      expect(notCsv.body).toContain('请上传 CSV 文件');
    });

    it('imports a CSV file for the county and its departments, all or nothing', async () => {
      const county_ = await signIn('reg-county');
      await county_.get(`/console/art20?agency=${county.code}&year=2024`);
      const header = '机关代码,年度,行政许可,行政处罚,行政强制,行政事业性收费（万元）';
      const bad = new TextEncoder().encode(`${header}\n${other.code},2024,5,1,0,2.25\n${office.code},2024,x,1,0,1\nnowhere,2024,1,1,1,1\n`);
      const refused = await upload(county_, { agency: county.code, year: '2024' }, { name: '第二十条.csv', bytes: bad });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('第3行');
      expect(refused.body).toContain('没有代码为“nowhere”的机关');
      const beforeApi = (await county_.api('GET', `/api/v1/agencies/${other.code}/table-a?year=2024`)).json() as { proactive: Proactive };
      expect(beforeApi.proactive.licensing).toEqual({ decisions: null });
      const good = new TextEncoder().encode(`\uFEFF${header}\n${other.code},2024,5,1,0,2.25\n${office.code},2024,7,0,1,0.750001\n`);
      const imported = await upload(county_, { agency: county.code, year: '2024' }, { name: '第二十条.csv', bytes: good });
      expect(imported.statusCode).toBe(303);
      expect(String(imported.headers.location)).toContain('subtree=1');
      const page = await county_.get(String(imported.headers.location));
      expect(page.body).toContain('已导入 2 行数据。');
      const subtree = (await county_.api('GET', `/api/v1/agencies/${county.code}/table-a?year=2024&subtree=1`)).json() as { proactive: Proactive; missingArt20: string[]; agencies: string[] };
      expect(subtree.agencies).toEqual(expect.arrayContaining([county.code, office.code, other.code]));
      expect(subtree.proactive.licensing).toEqual({ decisions: 12 });
      expect(subtree.proactive.fees).toEqual({ amountWanYuan: '3.000001' });
      expect(subtree.missingArt20).toEqual([county.code]);
      expect(subtree.proactive.normativeDocuments.inForce).toBe(3);
      // A department handler cannot import for the county.
      const handler = await signIn('reg-handler');
      await handler.get('/console/art20');
      expect((await upload(handler, { agency: county.code, year: '2024' }, { name: 'a.csv', bytes: good })).statusCode).toBe(403);
    });
  },
  ['pglite'],
  { seedDemo: false },
);


/**
 * The registrar's pages with JavaScript off: registering an application that came in person, by
 * post or by fax (receipt with the query code, the Art. 31 receipt date, its due date), and the
 * applicant's full data, shown only to the roles allowed and audited per view.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachApp, type TestBrowser } from '../../../../test/http-harness.ts';
import { queryRows } from '../../../db/database.ts';
import { samplePdf, validIdNumber, validRegistrationFields } from '../../../use-cases/applications/intake/intake-test-input.ts';
import { postMultipart } from '../../portal/applications/intake-test-client.ts';

const registrar = ['registrar', 'Lian-Dengji-2025'] as const;
/** The test clock's day (2025-03-03 in China). */
const today = { handedInOn: '2025-03-03' };

async function signedIn(browser: TestBrowser, [username, password]: readonly [string, string]): Promise<TestBrowser> {
  await browser.signIn(username, password);
  return browser;
}

describeEachApp('console registration of applications', (current) => {
  async function register(fields: Record<string, string>) {
    const browser = await signedIn(current().browser(), registrar);
    await browser.get('/console/applications/new');
    return { browser, response: await postMultipart(browser, '/console/applications/new', fields, [{ filename: '申请书.pdf', bytes: samplePdf() }]) };
  }

  it('offers only the registrar\'s own agency, chosen already, and today as the hand-in date', async () => {
    const browser = await signedIn(current().browser(), registrar);
    const page = await browser.get('/console/applications/new');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<option value="lcx-zrzy" selected');
    expect(page.body).not.toContain('value="lcx-jyj"');
    expect(page.body).toContain('value="2025-03-03"');
  });

  it('registers an application handed in, answers with the receipt and stores the received step', async () => {
    const fields = validRegistrationFields('lcx-zrzy', { handedInOn: '2025-02-28' });
    const { browser, response } = await register(fields);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const trackingNumber = /<code>(YSQ-LCX-ZRZY-2025-\d{5})<\/code>/.exec(response.body)?.[1];
    const queryCode = /<code>([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})<\/code>/.exec(response.body)?.[1];
    expect(trackingNumber).toBeDefined();
    expect(queryCode).toBeDefined();
    const [row] = await queryRows<{ id: string; status: string; received_on: string; due_on: string; channel: string }>(
      current().handle.db,
      sql`select id, status, received_on::text, due_on::text, channel from applications where tracking_number = ${trackingNumber!}`,
    );
    // Received Friday 2025-02-28; day 1 is Monday 03-03, day 20 is Friday 03-28.
    expect(row).toMatchObject({ status: 'inProgress', received_on: '2025-02-28', due_on: '2025-03-28', channel: 'inPerson' });
    expect(response.body).toContain(`href="/console/applications/${row!.id}"`);
    const audit = await queryRows<{ action: string }>(current().handle.db, sql`select action from audit_log where target_id = ${row!.id}`);
    expect(audit).toEqual([{ action: 'application.register' }]);
    const again = await postMultipart(browser, '/console/applications/new', fields);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('该申请此前已经登记');
    expect(again.body).toContain(queryCode!);
    const portal = current().browser();
    await portal.get('/track');
    expect((await portal.postForm('/track', { trackingNumber: trackingNumber!, queryCode: queryCode! })).headers.location).toBe('/track/status');
  });

  it('asks for the fact that fixes the receipt date, beside its field', async () => {
    const { response } = await register(validRegistrationFields('lcx-zrzy', { channel: 'fax', handedInOn: '' }));
    expect(response.statusCode).toBe(422);
    expect(response.body).toMatch(/class="field field-invalid">\s*<label for="confirmedOn">/);
    expect(response.body).toContain('双方确认传真申请的日期');
  });

  it('refuses another agency\'s registration and roles without the action', async () => {
    const { response } = await register(validRegistrationFields('lcx-jyj', today));
    expect(response.statusCode).toBe(403);
    const handler = await signedIn(current().browser(), ['handler', 'Lian-Chengban-2025']);
    expect((await handler.get('/console/applications/new')).statusCode).toBe(403);
  });
});

describeEachApp('applicant details page', (current) => {
  async function registered(): Promise<string> {
    const browser = await signedIn(current().browser(), registrar);
    await browser.get('/console/applications/new');
    await postMultipart(browser, '/console/applications/new', validRegistrationFields('lcx-zrzy', today));
    const [row] = await queryRows<{ id: string }>(current().handle.db, sql`select id from applications order by created_at desc limit 1`);
    return row!.id;
  }

  const viewsOf = async (id: string) =>
    (await queryRows<{ n: number }>(current().handle.db, sql`select count(*)::int as n from audit_log where action = 'application.personalData.view' and target_id = ${id}`))[0]!.n;

  it('shows the full data to the agency\'s handler and audits every view', async () => {
    const id = await registered();
    const handler = await signedIn(current().browser(), ['handler', 'Lian-Chengban-2025']);
    const page = await handler.get(`/console/applications/${id}/applicant`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain(validIdNumber);
    expect(page.body).toContain('本次查看已记入审计日志');
    await handler.get(`/console/applications/${id}/applicant`);
    expect(await viewsOf(id)).toBe(2);
  });

  it('refuses the reviewer, another agency\'s handler and unknown ids, without an audit entry', async () => {
    const id = await registered();
    const reviewer = await signedIn(current().browser(), ['reviewer', 'Lian-Shenhe-2025']);
    expect((await reviewer.get(`/console/applications/${id}/applicant`)).statusCode).toBe(403);
    const otherHandler = await signedIn(current().browser(), ['handler-jyj', 'Lian-Jiaoyu-2025']);
    const refused = await otherHandler.get(`/console/applications/${id}/applicant`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain(validIdNumber);
    expect((await otherHandler.get('/console/applications/00000000-0000-4000-8000-000000000000/applicant')).statusCode).toBe(404);
    expect((await otherHandler.get(`/console/applications/${encodeURIComponent("x' or 1=1")}/applicant`)).statusCode).toBe(404);
    expect(await viewsOf(id)).toBe(0);
  });
});

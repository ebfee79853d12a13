/**
 * The portal's application form, receipt, tracking and correction with JavaScript off (plain form
 * posts through app.inject), and the public API: POST-redirect-GET, the query code never in a URL,
 * one application per submission key, the same neutral answer for every tracking mismatch.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachApp, type TestApp, type TestBrowser } from '../../../../test/http-harness.ts';
import { queryRows } from '../../../db/database.ts';
import { insertApplicationFile } from '../../../db/repositories/applications.ts';
import { createCaseDeps } from '../../../db/stores/case-store.ts';
import { recordCaseStep } from '../../../use-cases/applications/record-case-step.ts';
import { organizationFields, samplePdf, validOnlineFields } from '../../../use-cases/applications/intake/intake-test-input.ts';
import { postMultipart } from './intake-test-client.ts';

const agencyCode = 'lcx-zrzy';
const codePattern = /<code>([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})<\/code>/;
const numberPattern = /<code>(YSQ-[A-Z0-9-]+-\d{4}-\d{5})<\/code>/;

async function countApplications(app: TestApp, where = sql`true`): Promise<number> {
  const rows = await queryRows<{ n: number }>(app.handle.db, sql`select count(*)::int as n from applications where ${where}`);
  return rows[0]!.n;
}

/** Loads the form (CSRF cookie and token), submits it, follows the redirect to the receipt. */
async function submitThroughForm(browser: TestBrowser, fields: Record<string, string>, files: Parameters<typeof postMultipart>[3] = []) {
  await browser.get('/apply');
  const posted = await postMultipart(browser, '/apply', fields, files);
  expect(posted.statusCode, posted.body.slice(0, 500)).toBe(303);
  const receipt = await browser.get(String(posted.headers.location));
  const trackingNumber = numberPattern.exec(receipt.body)?.[1];
  const queryCode = codePattern.exec(receipt.body)?.[1];
  if (trackingNumber === undefined || queryCode === undefined) throw new Error('no receipt');
  return { posted, receipt, trackingNumber, queryCode };
}

async function track(browser: TestBrowser, trackingNumber: string, queryCode: string) {
  await browser.get('/track');
  return browser.postForm('/track', { trackingNumber, queryCode });
}

describeEachApp('portal application form', (current) => {
  it('shows the form with the agencies, a submission key and multipart encoding, never cached', async () => {
    const page = await current().browser().get('/apply');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toContain(`<option value="${agencyCode}"`);
    expect(page.body).toMatch(/name="submissionKey" value="[A-Za-z0-9_-]{24}"/);
    expect(page.body).not.toContain('本栏目建设中');
  });

  it('submits with an attachment, redirects to the receipt and shows the code there only', async () => {
    const browser = current().browser();
    const fields = validOnlineFields(agencyCode);
    const { posted, receipt, trackingNumber, queryCode } = await submitThroughForm(browser, fields, [{ filename: '身份证复印件.pdf', bytes: samplePdf() }]);
    expect(posted.headers.location).toBe('/apply/receipt');
    expect(String(posted.headers.location)).not.toContain(queryCode);
    expect(receipt.headers['cache-control']).toBe('no-store');
    expect(receipt.body).toContain('第三十一条');
    expect(trackingNumber).toMatch(/^YSQ-LCX-ZRZY-2025-\d{5}$/);
    const [row] = await queryRows<{ status: string; received_on: string | null; files: number }>(
      current().handle.db,
      sql`select status, received_on, (select count(*)::int from application_files f where f.application_id = a.id) as files from applications a where tracking_number = ${trackingNumber}`,
    );
    expect(row).toEqual({ status: 'awaitingConfirmation', received_on: null, files: 1 });
  });

  it('answers a double submission with the same application and code, stored once', async () => {
    const browser = current().browser();
    const fields = validOnlineFields(agencyCode, organizationFields);
    const first = await submitThroughForm(browser, fields);
    const again = await postMultipart(browser, '/apply', fields);
    expect(again.headers.location).toBe('/apply/receipt?repeat=1');
    const receipt = await browser.get(String(again.headers.location));
    expect(receipt.body).toContain('本次没有重复提交');
    expect(codePattern.exec(receipt.body)?.[1]).toBe(first.queryCode);
    expect(await countApplications(current(), sql`tracking_number = ${first.trackingNumber}`)).toBe(1);
  });

  it('shows the problems beside the fields with the values kept, and stores nothing', async () => {
    const browser = current().browser();
    await browser.get('/apply');
    const before = await countApplications(current());
    const fields = validOnlineFields(agencyCode, { idNumber: '110105194912310021', phone: '', declaration: '' });
    const response = await postMultipart(browser, '/apply', fields);
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('身份证号码校验位不正确');
    expect(response.body).toContain('请填写联系电话');
    expect(response.body).toContain('请阅读并勾选申请声明');
    expect(response.body).toContain('value="张三"');
    expect(response.body).toContain(`name="submissionKey" value="${fields['submissionKey']}"`);
    expect(response.body).toMatch(/class="field field-invalid">\s*<label for="idNumber">/);
    expect(await countApplications(current())).toBe(before);
  });

  it('sends the receipt page away without its cookie', async () => {
    const response = await current().browser().get('/apply/receipt');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/track');
  });
});

describeEachApp('portal tracking', (current) => {
  it('opens the status page with the number and code, and the same neutral refusal otherwise', async () => {
    const applicant = current().browser();
    const { trackingNumber, queryCode } = await submitThroughForm(applicant, validOnlineFields(agencyCode));
    const opened = await track(applicant, trackingNumber, queryCode);
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe('/track/status');
    const status = await applicant.get('/track/status');
    expect(status.body).toContain('待确认收到');
    expect(status.body).toContain(trackingNumber);
    const other = current().browser();
    const wrongCode = await track(other, trackingNumber, queryCode === 'ABCD-EFGH' ? 'ABCD-EFGJ' : 'ABCD-EFGH');
    const guessed = await track(current().browser(), trackingNumber.replace(/\d{5}$/, '99999'), queryCode);
    const nonsense = await track(current().browser(), "'; DROP TABLE applications; --", '<script>');
    for (const refused of [wrongCode, guessed, nonsense]) {
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('受理编号或查询码不正确');
      expect(refused.body).not.toContain('待确认收到');
      expect(refused.body).not.toContain('<script>');
    }
    expect((await other.get('/track/status')).headers.location).toBe('/track?expired=1');
  });

  it('expires the tracking session after 30 minutes', async () => {
    const applicant = current().browser();
    const { trackingNumber, queryCode } = await submitThroughForm(applicant, validOnlineFields(agencyCode));
    await track(applicant, trackingNumber, queryCode);
    current().clock.advance(31 * 60_000);
    const later = await applicant.get('/track/status');
    expect(later.headers.location).toBe('/track?expired=1');
    expect((await applicant.get('/track?expired=1')).body).toContain('请重新输入受理编号和查询码');
  });

  it('checks the stored query code again on every request of the tracking session', async () => {
    const applicant = current().browser();
    const { trackingNumber, queryCode } = await submitThroughForm(applicant, validOnlineFields(agencyCode));
    await track(applicant, trackingNumber, queryCode);
    expect((await applicant.get('/track/status')).statusCode).toBe(200);
    await current().handle.db.execute(sql`update applications set query_code_hash = ${'f'.repeat(64)} where tracking_number = ${trackingNumber}`);
    expect((await applicant.get('/track/status')).headers.location).toBe('/track?expired=1');
  });

  it('takes the correction while the office awaits it, restarting the clock through the case step', async () => {
    const applicant = current().browser();
    const { trackingNumber, queryCode } = await submitThroughForm(applicant, validOnlineFields(agencyCode));
    const [row] = await queryRows<{ id: string }>(current().handle.db, sql`select id from applications where tracking_number = ${trackingNumber}`);
    const caseDeps = createCaseDeps(current().handle.db, current().clock.now);
    const staff = { kind: 'applicant', name: '测试', ip: null } as const;
    await recordCaseStep(caseDeps, { actor: staff, applicationId: row!.id, event: { kind: 'received', on: '2025-03-03' } });
    await recordCaseStep(caseDeps, { actor: staff, applicationId: row!.id, event: { kind: 'correctionRequested', on: '2025-03-03', correctBy: '2025-03-17', items: '请写明文件的文号' } });
    await track(applicant, trackingNumber, queryCode);
    const status = await applicant.get('/track/status');
    expect(status.body).toContain('待补正');
    expect(status.body).toContain('请写明文件的文号');
    expect(status.body).toContain('action="/track/correction"');
    const empty = await postMultipart(applicant, '/track/correction', { description: '   ' });
    expect(empty.statusCode).toBe(422);
    const sent = await postMultipart(applicant, '/track/correction', { description: '莲自然资〔2024〕12号文件' }, [{ filename: '补充材料.pdf', bytes: samplePdf() }]);
    expect(sent.headers.location).toBe('/track/status?done=corrected');
    const after = await applicant.get(String(sent.headers.location));
    expect(after.body).toContain('补正已提交');
    expect(after.body).toContain('办理中');
    expect(after.body).toContain('收到补正后的申请');
    const events = await queryRows<{ kind: string; actor_account_id: string | null }>(current().handle.db, sql`select kind, actor_account_id from application_events where application_id = ${row!.id} order by seq`);
    expect(events.at(-1)).toEqual({ kind: 'correctionReceived', actor_account_id: null });
    const [updated] = await queryRows<{ description: string }>(current().handle.db, sql`select description from applications where id = ${row!.id}`);
    expect(updated!.description).toBe('莲自然资〔2024〕12号文件');
    const again = await postMultipart(applicant, '/track/correction', { description: '再次补正' });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('目前不需要补正');
  });

  it('downloads only the letters made public to the applicant, and only with a tracking session', async () => {
    const applicant = current().browser();
    const { trackingNumber, queryCode } = await submitThroughForm(applicant, validOnlineFields(agencyCode));
    const [row] = await queryRows<{ id: string; agency_id: string }>(current().handle.db, sql`select id, agency_id from applications where tracking_number = ${trackingNumber}`);
    const letter = (isPublicToApplicant: boolean, filename: string) =>
      insertApplicationFile(current().handle.db, {
        applicationId: row!.id,
        agencyId: row!.agency_id,
        role: 'letter',
        letterType: 'granted',
        isPublicToApplicant,
        filename,
        mediaType: 'application/pdf',
        size: samplePdf().length,
        sha256: 'x'.repeat(64),
        content: samplePdf(),
      });
    const shown = await letter(true, '政府信息公开申请答复书.pdf');
    const internal = await letter(false, '内部审批单.pdf');
    expect((await applicant.get(`/track/letters/${shown.id}`)).headers.location).toBe('/track?expired=1');
    await track(applicant, trackingNumber, queryCode);
    const status = await applicant.get('/track/status');
    expect(status.body).toContain('政府信息公开申请答复书.pdf');
    expect(status.body).not.toContain('内部审批单');
    const download = await applicant.get(`/track/letters/${shown.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('政府信息公开申请答复书.pdf')}`);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await applicant.get(`/track/letters/${internal.id}`)).statusCode).toBe(404);
    await applicant.postForm('/track/end', {});
    expect((await applicant.get(`/track/letters/${shown.id}`)).headers.location).toBe('/track?expired=1');
  });
});

describeEachApp('public application API', (current) => {
  it('answers 201 with the number and code, 200 with the same for a repeated key, 422 with issues', async () => {
    const client = current().browser();
    const body = { ...validOnlineFields(agencyCode), declaration: true, accessibility: ['visual'] };
    const created = await client.api('POST', '/api/v1/applications', body);
    expect(created.statusCode, created.body).toBe(201);
    const first = created.json() as { trackingNumber: string; queryCode: string; status: string };
    expect(first.status).toBe('awaitingConfirmation');
    const repeated = await client.api('POST', '/api/v1/applications', body);
    expect(repeated.statusCode).toBe(200);
    expect(repeated.json()).toEqual(first);
    const invalid = await client.api('POST', '/api/v1/applications', { ...body, submissionKey: undefined, creditCode: 5, description: 'x'.repeat(100_000) });
    expect(invalid.statusCode).toBe(422);
    const [needs] = await queryRows<{ accessibility_needs: string }>(current().handle.db, sql`select accessibility_needs from applications where tracking_number = ${first.trackingNumber}`);
    expect(needs!.accessibility_needs).toBe('视力障碍');
  });
});

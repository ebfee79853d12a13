/**
 * Bad input to the intake routes (portal form, public API, staff registration, tracking,
 * correction): invalid ID numbers and credit codes, a 20 MB attachment, a program renamed .pdf, a
 * description of 100,000 characters, SQL and script text, invalid UTF-8, a guessed tracking number
 * or a wrong query code. Each gets a clear Chinese message and writes NOTHING (the application
 * tables and the audit trail compared by digest before and after). SQL and script text in free-text
 * fields is data: stored exactly as typed and escaped on every page.
 */
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../src/db/database.ts';
import { postMultipart, type FilePart } from '../src/http/portal/applications/intake-test-client.ts';
import { largePdf, organizationFields, sampleExe, samplePdf, validOnlineFields, validRegistrationFields } from '../src/use-cases/applications/intake/intake-test-input.ts';
import { describeEachApp, type TestApp, type TestBrowser } from './http-harness.ts';

const agencyCode = 'lcx-zrzy';
const sqlPayload = "'; DROP TABLE applications; --";
const scriptPayload = '<script>alert(1)</script>';

async function digestTables(db: Database): Promise<Record<string, string>> {
  const tables = ['applications', 'application_events', 'application_files', 'tracking_sequences', 'audit_log'];
  const parts = tables.map((t) => sql`(select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from ${sql.identifier(t)} x) as ${sql.identifier(t)}`);
  const [row] = await queryRows<Record<string, string>>(db, sql`select ${sql.join(parts, sql`, `)}`);
  return row!;
}

/** The Chinese message a refusal shows: the page's alert or lead text, or the API error (with its issues). */
function messageOf(response: LightMyRequestResponse): string {
  if (String(response.headers['content-type']).startsWith('application/json')) {
    const error = (JSON.parse(response.body) as { error: { message: string; issues?: { message: string }[] } }).error;
    return [error.message, ...(error.issues ?? []).map((i) => i.message)].join(' ');
  }
  const alert = /role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(response.body)?.[1] ?? /class="lead">([^<]*)</.exec(response.body)?.[1] ?? '';
  return alert.replace(/<[^>]+>/g, '');
}

async function applyPage(app: TestApp): Promise<TestBrowser> {
  const browser = app.browser();
  await browser.get('/apply');
  return browser;
}

describeEachApp('intake bad input', (current) => {
  /** Runs the request; asserts a 4xx with the expected Chinese text and an unchanged database. */
  async function expectRefused(run: () => Promise<LightMyRequestResponse>, status: number, message: string | RegExp): Promise<LightMyRequestResponse> {
    const before = await digestTables(current().handle.db);
    const response = await run();
    expect(response.statusCode, response.body.slice(0, 400)).toBe(status);
    const text = messageOf(response);
    if (typeof message === 'string') expect(text).toContain(message);
    else expect(text).toMatch(message);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(response.body).not.toMatch(/\n\s+at /);
    expect(await digestTables(current().handle.db)).toEqual(before);
    return response;
  }

  const submitForm = async (fields: Record<string, string>, files: FilePart[] = []) => postMultipart(await applyPage(current()), '/apply', fields, files);
  const submitApi = (body: unknown) => current().browser().api('POST', '/api/v1/applications', body);

  describe('identity numbers', () => {
    const idNumbers: [string, string][] = [
      ['110105194912310021', '校验位不正确'],
      ['11010519491231002', '应为18位'],
      ['1101051949123100XX', '前17位应为数字'],
      ['990105194912310021', '地址码'],
      ['110105194902300021', '出生日期'],
      [sqlPayload, '身份证号码'],
    ];
    it.each(idNumbers)('refuses the ID number %s on the form and the API', async (idNumber, message) => {
      await expectRefused(() => submitForm(validOnlineFields(agencyCode, { idNumber })), 422, message);
      await expectRefused(() => submitApi({ ...validOnlineFields(agencyCode, { idNumber }), declaration: true }), 422, message);
    });

    const creditCodes: [string, string][] = [
      ['91350100M000100Y44', '校验位不正确'],
      ['91350100M000100Y4', '应为18位'],
      ['91350100M000100YO3', '只能由数字和大写字母组成'],
    ];
    it.each(creditCodes)('refuses the credit code %s', async (creditCode, message) => {
      await expectRefused(() => submitForm(validOnlineFields(agencyCode, { ...organizationFields, creditCode })), 422, message);
    });
  });

  describe('attachments', () => {
    it('refuses a 20 MB attachment with its size and the limit', async () => {
      const response = await expectRefused(() => submitForm(validOnlineFields(agencyCode), [{ filename: '扫描件.pdf', bytes: largePdf(20) }]), 422, '超过10 MB的上限');
      expect(response.body).toContain('value="张三"');
    });

    it('refuses a program renamed .pdf, and a PDF named .exe', async () => {
      await expectRefused(() => submitForm(validOnlineFields(agencyCode), [{ filename: '身份证.pdf', bytes: sampleExe() }]), 422, '类型不受支持');
      await expectRefused(() => submitForm(validOnlineFields(agencyCode), [{ filename: '身份证.exe', bytes: samplePdf() }]), 422, '文件内容与扩展名不符');
    });

    it('refuses six attachments, and a body beyond every allowed attachment with its own message', async () => {
      const six = Array.from({ length: 6 }, (_, i) => ({ filename: `附件${i}.pdf`, bytes: samplePdf() }));
      await expectRefused(() => submitForm(validOnlineFields(agencyCode), six), 422, '最多上传5个附件');
      await expectRefused(() => submitForm(validOnlineFields(agencyCode), [{ filename: '大文件.pdf', bytes: largePdf(52) }]), 413, '上传的内容过大');
    });

    it('refuses a bad attachment at registration too', async () => {
      const registrar = current().browser();
      await registrar.signIn('registrar', 'Lian-Dengji-2025');
      await registrar.get('/console/applications/new');
      const fields = validRegistrationFields(agencyCode, { handedInOn: '2025-03-03' });
      await expectRefused(() => postMultipart(registrar, '/console/applications/new', fields, [{ filename: '申请书.pdf', bytes: sampleExe() }]), 422, '类型不受支持');
    });
  });

  describe('the description', () => {
    it('refuses 100,000 characters with the limit and the length, keeping the other values', async () => {
      const description = '请'.repeat(100_000);
      const response = await expectRefused(() => submitForm(validOnlineFields(agencyCode, { description })), 422, '最多5000个字符，当前为100000个字符');
      expect(response.body.length).toBeLessThan(80_000);
      await expectRefused(() => submitApi({ ...validOnlineFields(agencyCode, { description }), declaration: true }), 422, '最多5000个字符');
    });

    it('refuses an empty description and one with control characters', async () => {
      await expectRefused(() => submitForm(validOnlineFields(agencyCode, { description: ' \n ' })), 422, '请填写所需政府信息');
      await expectRefused(() => submitForm(validOnlineFields(agencyCode, { description: 'abc\u0000def' })), 422, '控制字符');
    });
  });

  describe('malformed requests', () => {
    it('refuses invalid UTF-8 in a form field, a URL-encoded body and JSON', async () => {
      const browser = await applyPage(current());
      const fields = { ...validOnlineFields(agencyCode), _csrf: browser.csrfToken ?? '' };
      const parts = Object.entries(fields).map(([name, value]) => `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
      const payload = Buffer.concat([Buffer.from(parts.join('')), Buffer.from('--b\r\nContent-Disposition: form-data; name="personName"\r\n\r\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\r\n--b--\r\n')]);
      await expectRefused(() => browser.send('POST', '/apply', { headers: { 'content-type': 'multipart/form-data; boundary=b' }, payload }), 400, '不是有效的 UTF-8');
      await expectRefused(() => browser.send('POST', '/apply', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `personName=%FF%FE&_csrf=${browser.csrfToken}` }), 400, '不是有效的 UTF-8');
      const json = Buffer.concat([Buffer.from('{"personName":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
      await expectRefused(() => current().browser().send('POST', '/api/v1/applications', { headers: { 'content-type': 'application/json' }, payload: json }), 400, '不是有效的 UTF-8');
    });

    it('refuses a multipart body without its boundary, unknown fields and wrong types', async () => {
      const browser = await applyPage(current());
      await expectRefused(() => browser.send('POST', '/apply', { headers: { 'content-type': 'multipart/form-data; boundary=zz' }, payload: 'garbage' }), 400, '表单格式不正确');
      await expectRefused(() => submitApi({ ...validOnlineFields(agencyCode), declaration: true, isAdmin: true }), 422, '不能识别的字段');
      await expectRefused(() => submitApi({ ...validOnlineFields(agencyCode), declaration: true, phone: 13800138000 }), 422, '联系电话应为文字');
      await expectRefused(() => submitApi([]), 422, /提交的内容/);
    });

    it('refuses a form posted without its CSRF token', async () => {
      const browser = await applyPage(current());
      browser.csrfToken = null;
      await expectRefused(() => postMultipart(browser, '/apply', validOnlineFields(agencyCode)), 403, '请求来源无法验证');
    });
  });

  describe('tracking', () => {
    it('shows nothing for a wrong query code or a guessed tracking number, the same way', async () => {
      const owner = current().browser();
      const created = await owner.api('POST', '/api/v1/applications', { ...validOnlineFields(agencyCode), declaration: true });
      const { trackingNumber, queryCode } = created.json() as { trackingNumber: string; queryCode: string };
      const attempts: [string, string][] = [
        [trackingNumber, 'ABCD-EFGH' === queryCode ? 'ABCD-EFGJ' : 'ABCD-EFGH'],
        [trackingNumber.replace(/\d{5}$/, (n) => String(Number(n) + 1).padStart(5, '0')), queryCode],
        [trackingNumber, ''],
        [sqlPayload, scriptPayload],
      ];
      const bodies: string[] = [];
      for (const [number, code] of attempts) {
        const stranger = current().browser();
        await stranger.get('/track');
        const response = await expectRefused(() => stranger.postForm('/track', { trackingNumber: number, queryCode: code }), 422, '受理编号或查询码不正确');
        expect(response.headers['set-cookie'] ?? '').not.toContain('gk_track');
        expect(response.body).not.toContain('办理状态');
        expect(response.body).not.toContain('<script>alert');
        bodies.push(messageOf(response));
      }
      expect(new Set(bodies).size).toBe(1);
    });

    it('slows down guessing: the 11th attempt in a minute is refused', async () => {
      const guesser = current().browser();
      await guesser.get('/track');
      for (let i = 0; i < 10; i += 1) await guesser.postForm('/track', { trackingNumber: `YSQ-LCX-2025-${String(i + 1).padStart(5, '0')}`, queryCode: 'ABCD-EFGH' });
      await expectRefused(() => guesser.postForm('/track', { trackingNumber: 'YSQ-LCX-2025-00011', queryCode: 'ABCD-EFGH' }), 429, '请求过于频繁');
    });
  });

  describe('SQL and script text as data', () => {
    it('stores it exactly in free-text fields and escapes it on the status page', async () => {
      const applicant = current().browser();
      await applicant.get('/apply');
      const fields = validOnlineFields(agencyCode, { personName: sqlPayload.slice(0, 30), description: `${scriptPayload} ${sqlPayload}`, address: scriptPayload });
      const posted = await postMultipart(applicant, '/apply', fields);
      expect(posted.statusCode).toBe(303);
      const receipt = await applicant.get('/apply/receipt');
      const trackingNumber = /<code>(YSQ-[A-Z0-9-]+)<\/code>/.exec(receipt.body)![1]!;
      const queryCode = /<code>([2-9A-Z]{4}-[2-9A-Z]{4})<\/code>/.exec(receipt.body)![1]!;
      const [row] = await queryRows<{ description: string; name: string }>(current().handle.db, sql`select description, applicant->>'name' as name from applications where tracking_number = ${trackingNumber}`);
      expect(row).toEqual({ description: `${scriptPayload} ${sqlPayload}`, name: sqlPayload.slice(0, 30) });
      await applicant.get('/track');
      await applicant.postForm('/track', { trackingNumber, queryCode });
      const status = await applicant.get('/track/status');
      expect(status.statusCode).toBe(200);
      expect(status.body).not.toContain(scriptPayload);
    });
  });
});

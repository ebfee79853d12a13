/** 导入台账 with JavaScript off: upload (multipart), the column mapping, the per-row report, the import of the ticked rows, and the refusals. */
import { eq, like } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachApp, type TestBrowser } from '../../../../test/http-harness.ts';
import { listApplicationEvents } from '../../../db/repositories/applications.ts';
import { applications } from '../../../db/schema/applications.ts';
import { auditLog } from '../../../db/schema/audit-log.ts';

const ledger = [
  '序号,申请人,申请人类型,身份证号,联系电话,申请内容,收到日期,答复日期,办理结果,受理方式',
  '1,张三,自然人,430102199001011238,13800000001,莲花村征收补偿方案,2025-01-06,2025-01-20,部分公开,当面',
  '2,莲城建设有限公司,企业,,0739-5200001,城北地块规划许可,2025/2/10,,,网上',
  '3,李四,自然人,430102199001011234,13800000002,低保名单,2025-02-11,,,邮寄',
  '4,王五,自然人,,13800000003,财政预算,2025-02-12,2025-02-10,予以公开,当面',
].join('\r\n');

/** A multipart form as a browser sends it, with the page's CSRF token. */
async function postMultipart(browser: TestBrowser, fields: Record<string, string>, file: { name: string; content: string | Uint8Array } | null) {
  const form = new FormData();
  form.set('_csrf', browser.csrfToken ?? '');
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (file !== null) form.set('file', new Blob([typeof file.content === 'string' ? file.content : file.content.slice()]), file.name);
  const request = new Request('http://local/', { method: 'POST', body: form as unknown as string });
  const payload = Buffer.from(await request.arrayBuffer());
  return browser.send('POST', '/console/applications/import', { headers: { 'content-type': request.headers.get('content-type')! }, payload });
}

function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value(?:="([^"]*)")?\/>/g)) fields[match[1]!] = (match[2] ?? '').replaceAll('&amp;', '&');
  return fields;
}

describeEachApp('console ledger import', (current) => {
  it('reads the ledger, guesses the columns, reports each bad row, and imports the ticked good rows with their history', async () => {
    const registrar = current().browser();
    await registrar.signIn('registrar', 'Lian-Dengji-2025');
    const form = await registrar.get('/console/applications/import');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('enctype="multipart/form-data"');

    const mapping = await postMultipart(registrar, { step: 'upload', agency: 'lcx-zrzy' }, { name: '2025年台账.csv', content: ledger });
    expect(mapping.statusCode).toBe(200);
    expect(mapping.body).toContain('文件“2025年台账.csv”共 4 行申请');
    expect(mapping.body).toMatch(/<select id="map-applicantName" name="map.applicantName">.*<option value="1" selected>B列：申请人<\/option>/);
    const state = hiddenFields(mapping.body);
    const chosen = Object.fromEntries([...mapping.body.matchAll(/name="(map\.\w+)">(?:(?!<\/select>).)*?<option value="(\d+)" selected>/g)].map((m) => [m[1]!, m[2]!]));
    expect(chosen['map.receivedOn']).toBe('6');

    const report = await registrar.postForm('/console/applications/import', { ...state, ...chosen, step: 'check' });
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('2 行可以导入');
    expect(report.body).toContain('身份证号码无效：身份证号码校验位不正确，请核对。');
    expect(report.body).toContain('答复日期2025-02-10早于收到日期2025-02-12。');
    const reportState = hiddenFields(report.body.slice(report.body.indexOf('class="import-confirm"')));
    const withBadRow = await registrar.send('POST', '/console/applications/import', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `${new URLSearchParams({ ...reportState, step: 'import', _csrf: registrar.csrfToken! }).toString()}&rows=2&rows=5`,
    });
    expect(withBadRow.statusCode).toBe(422);
    expect(withBadRow.body).toContain('未导入任何申请');
    expect(withBadRow.body).toContain('第5行：答复日期2025-02-10早于收到日期2025-02-12。');
    const done = await registrar.send('POST', '/console/applications/import', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `${new URLSearchParams({ ...reportState, step: 'import', _csrf: registrar.csrfToken! }).toString()}&rows=2&rows=3`,
    });
    expect(done.statusCode).toBe(303);
    const result = await registrar.get(String(done.headers.location));
    expect(result.body).toMatch(/已为莲城县自然资源局导入 2 件申请（受理编号 YSQ-LCX-ZRZY-2025-\d{5} 至 YSQ-LCX-ZRZY-2025-\d{5}）/);

    const db = current().handle.db;
    const imported = await db.select().from(applications).where(like(applications.importedFrom, '2025年台账.csv 第%'));
    expect(imported).toHaveLength(2);
    expect(imported.map((a) => [a.importedFrom?.replace(/ \[sha256:[0-9a-f]+\]$/, ''), a.status, a.outcome, a.applicantType, a.channel]).sort()).toEqual([
      ['2025年台账.csv 第2行', 'replied', 'partial', 'naturalPerson', 'inPerson'],
      ['2025年台账.csv 第3行', 'inProgress', null, 'commercial', 'online'],
    ]);
    const replied = imported.find((a) => a.status === 'replied')!;
    // 20 working days from 6 January 2025: the Spring Festival skipped, the swapped Sundays and Saturdays counted.
    expect(replied.dueOn).toBe('2025-02-08');
    expect((await listApplicationEvents(db, replied.id)).map((e) => e.event.kind)).toEqual(['received', 'replied']);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'application.import'));
    expect(audit?.details).toMatchObject({ fileName: '2025年台账.csv', rows: 4 });

    const again = await registrar.send('POST', '/console/applications/import', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `${new URLSearchParams({ ...reportState, step: 'import', _csrf: registrar.csrfToken! }).toString()}&rows=2`,
    });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('本台账的这一行已经导入过，不再重复导入。');
    expect((await db.select().from(applications).where(like(applications.importedFrom, '2025年台账.csv 第%'))).length).toBe(2);
  });

  it('explains a file it cannot read, a missing required column, and an altered upload', async () => {
    const registrar = current().browser();
    await registrar.signIn('registrar', 'Lian-Dengji-2025');
    await registrar.get('/console/applications/import');
    const xls = await postMultipart(registrar, { step: 'upload', agency: 'lcx-zrzy' }, { name: 'old.xls', content: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) });
    expect(xls.statusCode).toBe(422);
    expect(xls.body).toContain('这是旧版 Excel（.xls）文件');
    const mapping = await postMultipart(registrar, { step: 'upload', agency: 'lcx-zrzy' }, { name: 'a.csv', content: '申请人,申请内容\n张三,规划许可\n' });
    const state = hiddenFields(mapping.body);
    const missing = await registrar.postForm('/console/applications/import', { ...state, 'map.applicantName': '0', 'map.description': '1', step: 'check' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('请为“收到日期”选择台账中的一列。');
    const altered = await registrar.postForm('/console/applications/import', { ...state, upload: `${state['upload']!.slice(0, -3)}abc`, step: 'check' });
    expect(altered.statusCode).toBe(400);
    expect(altered.body).toContain('上传的台账已失效');
  });

  it('refuses another department and roles that do not import', async () => {
    const registrar = current().browser();
    await registrar.signIn('registrar', 'Lian-Dengji-2025');
    await registrar.get('/console/applications/import');
    expect((await postMultipart(registrar, { step: 'upload', agency: 'lcx-jyj' }, { name: 'a.csv', content: ledger })).statusCode).toBe(403);
    const handler = current().browser();
    await handler.signIn('handler', 'Lian-Chengban-2025');
    expect((await handler.get('/console/applications/import')).statusCode).toBe(403);
  });
});

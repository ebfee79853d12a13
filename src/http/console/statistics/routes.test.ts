/** Table B in the console: the official layout with links to the cases, the drill-down, the downloads, and another department refused. */
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { buildApplicationRow } from '../../../../test/application-factories.ts';
import { createTestAgency } from '../../../../test/factories.ts';
import { createAccountWithPassword, describeEachApp } from '../../../../test/http-harness.ts';
import { getAgencyByCode } from '../../../db/repositories/agencies.ts';
import { insertApplication } from '../../../db/repositories/applications.ts';

describeEachApp('console statistics pages', (current) => {
  const tracking = { carried: '', partial: '', open: '' };
  const agencyCode = `lcx-tj${Date.now() % 100_000}`;
  // An agency of its own, so that whatever else the county holds (demo applications) does not count here.
  beforeAll(async () => {
    const db = current().handle.db;
    const county = (await getAgencyByCode(db, 'lcx'))!;
    const agency = await createTestAgency(db, { parentId: county.id, code: agencyCode, name: '莲城县统计测试局' });
    await createAccountWithPassword(current().handle, { password: 'Tongji-Ceshi-2025!', roles: ['handler'], agencyId: agency.id, username: 'stats-handler' });
    const rows = [
      { receivedOn: '2024-12-20', endedOn: '2025-01-10', outcome: 'granted', status: 'replied', applicantType: 'naturalPerson' },
      { receivedOn: '2025-02-03', endedOn: '2025-02-20', outcome: 'partial', status: 'replied', applicantType: 'legalService' },
      { receivedOn: '2025-02-25', endedOn: null, outcome: null, status: 'inProgress', applicantType: 'naturalPerson' },
    ];
    const [carried, partial, open] = await Promise.all(rows.map((row) => insertApplication(db, buildApplicationRow({ agencyId: agency.id, ...row }))));
    Object.assign(tracking, { carried: carried!.trackingNumber, partial: partial!.trackingNumber, open: open!.trackingNumber });
  });

  it('shows the handler table B of the agency for the year, each figure linking to its cases', async () => {
    const handler = current().browser();
    await handler.signIn('stats-handler', 'Tongji-Ceshi-2025!');
    const page = await handler.get('/console/statistics?year=2025');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('莲城县统计测试局 2025年 收到和处理政府信息公开申请情况');
    expect(page.body).toContain('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(page.body).toContain(`href="/console/statistics/cases?agency=${agencyCode}&amp;year=2025&amp;row=outcomes.partial&amp;column=legalService"`);
    expect(page.body).toContain(`href="/console/statistics/cases?agency=${agencyCode}&amp;year=2025&amp;row=carriedOver&amp;column=naturalPerson"`);
    const cases = await handler.get(`/console/statistics/cases?agency=${agencyCode}&year=2025&row=newReceived&column=total`);
    expect(cases.statusCode).toBe(200);
    expect(cases.body).toContain('共 2 件');
    expect(cases.body).toContain(tracking.partial);
    expect(cases.body).toContain(tracking.open);
    expect(cases.body).not.toContain(tracking.carried);
    const carried = await handler.get(`/console/statistics/cases?agency=${agencyCode}&year=2025&row=carriedForward&column=naturalPerson`);
    expect(carried.body).toContain(tracking.open);
    expect((await handler.get(`/console/statistics/cases?agency=${agencyCode}&year=2025&row=nonsense&column=total`)).statusCode).toBe(404);
  });

  it('downloads table B as CSV and as a workbook with only its sheet', async () => {
    const handler = current().browser();
    await handler.signIn('stats-handler', 'Tongji-Ceshi-2025!');
    const csv = await handler.get(`/console/statistics/export?agency=${agencyCode}&year=2025&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''");
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('table,row,column,path,value');
    expect(lines).toContain('表三,一、本年新收政府信息公开申请数量,总计,applications.newReceived.total,2');
    expect(lines).toContain('表三,二、上年结转政府信息公开申请数量,自然人,applications.carriedOver.naturalPerson,1');
    expect(lines.filter((l) => l.startsWith('表二') || l.startsWith('表四'))).toEqual([]);
    const xlsx = await handler.get(`/console/statistics/export?agency=${agencyCode}&year=2025&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['报告信息', '表三 依申请公开']);
    expect((await handler.get(`/console/statistics/export?agency=${agencyCode}&year=2025&format=pdf`)).statusCode).toBe(422);
  });

  it("refuses another department's table and an unknown agency", async () => {
    const handler = current().browser();
    await handler.signIn('handler-jyj', 'Lian-Jiaoyu-2025');
    expect((await handler.get('/console/statistics')).body).toContain('莲城县教育局');
    expect((await handler.get(`/console/statistics?agency=${agencyCode}&year=2025`)).statusCode).toBe(403);
    expect((await handler.get(`/console/statistics/export?agency=${agencyCode}&year=2025&format=csv`)).statusCode).toBe(403);
    expect((await handler.get('/console/statistics?agency=nowhere')).statusCode).toBe(404);
    const admin = current().browser();
    await admin.signIn('system-admin', 'Lian-Xitong-2025');
    expect((await admin.get('/console/statistics')).statusCode).toBe(403);
  });
});

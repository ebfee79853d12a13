/** The audit API: for the auditor only, filtered and paged; the chain check. */
import { expect, it } from 'vitest';
import { describeEachApp } from '../../../../test/http-harness.ts';

describeEachApp('audit API', (current) => {
  it('gives the auditor entries newest first with paging, and the check of the chain', async () => {
    const auditor = current().browser();
    await auditor.signIn('auditor', 'Lian-Shenji-2025');
    await auditor.get('/console');
    const page = await auditor.api('GET', '/api/v1/audit-entries?action=account.&pageSize=2');
    expect(page.statusCode).toBe(200);
    const body = page.json() as { entries: { seq: number; action: string; occurredAt: string }[]; total: number; pageSize: number };
    expect(body.pageSize).toBe(2);
    expect(body.entries.length).toBeLessThanOrEqual(2);
    expect(body.entries.every((e) => e.action.startsWith('account.'))).toBe(true);
    expect(body.entries.map((e) => e.seq)).toEqual([...body.entries.map((e) => e.seq)].sort((a, b) => b - a));
    const verified = await auditor.api('POST', '/api/v1/audit-entries/verify');
    expect(verified.json()).toMatchObject({ intact: true, brokenLink: null, count: expect.any(Number) });
  });

  it('answers bad filters with 422 issues and other roles with 403', async () => {
    const auditor = current().browser();
    await auditor.signIn('auditor', 'Lian-Shenji-2025');
    const invalid = await auditor.api('GET', '/api/v1/audit-entries?page=0&to=yesterday');
    expect(invalid.statusCode).toBe(422);
    expect((invalid.json() as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path).sort()).toEqual(['page', 'to']);
    const admin = current().browser();
    await admin.signIn('system-admin', 'Lian-Xitong-2025');
    expect((await admin.api('GET', '/api/v1/audit-entries')).statusCode).toBe(403);
  });
});

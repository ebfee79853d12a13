/** The auditor's console with JavaScript off: the filterable log, page links, and the chain check. */
import { expect, it } from 'vitest';
import { describeEachApp } from '../../../../test/http-harness.ts';
import { appendAuditEntry } from '../../../db/repositories/audit-log.ts';
import { buildAuditEntry } from '../../../../test/factories.ts';

describeEachApp('console audit pages', (current) => {
  it('shows the auditor the log, filtered by action, with page links that keep the filter', async () => {
    for (let i = 0; i < 12; i += 1) await appendAuditEntry(current().handle.db, buildAuditEntry({ action: 'test.paging', occurredAt: current().clock.now() }));
    const auditor = current().browser();
    await auditor.signIn('auditor', 'Lian-Shenji-2025');
    const all = await auditor.get('/console/audit');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('登录');
    const filtered = await auditor.get('/console/audit?action=test.paging&pageSize=5');
    expect(filtered.body).toContain('共 12 条，第 1 / 3 页');
    expect(filtered.body).toContain('href="/console/audit?action=test.paging&amp;page=2"');
    const second = await auditor.get('/console/audit?action=test.paging&page=2&pageSize=5');
    expect(second.body).toContain('上一页');
  });

  it('shows bad filters beside the form with a 422', async () => {
    const auditor = current().browser();
    await auditor.signIn('auditor', 'Lian-Shenji-2025');
    const response = await auditor.get('/console/audit?from=2025-02-30&actor=nobody-at-all');
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('开始日期不是有效的日期。');
    expect(response.body).toContain('value="nobody-at-all"');
  });

  it('verifies the chain and says it is intact, recording the check', async () => {
    const auditor = current().browser();
    await auditor.signIn('auditor', 'Lian-Shenji-2025');
    await auditor.get('/console/audit');
    const result = await auditor.postForm('/console/audit/verify', {});
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('哈希链完整');
    expect((await auditor.get('/console/audit?action=audit.verify')).body).toContain('核验审计日志');
  });

  it('refuses the log to the system admin and the security officer (三员分立)', async () => {
    for (const [username, password] of [['system-admin', 'Lian-Xitong-2025'], ['security-officer', 'Lian-Anquan-2025']]) {
      const browser = current().browser();
      await browser.signIn(username!, password!);
      expect((await browser.get('/console/audit')).statusCode).toBe(403);
      expect((await browser.get('/console')).body).not.toContain('href="/console/audit"');
    }
  });
});

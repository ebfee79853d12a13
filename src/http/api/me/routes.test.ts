import { expect, it } from 'vitest';
import { createAccountWithPassword, describeEachApp } from '../../../../test/http-harness.ts';
import { getAccountById } from '../../../db/repositories/accounts.ts';
import { listAuditEntries } from '../../../db/repositories/audit-log.ts';

const password = 'Lotus-Pond-2025!';

describeEachApp('/api/v1/me', (app) => {
  it('answers 401 with the error shape without a session', async () => {
    const response = await app().app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'unauthenticated', message: '请先登录。' } });
  });

  it('describes the signed-in account with its agency and roles', async () => {
    const browser = app().browser();
    await browser.signIn('system-admin', 'Lian-Xitong-2025');
    const response = await browser.api('GET', '/api/v1/me');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      username: 'system-admin',
      displayName: '陈系统',
      agency: { id: expect.any(String), code: 'lcx', name: '莲城县人民政府' },
      roles: [{ role: 'systemAdmin', agencyCode: 'lcx', includeSubtree: true }],
      mustChangePassword: false,
    });
  });

  it('changes the display name and records it in the audit trail', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password, displayName: '旧名' });
    const browser = t.browser();
    await browser.signIn(account.username, password);
    const response = await browser.api('PATCH', '/api/v1/me', { displayName: '  新名  ' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ displayName: '新名' });
    expect((await getAccountById(t.handle.db, account.id))?.displayName).toBe('新名');
    const audit = await listAuditEntries(t.handle.db, { action: 'account.displayNameChanged', targetId: account.id }, { offset: 0, limit: 5 });
    expect(audit.entries.map((e) => e.details)).toEqual([{ from: '旧名', to: '新名' }]);
  });

  it('refuses bad input with a clear 4xx in Chinese and stores nothing', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password, displayName: '不变' });
    const browser = t.browser();
    await browser.signIn(account.username, password);
    const cases: [unknown, number, string][] = [
      [{}, 400, '必填'],
      [{ displayName: 42 }, 400, '格式不正确'],
      [{ displayName: ['a'] }, 400, '格式不正确'],
      [{ displayName: '' }, 422, '请输入姓名'],
      [{ displayName: '   ' }, 422, '请输入姓名'],
      [{ displayName: 'x'.repeat(1000) }, 422, '不能超过32个字符'],
      [{ displayName: 'x'.repeat(1001) }, 400, '不能超过1000个字符'],
      [{ displayName: '张\n三' }, 422, '控制字符'],
      [null, 400, ''],
      ['just a string', 400, ''],
    ];
    for (const [body, status, text] of cases) {
      const response = await browser.api('PATCH', '/api/v1/me', body);
      const label = JSON.stringify(body).slice(0, 40);
      expect(response.statusCode, label).toBe(status);
      const error = (response.json() as { error: { code: string; message: string; issues?: { message: string }[] } }).error;
      expect(error.message, label).toMatch(/[\u4e00-\u9fff]/);
      expect(JSON.stringify(error), label).toContain(text);
    }
    expect((await getAccountById(t.handle.db, account.id))?.displayName).toBe('不变');
  });

  it('stores SQL and script payloads as plain text and shows them escaped', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password });
    const browser = t.browser();
    await browser.signIn(account.username, password);
    for (const name of ["王'); drop table accounts;--", '<script>alert(1)</script>']) {
      expect((await browser.api('PATCH', '/api/v1/me', { displayName: name })).statusCode).toBe(200);
      expect((await getAccountById(t.handle.db, account.id))?.displayName).toBe(name);
    }
    const page = await browser.get('/console');
    expect(page.body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(page.body).not.toContain('<script>alert(1)</script>');
  });
});

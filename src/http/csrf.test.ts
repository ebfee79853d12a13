import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { getAccountById } from '../db/repositories/accounts.ts';
import { countAuditEntries } from '../db/repositories/audit-log.ts';
import { sessions } from '../db/schema/sessions.ts';
import { createAccountWithPassword, describeEachApp, type TestApp } from '../../test/http-harness.ts';

const password = 'Lotus-Pond-2025!';

async function signedIn(t: TestApp) {
  const account = await createAccountWithPassword(t.handle, { password, displayName: '原来的名字' });
  const browser = t.browser();
  await browser.signIn(account.username, password);
  await browser.get('/console/profile');
  return { account, browser };
}

describeEachApp('CSRF protection', (app) => {
  it('refuses a form posted without its token with 403 and changes nothing', async () => {
    const t = app();
    const { account, browser } = await signedIn(t);
    const auditBefore = await countAuditEntries(t.handle.db);
    const response = await browser.postForm('/console/profile', { displayName: '攻击者改的名字' }, null);
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('页面已过期或请求来源无法验证');
    expect((await getAccountById(t.handle.db, account.id))?.displayName).toBe('原来的名字');
    expect(await countAuditEntries(t.handle.db)).toBe(auditBefore);
  });

  it('refuses a wrong token, and another session\'s token', async () => {
    const t = app();
    const { account, browser } = await signedIn(t);
    const other = await signedIn(t);
    for (const token of ['wrong-token', other.browser.csrfToken!]) {
      const response = await browser.postForm('/console/profile', { displayName: '改不了' }, token);
      expect(response.statusCode).toBe(403);
    }
    expect((await getAccountById(t.handle.db, account.id))?.displayName).toBe('原来的名字');
  });

  it('accepts the form with the session\'s token', async () => {
    const t = app();
    const { account, browser } = await signedIn(t);
    const response = await browser.postForm('/console/profile', { displayName: '新的名字' });
    expect(response.statusCode).toBe(303);
    expect((await getAccountById(t.handle.db, account.id))?.displayName).toBe('新的名字');
  });

  it('refuses an API call without the x-csrf-token header with the JSON error shape', async () => {
    const t = app();
    const { account, browser } = await signedIn(t);
    const response = await browser.api('PATCH', '/api/v1/me', { displayName: '改不了' }, null);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: { code: 'csrf_failed', message: expect.any(String) } });
    expect((await getAccountById(t.handle.db, account.id))?.displayName).toBe('原来的名字');
    const withHeader = await browser.api('PATCH', '/api/v1/me', { displayName: '接口改的名字' });
    expect(withHeader.statusCode).toBe(200);
  });

  it('refuses a sign-in form without the pre-session token (login CSRF), creating no session', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password });
    const browser = t.browser();
    const noCookie = await browser.postForm('/login', { username: account.username, password }, null);
    expect(noCookie.statusCode).toBe(403);
    await browser.get('/login');
    const wrong = await browser.postForm('/login', { username: account.username, password }, 'guessed');
    expect(wrong.statusCode).toBe(403);
    // A token from the attacker's own visit does not match the victim's cookie.
    const attacker = t.browser();
    await attacker.get('/login');
    const crossed = await browser.postForm('/login', { username: account.username, password }, attacker.csrfToken);
    expect(crossed.statusCode).toBe(403);
    expect(await t.handle.db.select().from(sessions).where(eq(sessions.accountId, account.id))).toEqual([]);
  });

  it('refuses sign-out without the token: the session stays', async () => {
    const t = app();
    const { account, browser } = await signedIn(t);
    expect((await browser.postForm('/logout', {}, null)).statusCode).toBe(403);
    expect(await t.handle.db.select().from(sessions).where(eq(sessions.accountId, account.id))).toHaveLength(1);
  });
});

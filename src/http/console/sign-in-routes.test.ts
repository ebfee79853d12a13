import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { needsRehash } from '../../auth/password-hash.ts';
import { getAccountById } from '../../db/repositories/accounts.ts';
import { listAuditEntries } from '../../db/repositories/audit-log.ts';
import { auditLog } from '../../db/schema/audit-log.ts';
import { sessions } from '../../db/schema/sessions.ts';
import { createAccountWithPassword, describeEachApp, type TestApp } from '../../../test/http-harness.ts';

const password = 'Lotus-Pond-2025!';
const minute = 60_000;

async function countSessions(t: TestApp, accountId: string): Promise<number> {
  return (await t.handle.db.select().from(sessions).where(eq(sessions.accountId, accountId))).length;
}

async function auditActionsOf(t: TestApp, accountId: string): Promise<string[]> {
  const page = await listAuditEntries(t.handle.db, { targetType: 'account', targetId: accountId }, { offset: 0, limit: 100 });
  return page.entries.map((e) => e.action).reverse();
}

describeEachApp('sign-in', (app) => {
  it('signs a demo account in and shows the dashboard with its agency and role', async () => {
    const browser = app().browser();
    const response = await browser.signIn('handler', 'Lian-Chengban-2025');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/console');
    const dashboard = await browser.get('/console');
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.body).toContain('王承办');
    expect(dashboard.body).toContain('莲城县自然资源局');
    expect(dashboard.body).toContain('承办人');
  });

  it('gives the same answer for an unknown user and a wrong password, and audits both', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password });
    const wrong = await t.browser().signIn(account.username, 'Wrong-Password-1');
    const unknown = await t.browser().signIn(`nobody-${account.username}`, 'Wrong-Password-1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const messageOf = (html: string) => /<div class="notice notice-error"[^>]*><p>([^<]+)<\/p>/.exec(html)?.[1];
    expect(messageOf(wrong.body)).toBe('用户名或密码错误。');
    expect(messageOf(unknown.body)).toBe(messageOf(wrong.body));
    expect(await auditActionsOf(t, account.id)).toEqual(['account.loginFailed']);
    const unknownAudit = await t.handle.db.select().from(auditLog).where(and(eq(auditLog.action, 'account.loginFailed'), eq(auditLog.actorName, '未知用户')));
    expect(unknownAudit.some((e) => e.details['username'] === `nobody-${account.username}`)).toBe(true);
  });

  it('locks the account after 5 wrong passwords, refuses the right one for 15 minutes, then lets it in', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password });
    const browser = t.browser();
    const statuses: number[] = [];
    let last = '';
    for (let i = 0; i < 5; i += 1) {
      const response = await browser.signIn(account.username, `Wrong-Password-${i}`);
      statuses.push(response.statusCode);
      last = response.body;
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    expect(last).toContain('账号已锁定');
    const whileLocked = await browser.signIn(account.username, password);
    expect(whileLocked.statusCode).toBe(423);
    expect(whileLocked.body).toContain('15分钟后再试');
    expect(await countSessions(t, account.id)).toBe(0);
    t.clock.advance(14 * minute);
    expect((await browser.signIn(account.username, password)).statusCode).toBe(423);
    t.clock.advance(1 * minute + 1000);
    const afterLock = await browser.signIn(account.username, password);
    expect(afterLock.statusCode).toBe(303);
    expect(await countSessions(t, account.id)).toBe(1);
    const stored = await getAccountById(t.handle.db, account.id);
    expect(stored).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    const actions = await auditActionsOf(t, account.id);
    expect(actions.filter((a) => a === 'account.loginFailed')).toHaveLength(7);
    expect(actions.filter((a) => a === 'account.locked')).toHaveLength(1);
    expect(actions.at(-1)).toBe('account.login');
  });

  it('forces a new account to change its password before anything else, pages and API alike', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password, mustChangePassword: true, roles: ['reviewer'] });
    const browser = t.browser();
    const login = await browser.signIn(account.username, password);
    expect(login.headers.location).toBe('/console/password');
    const console = await browser.get('/console');
    expect(console.statusCode).toBe(303);
    expect(console.headers.location).toBe('/console/password');
    const me = await browser.api('GET', '/api/v1/me');
    expect(me.json()).toMatchObject({ username: account.username, mustChangePassword: true });
    const patch = await browser.api('PATCH', '/api/v1/me', { displayName: '新名字' });
    expect(patch.statusCode).toBe(403);
    expect(patch.json()).toEqual({ error: { code: 'password_change_required', message: expect.stringContaining('修改密码') } });
    const page = await browser.get('/console/password');
    expect(page.body).toContain('请先设置新密码');
  });

  it('lists every policy problem, then changes the password and ends the other sessions', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password, mustChangePassword: true });
    const elsewhere = t.browser();
    await elsewhere.signIn(account.username, password);
    const browser = t.browser();
    await browser.signIn(account.username, password);
    const weak = await browser.postForm('/console/password', { currentPassword: password, newPassword: 'abc', confirmPassword: 'abd' });
    expect(weak.statusCode).toBe(422);
    for (const text of ['密码至少需要10个字符', '至少三类', '两次输入的新密码不一致']) expect(weak.body).toContain(text);
    const wrongCurrent = await browser.postForm('/console/password', { currentPassword: 'nope', newPassword: 'Fresh-Lotus-2026#', confirmPassword: 'Fresh-Lotus-2026#' });
    expect(wrongCurrent.body).toContain('当前密码不正确');
    const done = await browser.postForm('/console/password', { currentPassword: password, newPassword: 'Fresh-Lotus-2026#', confirmPassword: 'Fresh-Lotus-2026#' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/console?notice=passwordChanged');
    expect((await browser.get(String(done.headers.location))).body).toContain('密码已修改');
    expect((await elsewhere.get('/console')).headers.location).toMatch(/^\/login/);
    expect(await countSessions(t, account.id)).toBe(1);
    const changed = await getAccountById(t.handle.db, account.id);
    expect(changed?.mustChangePassword).toBe(false);
    // The harness made the first hash at the test cost; the app hashes the new one at the production cost.
    expect(needsRehash(changed!.passwordHash)).toBe(false);
    expect(await auditActionsOf(t, account.id)).toContain('account.passwordChanged');
    const again = t.browser();
    expect((await again.signIn(account.username, 'Fresh-Lotus-2026#')).headers.location).toBe('/console');
  });

  it('signs out with a POST: the session row is gone and the old cookie no longer works', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password });
    const browser = t.browser();
    await browser.signIn(account.username, password);
    const stolenCookie = browser.cookies.get('gk_session')!;
    const out = await browser.postForm('/logout', {});
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/login?loggedOut=1');
    expect(await countSessions(t, account.id)).toBe(0);
    const replay = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `gk_session=${stolenCookie}` } });
    expect(replay.statusCode).toBe(401);
    expect(await auditActionsOf(t, account.id)).toEqual(['account.login', 'account.logout']);
  });

  it('sends a signed-in person back to where they were going, but never off the console', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password });
    const browser = t.browser();
    const redirect = await browser.get('/console/profile');
    expect(redirect.headers.location).toBe('/login?next=%2Fconsole%2Fprofile');
    await browser.get(String(redirect.headers.location));
    const login = await browser.postForm('/login', { username: account.username, password, next: '/console/profile' });
    expect(login.headers.location).toBe('/console/profile');
    const other = t.browser();
    await other.get('/login');
    const evil = await other.postForm('/login', { username: account.username, password, next: '//evil.example/console' });
    expect(evil.headers.location).toBe('/console');
  });

  it('rate-limits the sign-in form to 10 attempts a minute per address', async () => {
    const browser = app().browser();
    await browser.get('/login');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      statuses.push((await browser.postForm('/login', { username: 'nobody-at-all', password: 'x' })).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

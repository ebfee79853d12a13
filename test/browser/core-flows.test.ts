/**
 * The core flows in a real browser with JavaScript OFF: first sign-in with a forced password change,
 * the dashboard, sign-out; the lockout after five wrong passwords; a cross-page form posted without
 * its CSRF token is refused with 403 and changes nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { getAccountById } from '../../src/db/repositories/accounts.ts';
import { createAccountWithPassword } from '../http-harness.ts';
import { describeInBrowser, launchChromium, startServer, type RunningServer } from './browser-harness.ts';

const firstPassword = 'Given-By-Admin-1';
const newPassword = 'Lotus-Pond-2026#';

describeInBrowser('core flows with JavaScript off', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    page = await context.newPage();
  });

  async function signIn(username: string, password: string): Promise<void> {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
  }

  it('signs in a new account, forces the password change, shows the dashboard, signs out', async () => {
    const account = await createAccountWithPassword(server.handle, { password: firstPassword, mustChangePassword: true, roles: ['handler'], displayName: '新同事' });
    await signIn(account.username, firstPassword);
    expect(new URL(page.url()).pathname).toBe('/console/password');
    expect(await page.textContent('h1')).toBe('修改密码');
    expect(await page.textContent('body')).toContain('请先设置新密码');
    await page.goto(`${server.baseUrl}/console`);
    expect(new URL(page.url()).pathname).toBe('/console/password');
    await page.getByLabel('当前密码').fill(firstPassword);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('再次输入新密码').fill(newPassword);
    await page.getByRole('button', { name: '保存新密码' }).click();
    expect(new URL(page.url()).pathname).toBe('/console');
    const dashboard = await page.textContent('main');
    expect(dashboard).toContain('密码已修改');
    expect(dashboard).toContain('新同事');
    expect(dashboard).toContain('承办人');
    await page.getByRole('button', { name: '退出登录' }).click();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.textContent('main')).toContain('您已安全退出');
    await page.goto(`${server.baseUrl}/console`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect((await getAccountById(server.handle.db, account.id))?.mustChangePassword).toBe(false);
  }, 60_000);

  it('locks the account after five wrong passwords and says so in Chinese', async () => {
    const account = await createAccountWithPassword(server.handle, { password: firstPassword });
    for (let i = 1; i <= 4; i += 1) {
      await signIn(account.username, `Wrong-Password-${i}`);
      expect(await page.textContent('[role="alert"]')).toContain('用户名或密码错误');
    }
    await signIn(account.username, 'Wrong-Password-5');
    expect(await page.textContent('[role="alert"]')).toContain('登录失败次数过多，账号已锁定');
    await signIn(account.username, firstPassword);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.textContent('[role="alert"]')).toContain('账号已锁定');
  }, 60_000);

  it('refuses a form posted from another page without the CSRF token with 403, and nothing changes', async () => {
    const account = await createAccountWithPassword(server.handle, { password: firstPassword, displayName: '原来的名字' });
    await signIn(account.username, firstPassword);
    expect(new URL(page.url()).pathname).toBe('/console');
    const attacker = await startAttackerPage(`${server.baseUrl}/console/profile`);
    try {
      await page.goto(attacker.url);
      const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: '领取奖品' }).click()]);
      expect(response?.status()).toBe(403);
      expect(await page.textContent('main')).toContain('页面已过期或请求来源无法验证');
      expect((await getAccountById(server.handle.db, account.id))?.displayName).toBe('原来的名字');
    } finally {
      attacker.server.close();
    }
    // The real form, with its token, still works.
    await page.goto(`${server.baseUrl}/console/profile`);
    await page.getByLabel('姓名').fill('自己改的名字');
    await page.getByRole('button', { name: '保存' }).click();
    expect(await page.textContent('main')).toContain('姓名已保存');
    expect((await getAccountById(server.handle.db, account.id))?.displayName).toBe('自己改的名字');
  }, 60_000);
});

/** Another site (another port of 127.0.0.1: the same "site" for SameSite, so the cookie goes along). */
async function startAttackerPage(target: string): Promise<{ url: string; server: Server }> {
  const html = `<!doctype html><html lang="zh-CN"><body><form method="post" action="${target}">
    <input type="hidden" name="displayName" value="攻击者改的名字"><button type="submit">领取奖品</button></form></body></html>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { sessions } from '../db/schema/sessions.ts';
import { sha256Hex } from '../auth/tokens.ts';
import { createAccountWithPassword, describeEachApp } from '../../test/http-harness.ts';

const password = 'Lotus-Pond-2025!';
const minute = 60_000;

describeEachApp('sessions', (app) => {
  it('sets an HttpOnly, SameSite=Lax session cookie for the whole site, and stores only its hash', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password });
    const browser = t.browser();
    const response = await browser.signIn(account.username, password);
    const setCookie = [response.headers['set-cookie']].flat().find((c) => c?.startsWith('gk_session='));
    expect(setCookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(setCookie).not.toContain('Secure');
    const token = browser.cookies.get('gk_session')!;
    const rows = await t.handle.db.select().from(sessions).where(eq(sessions.accountId, account.id));
    expect(rows.map((r) => r.id)).toEqual([sha256Hex(token)]);
    expect(rows[0]!.id).not.toContain(token);
  });

  it('ends a session after 30 idle minutes and says why on the sign-in page', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password });
    const browser = t.browser();
    await browser.signIn(account.username, password);
    t.clock.advance(29 * minute);
    expect((await browser.get('/console')).statusCode).toBe(200);
    t.clock.advance(29 * minute);
    expect((await browser.api('GET', '/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(30 * minute + 1000);
    const expired = await browser.get('/console');
    expect(expired.statusCode).toBe(303);
    expect(expired.headers.location).toBe('/login?next=%2Fconsole&ended=idleTimeout');
    expect((await browser.get(String(expired.headers.location))).body).toContain('30分钟未操作');
    expect(await t.handle.db.select().from(sessions).where(eq(sessions.accountId, account.id))).toEqual([]);
  });

  it('ends a session 12 hours after sign-in even when it is used all the time', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password });
    const browser = t.browser();
    await browser.signIn(account.username, password);
    for (let hour = 0; hour < 11; hour += 1) {
      t.clock.advance(25 * minute);
      expect((await browser.api('GET', '/api/v1/me')).statusCode).toBe(200);
      t.clock.advance(25 * minute);
      expect((await browser.api('GET', '/api/v1/me')).statusCode).toBe(200);
      t.clock.advance(10 * minute);
      expect((await browser.api('GET', '/api/v1/me')).statusCode).toBe(200);
    }
    t.clock.advance(60 * minute);
    const response = await browser.api('GET', '/api/v1/me');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'unauthenticated', message: '请先登录。' } });
  });

  it('treats a forged or unknown cookie as no session', async () => {
    const t = app();
    for (const cookie of ['gk_session=forged', `gk_session=${'a'.repeat(43)}`, "gk_session=' or 1=1 --"]) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
      expect(response.statusCode).toBe(401);
    }
  });

  it('marks the cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
    const t = app();
    const account = await createAccountWithPassword(t.handle, { password });
    const { createApp } = await import('./app.ts');
    const proxied = await createApp({ handle: t.handle, config: { ...t.config, trustProxy: true }, now: t.clock.now, logger: false });
    try {
      const page = await proxied.inject({ method: 'GET', url: '/login', headers: { 'x-forwarded-proto': 'https' } });
      const csrfCookie = page.cookies.find((c) => c.name === 'gk_csrf')!;
      const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const login = await proxied.inject({
        method: 'POST',
        url: '/login',
        headers: { 'x-forwarded-proto': 'https', 'content-type': 'application/x-www-form-urlencoded', cookie: `gk_csrf=${csrfCookie.value}` },
        payload: new URLSearchParams({ username: account.username, password, _csrf: token }).toString(),
      });
      expect(login.statusCode).toBe(303);
      const session = [login.headers['set-cookie']].flat().find((c) => c?.startsWith('gk_session='));
      expect(session).toContain('; Secure');
    } finally {
      await proxied.close();
    }
  });
});

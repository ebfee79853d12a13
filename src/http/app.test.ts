import { expect, it } from 'vitest';
import { createAccountWithPassword, describeEachApp, type TestApp } from '../../test/http-harness.ts';
import { countAuditEntries } from '../db/repositories/audit-log.ts';
import { getAccountById } from '../db/repositories/accounts.ts';
import { DatabaseUnavailableError } from '../db/errors.ts';
import { createApp } from './app.ts';
import { listRoutes } from './route-access.ts';

const password = 'Lotus-Pond-2025!';

async function signedInBrowser(t: TestApp) {
  const account = await createAccountWithPassword(t.handle, { password, displayName: '原名' });
  const browser = t.browser();
  await browser.signIn(account.username, password);
  return { account, browser };
}

describeEachApp(
  'the HTTP app',
  (app) => {
    it('answers /healthz after asking the database', async () => {
      const response = await app().app.inject({ method: 'GET', url: '/healthz' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok', database: 'pglite' });
    });

    it('sends the security headers on pages, API answers and errors', async () => {
      for (const url of ['/', '/api/v1/me', '/no-such-page']) {
        const { headers } = await app().app.inject({ method: 'GET', url });
        const csp = String(headers['content-security-policy']);
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("style-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['x-frame-options']).toBe('DENY');
        expect(headers['referrer-policy']).toBe('same-origin');
      }
    });

    it('renders pages with no inline script or style', async () => {
      const browser = app().browser();
      for (const url of ['/', '/guide', '/login', '/catalog', '/api/v1/docs']) {
        const html = (await browser.get(url)).body;
        expect(html).not.toMatch(/<script|\sstyle=|<style|\son[a-z]+="/i);
        expect(html).toContain('<html lang="zh-CN"');
      }
    });

    it('publishes an OpenAPI 3 document listing every /api/v1 route with its method', async () => {
      const t = app();
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      expect(response.statusCode).toBe(200);
      const document = response.json() as { openapi: string; info: { title: string }; paths: Record<string, Record<string, { responses?: object }>> };
      expect(document.openapi).toMatch(/^3\.0\./);
      expect(document.info.title).toBeTruthy();
      const apiRoutes = listRoutes(t.app).filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD' && !['/api/v1/openapi.json', '/api/v1/docs'].includes(r.url));
      expect(apiRoutes.length).toBeGreaterThanOrEqual(2);
      for (const route of apiRoutes) {
        const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
        const operation = document.paths[path]?.[route.method.toLowerCase()];
        expect(operation, `${route.method} ${route.url} in openapi.json`).toBeDefined();
        expect(Object.keys(operation?.responses ?? {}).length, `${route.method} ${route.url} responses`).toBeGreaterThan(0);
      }
      expect(Object.keys(document.paths).every((p) => p.startsWith('/api/v1/'))).toBe(true);
    });

    it('lists every documented path and method on the docs page', async () => {
      const t = app();
      const document = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, object> };
      const page = await t.app.inject({ method: 'GET', url: '/api/v1/docs' });
      expect(page.statusCode).toBe(200);
      for (const [path, item] of Object.entries(document.paths)) {
        for (const method of Object.keys(item)) expect(page.body).toContain(`${method.toUpperCase()} ${path}`);
      }
    });

    it('answers unknown API paths with the JSON error shape and unknown pages with a Chinese page', async () => {
      const api = await app().app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
      expect(api.statusCode).toBe(404);
      expect(api.json()).toEqual({ error: { code: 'not_found', message: expect.stringMatching(/[\u4e00-\u9fff]/) } });
      const page = await app().app.inject({ method: 'GET', url: '/nothing-here' });
      expect(page.statusCode).toBe(404);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('页面不存在');
      expect(page.body).toContain('返回首页');
    });

    it('refuses a body over 1 MiB with 413, a Chinese message, and nothing stored', async () => {
      const t = app();
      const { account, browser } = await signedInBrowser(t);
      const huge = 'x'.repeat(1024 * 1024 + 10);
      const api = await browser.api('PATCH', '/api/v1/me', { displayName: huge });
      expect(api.statusCode).toBe(413);
      expect(api.json()).toEqual({ error: { code: 'payload_too_large', message: expect.stringContaining('1 MB') } });
      const form = await browser.postForm('/console/profile', { displayName: huge });
      expect(form.statusCode).toBe(413);
      expect(form.body).toContain('提交的内容过大');
      expect((await getAccountById(t.handle.db, account.id))?.displayName).toBe('原名');
    });

    it('refuses invalid UTF-8 in JSON and in forms (raw bytes and percent-escapes) with 400', async () => {
      const t = app();
      const { account, browser } = await signedInBrowser(t);
      const auditBefore = await countAuditEntries(t.handle.db);
      const token = browser.csrfToken!;
      const rawJson = Buffer.concat([Buffer.from('{"displayName":"'), Buffer.from([0xe4, 0xb8]), Buffer.from('"}')]);
      const json = await browser.send('PATCH', '/api/v1/me', { headers: { 'content-type': 'application/json', 'x-csrf-token': token }, payload: rawJson });
      expect(json.statusCode).toBe(400);
      expect(json.json()).toMatchObject({ error: { code: 'invalid_utf8' } });
      const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
      const rawForm = Buffer.concat([Buffer.from(`_csrf=${token}&displayName=`), Buffer.from([0xff, 0xfe])]);
      expect((await browser.send('POST', '/console/profile', { headers: formHeaders, payload: rawForm })).statusCode).toBe(400);
      const escaped = await browser.send('POST', '/console/profile', { headers: formHeaders, payload: `_csrf=${token}&displayName=%FF%FE` });
      expect(escaped.statusCode).toBe(400);
      expect(escaped.body).toContain('UTF-8');
      expect((await getAccountById(t.handle.db, account.id))?.displayName).toBe('原名');
      expect(await countAuditEntries(t.handle.db)).toBe(auditBefore);
    });

    it('refuses other content types with 415 and broken JSON with 400, in Chinese', async () => {
      const { browser } = await signedInBrowser(app());
      const headers = { 'x-csrf-token': browser.csrfToken! };
      const text = await browser.send('PATCH', '/api/v1/me', { headers: { ...headers, 'content-type': 'text/plain' }, payload: 'displayName=x' });
      expect(text.statusCode).toBe(415);
      expect(text.json()).toMatchObject({ error: { code: 'unsupported_media_type', message: expect.stringContaining('不支持') } });
      const broken = await browser.send('PATCH', '/api/v1/me', { headers: { ...headers, 'content-type': 'application/json' }, payload: '{"displayName":' });
      expect(broken.statusCode).toBe(400);
      expect(broken.json()).toMatchObject({ error: { code: 'bad_request', message: expect.stringContaining('JSON') } });
    });

    it('answers an unexpected error with a 500 that reveals nothing, and logs it', async () => {
      const t = app();
      const logged: string[] = [];
      const stream = { write: (line: string) => logged.push(line) };
      const boom = await createApp({ handle: t.handle, config: t.config, now: t.clock.now, logger: { level: 'error', stream } });
      boom.get('/api/v1/boom', { config: { access: { kind: 'public' } } }, async () => {
        throw new Error('secret table name users_secret');
      });
      boom.get('/boom', { config: { access: { kind: 'public' } } }, async () => {
        throw new TypeError('secret stack detail');
      });
      boom.get('/api/v1/db-down', { config: { access: { kind: 'public' } } }, async () => {
        throw new DatabaseUnavailableError('secret-host:5432', 'connection refused');
      });
      try {
        const api = await boom.inject({ method: 'GET', url: '/api/v1/boom' });
        expect(api.statusCode).toBe(500);
        expect(api.json()).toEqual({ error: { code: 'internal_error', message: expect.stringContaining('服务器内部错误') } });
        expect(api.body).not.toContain('secret');
        const page = await boom.inject({ method: 'GET', url: '/boom' });
        expect(page.statusCode).toBe(500);
        expect(page.body).toContain('系统出现问题');
        expect(page.body).not.toContain('secret');
        const down = await boom.inject({ method: 'GET', url: '/api/v1/db-down' });
        expect(down.statusCode).toBe(503);
        expect(down.json()).toEqual({ error: { code: 'database_unavailable', message: '服务暂时不可用，请稍后再试。' } });
        expect(logged.join('\n')).toContain('secret table name users_secret');
        expect(logged.join('\n')).toContain('secret-host:5432');
        expect(logged.join('\n')).toContain(`"reqId":"${String(api.headers['x-request-id'])}"`);
        expect(api.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      } finally {
        await boom.close();
      }
    });

    it('refuses to register a route that declares no access', async () => {
      const t = app();
      const bare = await createApp({ handle: t.handle, config: t.config, now: t.clock.now, logger: false });
      try {
        expect(() => bare.get('/forgotten', async () => 'x')).toThrow(/declares no config.access/);
      } finally {
        await bare.close();
      }
    });
  },
  ['pglite'],
);

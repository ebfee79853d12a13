import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAccountWithPassword, describeEachApp, TestBrowser, type TestApp } from '../../test/http-harness.ts';
import { createApp } from './app.ts';
import { listRoutes, requireAccount } from './route-access.ts';

const password = 'Lotus-Pond-2025!';

/** A URL for the route pattern: params filled with a plausible value. */
function sampleUrl(pattern: string): string {
  return pattern.replace(/:agencyCode|:code/g, 'lcx-zrzy').replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000').replace('*', 'x');
}

describeEachApp(
  'route access',
  (app) => {
    it('declares access on every route, and knows the public ones', () => {
      const routes = listRoutes(app().app);
      expect(routes.length).toBeGreaterThan(10);
      const publicUrls = new Set(routes.filter((r) => r.access.kind === 'public').map((r) => r.url));
      for (const url of ['/', '/guide', '/login', '/healthz', '/api/v1/openapi.json', '/static/*']) expect(publicUrls).toContain(url);
      for (const url of ['/console', '/console/password', '/api/v1/me', '/logout']) expect(publicUrls).not.toContain(url);
    });

    it('refuses every non-public route to an anonymous caller before its handler runs', async () => {
      const t = app();
      const routes = listRoutes(t.app).filter((r) => r.access.kind !== 'public' && r.method !== 'HEAD');
      for (const route of routes) {
        const response = await t.app.inject({ method: route.method as 'GET', url: sampleUrl(route.url), remoteAddress: '10.9.9.9' });
        const label = `${route.method} ${route.url}`;
        if (route.url.startsWith('/api/')) {
          expect(response.statusCode, label).toBe(401);
          expect(response.json(), label).toMatchObject({ error: { code: 'unauthenticated' } });
        } else {
          expect(response.statusCode, label).toBe(303);
          expect(String(response.headers.location), label).toMatch(/^\/login/);
        }
      }
    });

    it('refuses an action route to an account whose roles do not allow it', async () => {
      const t = app();
      const account = await createAccountWithPassword(t.handle, { password, roles: [] });
      const browser = t.browser();
      await browser.signIn(account.username, password);
      const page = await browser.get('/console');
      expect(page.statusCode).toBe(403);
      expect(page.body).toContain('您的角色没有执行此操作的权限');
      expect(page.body).toContain('返回工作台');
      const api = await browser.api('PATCH', '/api/v1/me', { displayName: '无角色' });
      expect(api.statusCode).toBe(403);
      expect(api.json()).toMatchObject({ error: { code: 'access_denied' } });
      expect((await browser.api('GET', '/api/v1/me')).statusCode).toBe(200);
    });
  },
  ['pglite'],
);

describeEachApp(
  "route access with target 'agencyParam'",
  (app) => {
    let probe: FastifyInstance;
    beforeAll(async () => {
      const t = app();
      probe = await createApp({ handle: t.handle, config: t.config, now: t.clock.now, logger: false });
      probe.get('/api/v1/probe/:agencyCode', { config: { access: { kind: 'action', action: 'agency.update', target: 'agencyParam' } } }, async (request) => ({
        agency: request.routeAgency?.code,
        by: requireAccount(request).username,
      }));
      await probe.ready();
    });
    afterAll(async () => {
      await probe.close();
    });

    async function call(t: TestApp, username: string, userPassword: string, code: string) {
      const browser = new TestBrowser(probe, `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
      await browser.signIn(username, userPassword);
      return browser.api('GET', `/api/v1/probe/${code}`);
    }

    it('lets an agency admin act on their own agency only', async () => {
      const own = await call(app(), 'agency-admin', 'Lian-Jiguan-2025', 'lcx-zrzy');
      expect(own.statusCode).toBe(200);
      expect(own.json()).toEqual({ agency: 'lcx-zrzy', by: 'agency-admin' });
      const other = await call(app(), 'agency-admin', 'Lian-Jiguan-2025', 'lcx-jyj');
      expect(other.statusCode).toBe(403);
      expect(other.json()).toMatchObject({ error: { code: 'access_denied', message: expect.stringContaining('授权范围') } });
    });

    it('lets a county-wide grant act on a department below it, and answers 404 for an unknown code', async () => {
      expect((await call(app(), 'system-admin', 'Lian-Xitong-2025', 'lcx-jyj')).statusCode).toBe(200);
      expect((await call(app(), 'system-admin', 'Lian-Xitong-2025', 'no-such-agency')).statusCode).toBe(404);
    });

    it('refuses a role the table leaves out, even in its own agency', async () => {
      const response = await call(app(), 'handler', 'Lian-Chengban-2025', 'lcx-zrzy');
      expect(response.statusCode).toBe(403);
    });
  },
  ['pglite'],
);

/**
 * `createApp(deps)`: the Fastify application — plugins, hooks, the one error handler and every
 * route. The conventions routes follow are at the top of route-access.ts.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';
import { registerApiMeRoutes } from './api/me/routes.ts';
import { bodyLimitBytes, registerBodyParsers } from './body-parsers.ts';
import { registerDashboardRoutes } from './console/dashboard-routes.ts';
import { registerProfileRoutes } from './console/profile-routes.ts';
import { registerSignInRoutes } from './console/sign-in-routes.ts';
import { verifyCsrfToken } from './csrf.ts';
import { registerErrorHandling } from './errors.ts';
import { registerHealthRoutes } from './health.ts';
import { registerOpenApi, registerOpenApiRoutes } from './openapi.ts';
import { registerDisplayRoutes } from './portal/display-routes.ts';
import { registerPortalRoutes } from './portal/routes.ts';
import './request-context.ts';
import { registerResourceRoutes } from './resource-routes.ts';
import { registerApplicationRoutes } from './application-routes.ts';
import { registerCatalogRoutes } from './catalog-routes.ts';
import { enforceRouteAccess, registerRouteAccess } from './route-access.ts';
import { registerSecurity } from './security.ts';
import { loadRequestSession } from './session.ts';

export type { AppDeps } from './app-deps.ts';

const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

/** Requests that never need the session: static files and the health check skip its queries. */
const sessionlessPrefixes = ['/static/', '/healthz'];

export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(deps),
    genReqId: () => randomUUID(),
    // Fastify also takes a hop count at run time; its types only list the other forms.
    trustProxy: deps.config.trustProxy as boolean | string | string[],
    bodyLimit: bodyLimitBytes,
    // Wrong types are refused, not coerced: `{"displayName": 5}` is an error, not "5".
    ajv: { customOptions: { coerceTypes: false } },
  });
  app.decorate('deps', deps);
  decorateRequests(app);
  registerRouteAccess(app);
  registerBodyParsers(app);
  await app.register(cookie, { secret: deps.config.sessionSecret });
  await registerSecurity(app);
  await registerOpenApi(app);
  // The id of every log line of this request, so a person reporting a problem can quote it.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // In this order, after the rate limit (onRequest) and body parsing: session → access → CSRF.
  app.addHook('preValidation', async (request) => {
    if (sessionlessPrefixes.some((prefix) => request.url.startsWith(prefix))) return;
    await loadRequestSession(request);
  });
  app.addHook('preValidation', enforceRouteAccess);
  app.addHook('preValidation', verifyCsrfToken);
  registerErrorHandling(app);
  await app.register(fastifyStatic, { root: publicDir, prefix: '/static/', decorateReply: false, maxAge: '1h' });
  await registerRoutes(app, deps);
  return app;
}

async function registerRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  registerHealthRoutes(app);
  registerDisplayRoutes(app);
  registerPortalRoutes(app);
  registerSignInRoutes(app);
  registerDashboardRoutes(app);
  registerProfileRoutes(app);
  registerApiMeRoutes(app);
  await registerResourceRoutes(app, deps);
  await registerApplicationRoutes(app, deps);
  await registerCatalogRoutes(app, deps);
  registerOpenApiRoutes(app);
}

function decorateRequests(app: FastifyInstance): void {
  app.decorateRequest('account', null);
  app.decorateRequest('principal', null);
  app.decorateRequest('staffSession', null);
  app.decorateRequest('sessionEnd', null);
  app.decorateRequest('routeAgency', null);
}

/** pino with the request id on every line; cookies and CSRF tokens never reach the log. */
function loggerOptions(deps: AppDeps): boolean | object {
  if (deps.logger === false || deps.logger === undefined) return false;
  const redact = ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'];
  if (deps.logger === true) return { level: deps.config.logLevel, redact };
  return { redact, ...deps.logger };
}

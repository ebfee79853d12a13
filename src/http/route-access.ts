/**
 * ROUTE CONVENTIONS — every route in src/http follows them.
 *
 * 1. Every route declares who may call it: `config: { access: RouteAccess }`. A route without it
 *    fails at registration, so nothing becomes public by accident.
 *      { kind: 'public' }    anyone: portal pages, /login, /healthz, the OpenAPI document.
 *      { kind: 'signedIn' }  any signed-in account, also one that must still change its password
 *                            (/console/password, /logout, GET /api/v1/me).
 *      { kind: 'action', action, target? }  signed in, password changed, and allowed by the access
 *                            table (src/domain/access): `can(principal, action)`.
 *          target 'none' (default): the principal may take the action somewhere. Lists then filter
 *             by `scopesFor(principal, action)`; records are checked in the handler (step 3).
 *          target 'agencyParam': the route has an `:agencyCode` param; the agency is loaded (404 when
 *             absent) into `request.routeAgency` and checked with `can(principal, action,
 *             { agencyId }, ancestry)`.
 * 2. The access hook enforces this BEFORE validation and the handler (preValidation hooks, in this
 *    order: session → access → CSRF): no session → pages redirect to /login?next=…, the API answers
 *    401 `unauthenticated`; password change pending → pages redirect to /console/password, the API
 *    answers 403 `password_change_required`; refused → 403 `access_denied`. Then CSRF (csrf.ts) for
 *    every POST/PUT/PATCH/DELETE: with a session, form field `_csrf` or header `x-csrf-token`.
 *    Fastify validates `schema.body` etc. without type coercion (`"5"` is not a number), so
 *    querystring schemas declare strings; convert in the zod schema (`z.coerce.number()`).
 * 2a. URLs: console pages under /console/<resource> (/console/agencies, /console/accounts,
 *    /console/audit — the side nav in src/views/layouts/console-nav.ts links there), the API under
 *    /api/v1/<resource>. Route params naming an agency are called `:agencyCode`.
 * 3. Handlers read in one order: validate (zod schema in `schema.ts` beside the route, through
 *    `parseInput(schema, body)` from validation.ts) → load (repositories) → authorize (for a record
 *    of an agency: `await authorize(request, action, { agencyId: record.agencyId, … })`) → use case
 *    → present (a pure presenter for JSON; `renderPage(reply, <Page/>, { title, layout })` for HTML).
 * 4. Pages answer forms with POST-redirect-GET (`reply.redirect(url, 303)`); every form includes
 *    `<CsrfField />`. Errors are thrown (DomainError subclasses; http-errors.ts has NotFoundError and
 *    ValidationError) and mapped once in errors.ts. API routes live under /api/v1 and declare
 *    `schema: { summary, tags, body?, response? }` so the OpenAPI document lists them.
 * 5. `listRoutes(app)` returns every route with its access, for the access-table test.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { Action } from '../domain/access/access-table.ts';
import { assertCan, type AccessTarget } from '../domain/access/policy.ts';
import type { Principal } from '../domain/access/roles.ts';
import { buildAncestry, type AgencyAncestry } from '../domain/access/scope.ts';
import type { Database } from '../db/database.ts';
import { getAgencyByCode, listAgencies } from '../db/repositories/agencies.ts';
import { NotFoundError, PasswordChangeRequiredError, UnauthenticatedError } from './http-errors.ts';
import type { SignedInAccount } from './request-context.ts';

export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'action'; action: Action; target?: 'agencyParam' | 'none' };

export interface RouteInfo {
  method: string;
  url: string;
  access: RouteAccess;
}

const catalogs = new WeakMap<FastifyInstance, RouteInfo[]>();

/** Paths served by plugins that cannot carry our config: the static files, public by nature. */
const pluginPublicPrefixes = ['/static/'];

/**
 * Collects every route with its access, rejecting routes without one. Call it on the root instance
 * before any route is registered; app.ts installs `enforceRouteAccess` as a preValidation hook.
 */
export function registerRouteAccess(app: FastifyInstance): void {
  const catalog: RouteInfo[] = [];
  catalogs.set(app, catalog);
  app.addHook('onRoute', (route) => {
    const access = accessOfRoute(route);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) catalog.push({ method: String(method), url: route.url, access });
  });
}

/** Every route registered so far, with its access. */
export function listRoutes(app: FastifyInstance): RouteInfo[] {
  return [...(catalogs.get(app) ?? [])];
}

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

export function requireAccount(request: FastifyRequest): SignedInAccount {
  if (request.account === null) throw new UnauthenticatedError();
  return request.account;
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (request.principal === null) throw new UnauthenticatedError();
  return request.principal;
}

/** The agency tree as the access rules read it (one small query; agencies are few). */
export async function loadAgencyAncestry(db: Database): Promise<AgencyAncestry> {
  const agencies = await listAgencies(db);
  return buildAncestry(new Map(agencies.map((a) => [a.id, a.parentId])));
}

/**
 * Step "authorize" of a handler: throws AccessDeniedError (403) unless the signed-in principal may
 * take `action` on `target`, judged with the agency tree (subtree grants).
 */
export async function authorize(request: FastifyRequest, action: Action, target?: AccessTarget): Promise<void> {
  const principal = requirePrincipal(request);
  const ancestry = target === undefined ? undefined : await loadAgencyAncestry(request.server.deps.handle.db);
  assertCan(principal, action, target, ancestry);
}

function accessOfRoute(route: RouteOptions): RouteAccess {
  const config = route.config as { access?: RouteAccess } | undefined;
  if (config?.access !== undefined) return config.access;
  if (pluginPublicPrefixes.some((prefix) => route.url.startsWith(prefix))) {
    const access: RouteAccess = { kind: 'public' };
    route.config = { ...(route.config ?? {}), access };
    return access;
  }
  throw new Error(`route ${String(route.method)} ${route.url} declares no config.access (see src/http/route-access.ts)`);
}

/** The access hook: refuses the request before validation and the handler (see the top comment). */
export async function enforceRouteAccess(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const access = request.routeOptions.config.access;
  // The not-found handler has no route config: it answers 404 to everyone.
  if (access === undefined || access.kind === 'public') return;
  const account = requireAccount(request);
  if (access.kind === 'signedIn') return;
  if (account.mustChangePassword) throw new PasswordChangeRequiredError();
  const principal = requirePrincipal(request);
  if (access.target !== 'agencyParam') {
    assertCan(principal, access.action);
    return;
  }
  const code = (request.params as Record<string, unknown> | undefined)?.['agencyCode'];
  const db = request.server.deps.handle.db;
  const agency = typeof code === 'string' ? await getAgencyByCode(db, code) : null;
  if (agency === null) throw new NotFoundError('该机关不存在。');
  assertCan(principal, access.action, { agencyId: agency.id }, await loadAgencyAncestry(db));
  request.routeAgency = agency;
}

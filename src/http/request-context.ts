/**
 * What the hooks put on every request, and the Fastify type augmentations for it. `account` and
 * `principal` are null without a valid session; `routeAgency` is set by the access hook for routes
 * with `target: 'agencyParam'`.
 */
import type { Agency } from '../domain/agencies/agency.ts';
import type { Principal } from '../domain/access/roles.ts';
import type { SignedInAccount } from '../use-cases/resolve-session.ts';
import type { AppDeps } from './app-deps.ts';
import type { RouteAccess } from './route-access.ts';

export type { GrantView, SignedInAccount } from '../use-cases/resolve-session.ts';

/** The session of the request: the SHA-256 of the cookie token and the CSRF token stored with it. */
export interface RequestSession {
  tokenHash: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The dependencies createApp was given (database, config, clock). */
    deps: AppDeps;
  }
  interface FastifyRequest {
    account: SignedInAccount | null;
    principal: Principal | null;
    staffSession: RequestSession | null;
    /** Why a session cookie was refused (the sign-in page explains it), or null. */
    sessionEnd: 'idleTimeout' | 'expired' | null;
    routeAgency: Agency | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

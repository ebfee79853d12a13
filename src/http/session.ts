/**
 * The staff session cookie `gk_session`: a random token whose SHA-256 names the row in `sessions`.
 * HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site POSTs), Path=/, and
 * Secure when the request came over HTTPS (behind a proxy only if TRUST_PROXY says so). No Max-Age:
 * the browser forgets it when closed; the server ends it after 30 idle minutes or 12 hours.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sha256Hex } from '../auth/tokens.ts';
import { resolveSession } from '../use-cases/resolve-session.ts';
import { createResolveSessionStore } from './sign-in-stores.ts';

export const sessionCookieName = 'gk_session';

/** onRequest hook: fills request.account, principal and staffSession from a valid session cookie. */
export async function loadRequestSession(request: FastifyRequest): Promise<void> {
  request.account = null;
  request.principal = null;
  request.staffSession = null;
  request.sessionEnd = null;
  request.routeAgency = null;
  const token = request.cookies[sessionCookieName];
  if (token === undefined || token === '') return;
  const tokenHash = sha256Hex(token);
  const { deps } = request.server;
  const resolution = await resolveSession(createResolveSessionStore(deps.handle.db), tokenHash, deps.now());
  if (resolution.status !== 'active') {
    if (resolution.status !== 'none') request.sessionEnd = resolution.status;
    return;
  }
  const { account } = resolution;
  request.account = account;
  request.principal = { accountId: account.id, grants: account.grants };
  request.staffSession = { tokenHash, csrfToken: resolution.csrfToken };
}

/** The token hash of the session cookie the request carries, valid or not (to end it at sign-in). */
export function presentedTokenHash(request: FastifyRequest): string | null {
  const token = request.cookies[sessionCookieName];
  return token === undefined || token === '' ? null : sha256Hex(token);
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookieName, token, { httpOnly: true, sameSite: 'lax', path: '/', secure: isHttps(request) });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { httpOnly: true, sameSite: 'lax', path: '/', secure: isHttps(request) });
}

export function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

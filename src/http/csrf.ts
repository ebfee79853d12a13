/**
 * CSRF protection for every state-changing request (POST, PUT, PATCH, DELETE), checked before the
 * handler runs, so a refused request changes nothing:
 * - with a session: the synchronizer token stored in the session row, sent as the form field
 *   `_csrf` or the header `x-csrf-token`;
 * - pages without a session (the login form): a signed double-submit cookie `gk_csrf` whose value
 *   must come back in `_csrf` — so an attacker cannot sign a victim into the attacker's account.
 * API calls without a session carry no ambient credential to abuse; the access hook refuses them.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomToken, isSameToken } from '../auth/tokens.ts';
import { CsrfError } from './http-errors.ts';
import { isApiRequest } from './route-access.ts';
import { isHttps } from './session.ts';

export const csrfFieldName = '_csrf';
export const csrfHeaderName = 'x-csrf-token';
export const preSessionCookieName = 'gk_csrf';

const stateChangingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** preValidation hook (after the access hook): refuses a state-changing request without its token. */
export async function verifyCsrfToken(request: FastifyRequest): Promise<void> {
  if (!stateChangingMethods.has(request.method)) return;
  const presented = presentedToken(request);
  if (request.staffSession !== null) {
    if (presented === null || !isSameToken(presented, request.staffSession.csrfToken)) throw new CsrfError();
    return;
  }
  if (isApiRequest(request)) return;
  const expected = readPreSessionToken(request);
  if (presented === null || expected === null || !isSameToken(presented, expected)) throw new CsrfError();
}

/** The token a page's forms must carry: the session's, or the pre-session cookie's (set if missing). */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  if (request.staffSession !== null) return request.staffSession.csrfToken;
  const existing = readPreSessionToken(request);
  if (existing !== null) return existing;
  const token = randomToken();
  reply.setCookie(preSessionCookieName, token, { httpOnly: true, sameSite: 'lax', path: '/', secure: isHttps(request), signed: true });
  return token;
}

function presentedToken(request: FastifyRequest): string | null {
  const header = request.headers[csrfHeaderName];
  if (typeof header === 'string' && header !== '') return header;
  const body = request.body;
  if (typeof body !== 'object' || body === null) return null;
  const field = (body as Record<string, unknown>)[csrfFieldName];
  return typeof field === 'string' && field !== '' ? field : null;
}

function readPreSessionToken(request: FastifyRequest): string | null {
  const raw = request.cookies[preSessionCookieName];
  if (raw === undefined) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value !== null && unsigned.value !== '' ? unsigned.value : null;
}

/**
 * `GET /display?mode=large|standard&back=/path`: switches 大字版 (适老化) on or off with a cookie
 * and returns to the page, so it works without JavaScript. Only a display preference changes.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { displayCookieName } from '../render-page.tsx';
import { isHttps } from '../session.ts';
import { checkInput } from '../validation.ts';

const displayQuery = z.object({
  mode: z.enum(['large', 'standard']),
  back: z.string().max(2000).optional(),
});

const oneYearSeconds = 365 * 24 * 60 * 60;

export function registerDisplayRoutes(app: FastifyInstance): void {
  app.get('/display', { config: { access: { kind: 'public' } } }, async (request, reply) => {
    const result = checkInput(displayQuery, request.query);
    const mode = result.ok ? result.value.mode : 'standard';
    const back = result.ok ? safeLocalPath(result.value.back) : '/';
    reply.setCookie(displayCookieName, mode, { path: '/', sameSite: 'lax', httpOnly: true, secure: isHttps(request), maxAge: oneYearSeconds });
    return reply.redirect(back, 303);
  });
}

/** Only a path on this site: `//evil.example` or `https://…` would make this an open redirect. */
export function safeLocalPath(path: string | undefined, fallback = '/'): string {
  if (path === undefined || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(path)) return fallback;
  return path;
}

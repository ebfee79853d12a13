/**
 * Signing in and out, and changing one's password (also the forced change): plain forms with
 * POST-redirect-GET, so everything works without JavaScript.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { describeSessionEnd } from '../../domain/accounts/session-rules.ts';
import { changePassword } from '../../use-cases/change-password.ts';
import { signIn } from '../../use-cases/sign-in.ts';
import { signOut } from '../../use-cases/sign-out.ts';
import { LoginPage } from '../../views/pages/console/login-page.tsx';
import { PasswordPage } from '../../views/pages/console/password-page.tsx';
import { safeLocalPath } from '../portal/display-routes.ts';
import { renderPage } from '../render-page.tsx';
import { requireAccount } from '../route-access.ts';
import { loginRateLimit } from '../security.ts';
import { clearSessionCookie, presentedTokenHash, setSessionCookie } from '../session.ts';
import { createChangePasswordDeps, createSignInDeps, createSignOutDeps } from '../sign-in-stores.ts';
import { checkInput } from '../validation.ts';
import { loginForm, loginQuery, passwordForm } from './sign-in-schema.ts';

export function registerSignInRoutes(app: FastifyInstance): void {
  app.get('/login', { config: { access: { kind: 'public' } } }, async (request, reply) => {
    const query = checkInput(loginQuery, request.query);
    const values = query.ok ? query.value : {};
    const next = safeNext(values.next);
    if (request.account !== null) return reply.redirect(next ?? '/console', 303);
    return renderLogin(reply, { username: '', next, error: null, info: loginInfo(values) });
  });

  app.post('/login', { config: { access: { kind: 'public' }, rateLimit: loginRateLimit } }, async (request, reply) => {
    const form = checkInput(loginForm, request.body);
    if (!form.ok) return renderLogin(reply, { username: '', next: null, error: '请输入用户名和密码。', info: null }, 422);
    const { username, password } = form.value;
    const next = safeNext(form.value.next);
    const result = await signIn(createSignInDeps(request.server.deps.handle.db), {
      username,
      password,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      now: request.server.deps.now(),
      previousTokenHash: presentedTokenHash(request),
    });
    if (!result.ok) return renderLogin(reply, { username, next, error: result.message, info: null }, result.reason === 'locked' ? 423 : 401);
    setSessionCookie(request, reply, result.token);
    return reply.redirect(result.mustChangePassword ? '/console/password' : (next ?? '/console'), 303);
  });

  app.post('/logout', { config: { access: { kind: 'signedIn' } } }, async (request, reply) => {
    const account = requireAccount(request);
    const session = request.staffSession;
    if (session !== null) {
      await signOut(createSignOutDeps(request.server.deps.handle.db), {
        tokenHash: session.tokenHash,
        account: { id: account.id, displayName: account.displayName, agencyId: account.agency.id },
        ip: request.ip,
        now: request.server.deps.now(),
      });
    }
    clearSessionCookie(request, reply);
    return reply.redirect('/login?loggedOut=1', 303);
  });

  app.get('/console/password', { config: { access: { kind: 'signedIn' } } }, async (request, reply) => {
    const account = requireAccount(request);
    return renderPasswordPage(reply, account.mustChangePassword, []);
  });

  app.post('/console/password', { config: { access: { kind: 'signedIn' } } }, async (request, reply) => {
    const account = requireAccount(request);
    const form = checkInput(passwordForm, request.body);
    if (!form.ok) return renderPasswordPage(reply, account.mustChangePassword, form.issues, 422);
    const result = await changePassword(createChangePasswordDeps(request.server.deps.handle.db), {
      accountId: account.id,
      ...form.value,
      tokenHash: request.staffSession?.tokenHash ?? '',
      ip: request.ip,
      now: request.server.deps.now(),
    });
    if (!result.ok) return renderPasswordPage(reply, account.mustChangePassword, result.issues, 422);
    return reply.redirect('/console?notice=passwordChanged', 303);
  });
}

interface LoginView {
  username: string;
  next: string | null;
  error: string | null;
  info: string | null;
}

function renderLogin(reply: FastifyReply, view: LoginView, status = 200): Promise<FastifyReply> {
  return renderPage(reply, h(LoginPage, view), { title: '工作人员登录', layout: 'console', status });
}

function renderPasswordPage(reply: FastifyReply, isForced: boolean, issues: Parameters<typeof PasswordPage>[0]['issues'], status = 200) {
  return renderPage(reply, h(PasswordPage, { isForced, issues }), { title: '修改密码', layout: 'console', status });
}

function loginInfo(query: z.infer<typeof loginQuery>): string | null {
  if (query.ended !== undefined) return describeSessionEnd(query.ended);
  if (query.loggedOut !== undefined) return '您已安全退出。';
  return null;
}

/** Only paths inside the console: after signing in, never to another site or the portal's forms. */
function safeNext(next: string | undefined): string | null {
  const path = safeLocalPath(next, '');
  return path.startsWith('/console') ? path : null;
}

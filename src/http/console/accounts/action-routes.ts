/**
 * The actions on one account in the console, each a POST form. Changes redirect back to the
 * account page with a notice (POST-redirect-GET); a password reset answers with the one-time
 * password page itself, so that the password never appears in a URL.
 */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { grantRole } from '../../../use-cases/grant-role.ts';
import { resetPassword } from '../../../use-cases/reset-password.ts';
import { revokeRole } from '../../../use-cases/revoke-role.ts';
import { setAccountEnabled } from '../../../use-cases/set-account-enabled.ts';
import { unlockAccount } from '../../../use-cases/unlock-account.ts';
import { AccountsPasswordPage } from '../../../views/pages/console/accounts-password-page.tsx';
import { accountCommandOf, administrationDepsOf, formFields, paramOf } from '../../api/accounts/administration-routing.ts';
import { presentDetail } from '../../api/accounts/routes.ts';
import { renderPage } from '../../render-page.tsx';
import { textFields } from './form-values.ts';
import { renderAccountPage } from './routes.ts';

export function registerAccountActionRoutes(app: FastifyInstance): void {
  const pageOf = (accountId: string, done: string) => `/console/accounts/${encodeURIComponent(accountId)}?done=${done}`;

  // account.list: held by exactly the roles that may reset some password (see api/accounts/routes.ts).
  app.post('/console/accounts/:accountId/password-reset', { config: { access: { kind: 'action', action: 'account.list' } } }, async (request, reply) => {
    const reset = await resetPassword(administrationDepsOf(request), accountCommandOf(request));
    const account = await presentDetail(request, reset.account.id);
    const page = h(AccountsPasswordPage, { kind: 'reset', account, oneTimePassword: reset.oneTimePassword, sessionsEnded: reset.sessionsEnded });
    return renderPage(reply, page, { title: '密码已重置', layout: 'console' });
  });

  app.post('/console/accounts/:accountId/unlock', { config: { access: { kind: 'action', action: 'account.unlock' } } }, async (request, reply) => {
    const command = accountCommandOf(request);
    await unlockAccount(administrationDepsOf(request), command);
    return reply.redirect(pageOf(command.accountId, 'unlocked'), 303);
  });

  for (const [verb, enabled] of [['disable', false], ['enable', true]] as const) {
    app.post(`/console/accounts/:accountId/${verb}`, { config: { access: { kind: 'action', action: 'account.update' } } }, async (request, reply) => {
      const command = { ...accountCommandOf(request), enabled };
      await setAccountEnabled(administrationDepsOf(request), command);
      return reply.redirect(pageOf(command.accountId, enabled ? 'enabled' : 'disabled'), 303);
    });
  }

  app.post('/console/accounts/:accountId/roles', { config: { access: { kind: 'action', action: 'role.grant' } } }, async (request, reply) => {
    const command = { ...accountCommandOf(request), input: formFields(request.body) };
    const outcome = await grantRole(administrationDepsOf(request), command);
    if (outcome.ok) return reply.redirect(pageOf(command.accountId, 'granted'), 303);
    const text = textFields(request.body, ['agencyCode', 'role']);
    const values = { agencyCode: text['agencyCode'] ?? '', role: text['role'] ?? '', includeSubtree: text['includeSubtree'] === 'on' };
    return renderAccountPage(request, reply, { notice: null, issues: outcome.issues, values });
  });

  app.post(
    '/console/accounts/:accountId/roles/:grantId/revoke',
    { config: { access: { kind: 'action', action: 'role.revoke' } } },
    async (request, reply) => {
      const command = { ...accountCommandOf(request), grantId: paramOf(request, 'grantId') };
      await revokeRole(administrationDepsOf(request), command);
      return reply.redirect(pageOf(command.accountId, 'revoked'), 303);
    },
  );
}

/**
 * Resets a staff member's password to a one-time password, shown once; the owner must replace it at
 * the next sign-in, and every session of the account ends. Accounts with a 三员 role are reset only
 * by a security officer (separated-duty-guards.ts).
 */
import { mustChangePasswordAfter } from '../domain/accounts/account-rules.ts';
import { loadAccountWithGrants, toAccountTarget } from './account-with-grants.ts';
import { loadAgencyContext } from './agency-context.ts';
import type { Actor, AdministrationDeps, StaffAccount } from './administration-store.ts';
import { recordAdministrationEvent } from './administration-audit.ts';
import { assertMayResetPassword } from './separated-duty-guards.ts';

export interface PasswordReset {
  account: StaffAccount;
  /** Shown once; only its hash is stored. */
  oneTimePassword: string;
  sessionsEnded: number;
}

export async function resetPassword(
  deps: AdministrationDeps,
  request: { actor: Actor; accountId: string; now: Date },
): Promise<PasswordReset> {
  const { actor, now } = request;
  const oneTimePassword = deps.generatePassword();
  const passwordHash = await deps.hashPassword(oneTimePassword);
  return deps.transaction(async (store) => {
    const found = await loadAccountWithGrants(store, request.accountId);
    const context = await loadAgencyContext(store);
    assertMayResetPassword(actor.principal, toAccountTarget(found), context.ancestry);
    const { account } = found;
    await store.setPassword(account.id, passwordHash, { now, mustChangePassword: mustChangePasswordAfter('resetByAdmin') });
    const sessionsEnded = await store.endSessionsOf(account.id);
    await recordAdministrationEvent(store, actor, {
      action: 'account.passwordReset',
      target: { type: 'account', id: account.id },
      agencyId: account.agencyId,
      details: { username: account.username, sessionsEnded },
    }, now);
    return { account: { ...account, mustChangePassword: true, passwordChangedAt: now }, oneTimePassword, sessionsEnded };
  });
}

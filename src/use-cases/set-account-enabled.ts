/**
 * Disables an account (it can no longer sign in, and its sessions end at once) or enables it again.
 * Nobody disables their own account. Nothing is written when the account is already so.
 */
import { assertCan } from '../domain/access/policy.ts';
import { loadAccountWithGrants, toAccountTarget } from './account-with-grants.ts';
import { loadAgencyContext } from './agency-context.ts';
import type { Actor, AdministrationDeps, StaffAccount } from './administration-store.ts';
import { recordAdministrationEvent } from './administration-audit.ts';
import { assertNotOwnAccount } from './separated-duty-guards.ts';

export interface EnabledChange {
  account: StaffAccount;
  changed: boolean;
}

export async function setAccountEnabled(
  deps: Pick<AdministrationDeps, 'transaction'>,
  request: { actor: Actor; accountId: string; enabled: boolean; now: Date },
): Promise<EnabledChange> {
  const { actor, enabled, now } = request;
  assertNotOwnAccount(actor.principal, request.accountId, '不能停用或启用自己的账号。');
  return deps.transaction(async (store) => {
    const found = await loadAccountWithGrants(store, request.accountId);
    const context = await loadAgencyContext(store);
    assertCan(actor.principal, 'account.update', toAccountTarget(found), context.ancestry);
    const { account } = found;
    if ((account.disabledAt === null) === enabled) return { account, changed: false };
    const disabledAt = enabled ? null : now;
    await store.setAccountDisabled(account.id, disabledAt);
    const sessionsEnded = enabled ? 0 : await store.endSessionsOf(account.id);
    await recordAdministrationEvent(store, actor, {
      action: enabled ? 'account.enable' : 'account.disable',
      target: { type: 'account', id: account.id },
      agencyId: account.agencyId,
      details: { username: account.username, sessionsEnded },
    }, now);
    return { account: { ...account, disabledAt }, changed: true };
  });
}

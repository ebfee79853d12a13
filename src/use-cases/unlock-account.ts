/** Unlocks an account locked after repeated wrong passwords (security officer only, 三员分立). */
import { assertCan } from '../domain/access/policy.ts';
import { loadAccountWithGrants, toAccountTarget } from './account-with-grants.ts';
import { loadAgencyContext } from './agency-context.ts';
import type { Actor, AdministrationDeps, StaffAccount } from './administration-store.ts';
import { recordAdministrationEvent } from './administration-audit.ts';

export interface Unlocking {
  account: StaffAccount;
  /** False when no lock was in force (an expired lock or failure count is still cleared and recorded). */
  wasLocked: boolean;
}

export async function unlockAccount(
  deps: Pick<AdministrationDeps, 'transaction'>,
  request: { actor: Actor; accountId: string; now: Date },
): Promise<Unlocking> {
  const { actor, now } = request;
  return deps.transaction(async (store) => {
    const found = await loadAccountWithGrants(store, request.accountId);
    const context = await loadAgencyContext(store);
    assertCan(actor.principal, 'account.unlock', toAccountTarget(found), context.ancestry);
    const { account } = found;
    const wasLocked = account.lockedUntil !== null && account.lockedUntil.getTime() > now.getTime();
    if (account.lockedUntil === null && account.failedLoginCount === 0) return { account, wasLocked };
    await store.unlockAccount(account.id);
    await recordAdministrationEvent(store, actor, {
      action: 'account.unlock',
      target: { type: 'account', id: account.id },
      agencyId: account.agencyId,
      details: { username: account.username, wasLocked, failedLoginCount: account.failedLoginCount },
    }, now);
    return { account: { ...account, lockedUntil: null, failedLoginCount: 0 }, wasLocked };
  });
}

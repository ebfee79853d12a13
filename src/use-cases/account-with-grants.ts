/** An account together with the role grants it holds: what account pages show and rules judge. */
import type { Role, RoleGrant } from '../domain/access/roles.ts';
import { RecordNotFoundError } from './administration-errors.ts';
import type { AdministrationStore, StaffAccount } from './administration-store.ts';
import type { AccountTarget } from './separated-duty-guards.ts';

export interface AccountWithGrants {
  account: StaffAccount;
  grants: RoleGrant[];
}

/** The account and its grants; RecordNotFoundError when there is no such account. */
export async function loadAccountWithGrants(
  store: Pick<AdministrationStore, 'findAccount' | 'listGrantsOf'>,
  accountId: string,
): Promise<AccountWithGrants> {
  const account = await store.findAccount(accountId);
  if (account === null) throw new RecordNotFoundError('该账号不存在。');
  const grants = (await store.listGrantsOf([account.id])).get(account.id) ?? [];
  return { account, grants };
}

/** The roles held, each once, whatever the agency. */
export function listHeldRoles(grants: readonly RoleGrant[]): Role[] {
  return [...new Set(grants.map((grant) => grant.role))];
}

/** The account as the access rules see a target: its home agency and every role it holds. */
export function toAccountTarget({ account, grants }: AccountWithGrants): AccountTarget {
  return { accountId: account.id, agencyId: account.agencyId, accountRoles: listHeldRoles(grants) };
}

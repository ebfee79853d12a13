/**
 * The staff accounts a staff member may see (account.list): those whose home agency their grants
 * cover, optionally only one agency's. Never another department's accounts.
 */
import { assertCan } from '../domain/access/policy.ts';
import type { Principal } from '../domain/access/roles.ts';
import type { Agency } from '../domain/agencies/agency.ts';
import type { AccountWithGrants } from './account-with-grants.ts';
import { listAgenciesWhere, loadAgencyContext, requireAgencyByCode } from './agency-context.ts';
import type { AdministrationDeps } from './administration-store.ts';

export interface AccountList {
  accounts: AccountWithGrants[];
  /** The agencies whose accounts the principal may see (for a filter). */
  scope: Agency[];
  /** Every agency, to name the agencies of accounts and grants. */
  agencies: Agency[];
}

export async function listAccounts(
  deps: Pick<AdministrationDeps, 'transaction'>,
  request: { principal: Principal; agencyCode?: string },
): Promise<AccountList> {
  const { principal, agencyCode } = request;
  assertCan(principal, 'account.list');
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const scope = listAgenciesWhere(principal, 'account.list', context);
    let agencyIds = scope.map((agency) => agency.id);
    if (agencyCode !== undefined) {
      const agency = requireAgencyByCode(context, agencyCode);
      assertCan(principal, 'account.list', { agencyId: agency.id }, context.ancestry);
      agencyIds = [agency.id];
    }
    const accounts = await store.listAccountsOf(agencyIds);
    const grants = await store.listGrantsOf(accounts.map((account) => account.id));
    return {
      accounts: accounts.map((account) => ({ account, grants: grants.get(account.id) ?? [] })),
      scope,
      agencies: [...context.agencies],
    };
  });
}

/** One staff account with its grants, for a staff member who may see its home agency's accounts. */
import { assertCan } from '../domain/access/policy.ts';
import type { Principal } from '../domain/access/roles.ts';
import type { Agency } from '../domain/agencies/agency.ts';
import { loadAccountWithGrants, type AccountWithGrants } from './account-with-grants.ts';
import { loadAgencyContext } from './agency-context.ts';
import type { AdministrationDeps } from './administration-store.ts';

export interface AccountDetail extends AccountWithGrants {
  /** Every agency, to name the home agency and the grants' agencies. */
  agencies: Agency[];
}

export async function getAccount(
  deps: Pick<AdministrationDeps, 'transaction'>,
  request: { principal: Principal; accountId: string },
): Promise<AccountDetail> {
  return deps.transaction(async (store) => {
    const found = await loadAccountWithGrants(store, request.accountId);
    const context = await loadAgencyContext(store);
    assertCan(request.principal, 'account.list', { agencyId: found.account.agencyId }, context.ancestry);
    return { ...found, agencies: [...context.agencies] };
  });
}

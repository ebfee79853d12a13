/** The agencies a staff member may see (agency.read), ordered by code: the console's agency tree. */
import { assertCan } from '../domain/access/policy.ts';
import type { Principal } from '../domain/access/roles.ts';
import type { Agency } from '../domain/agencies/agency.ts';
import { listAgenciesWhere, loadAgencyContext } from './agency-context.ts';
import type { AdministrationDeps } from './administration-store.ts';

export interface AgencyList {
  /** The agencies the principal may see. */
  agencies: Agency[];
  /** Every agency (the tree is public), to name the parents of those seen. */
  allAgencies: Agency[];
}

export async function listAgencies(deps: Pick<AdministrationDeps, 'transaction'>, request: { principal: Principal }): Promise<AgencyList> {
  assertCan(request.principal, 'agency.read');
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    return { agencies: listAgenciesWhere(request.principal, 'agency.read', context), allAgencies: [...context.agencies] };
  });
}

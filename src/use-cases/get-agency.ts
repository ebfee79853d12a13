/** One agency with its disclosure office details, for a staff member whose grants cover it. */
import { assertCan } from '../domain/access/policy.ts';
import type { Principal } from '../domain/access/roles.ts';
import type { Agency } from '../domain/agencies/agency.ts';
import { loadAgencyContext, requireAgencyByCode } from './agency-context.ts';
import type { AdministrationDeps } from './administration-store.ts';

export interface AgencyDetail {
  agency: Agency;
  parent: Agency | null;
}

export async function getAgency(
  deps: Pick<AdministrationDeps, 'transaction'>,
  request: { principal: Principal; code: string },
): Promise<AgencyDetail> {
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agency = requireAgencyByCode(context, request.code);
    assertCan(request.principal, 'agency.read', { agencyId: agency.id }, context.ancestry);
    const parent = agency.parentId === null ? null : (context.byId.get(agency.parentId) ?? null);
    return { agency, parent };
  });
}

/**
 * The agency tree as the administration use cases need it: to judge scope (a grant with its subtree
 * covers the agencies below) and to turn codes from URLs into agencies. A county has a few dozen
 * agencies, so the whole tree is loaded at once.
 */
import type { Action } from '../domain/access/access-table.ts';
import { can } from '../domain/access/policy.ts';
import type { Principal } from '../domain/access/roles.ts';
import { buildAncestry, type AgencyAncestry } from '../domain/access/scope.ts';
import type { Agency } from '../domain/agencies/agency.ts';
import { RecordNotFoundError } from './administration-errors.ts';
import type { AdministrationStore } from './administration-store.ts';

export interface AgencyContext {
  /** Every agency, ordered by code. */
  agencies: readonly Agency[];
  ancestry: AgencyAncestry;
  byId: ReadonlyMap<string, Agency>;
  byCode: ReadonlyMap<string, Agency>;
}

export async function loadAgencyContext(store: Pick<AdministrationStore, 'listAgencies'>): Promise<AgencyContext> {
  const agencies = await store.listAgencies();
  return {
    agencies,
    ancestry: buildAncestry(new Map(agencies.map((a) => [a.id, a.parentId]))),
    byId: new Map(agencies.map((a) => [a.id, a])),
    byCode: new Map(agencies.map((a) => [a.code, a])),
  };
}

/** The agencies where the principal may take the action: what its lists may show. */
export function listAgenciesWhere(principal: Principal, action: Action, context: AgencyContext): Agency[] {
  return context.agencies.filter((agency) => can(principal, action, { agencyId: agency.id }, context.ancestry));
}

export function requireAgencyByCode(context: AgencyContext, code: string): Agency {
  const agency = context.byCode.get(code);
  if (agency === undefined) throw new RecordNotFoundError('该机关不存在。');
  return agency;
}

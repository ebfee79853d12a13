/**
 * The staff who may receive a case: accounts holding the handler role for the case's agency —
 * there, or at an agency above it with its subtree.
 */
import type { Role } from '../../../domain/access/roles.ts';
import type { AgencyContext } from '../../agency-context.ts';
import type { CaseHandlingStore, StaffWithRole } from './case-handling-store.ts';

export interface StaffOption {
  accountId: string;
  name: string;
}

/** The agency and the agencies above it, nearest first. */
export function agencyWithAncestors(context: AgencyContext, agencyId: string): string[] {
  const chain: string[] = [];
  for (let id: string | null = agencyId; id !== null && !chain.includes(id); id = context.byId.get(id)?.parentId ?? null) chain.push(id);
  return chain;
}

export async function listStaffFor(store: Pick<CaseHandlingStore, 'listStaffWithRoles'>, context: AgencyContext, agencyId: string, role: Role): Promise<StaffOption[]> {
  const rows = await store.listStaffWithRoles([role], agencyWithAncestors(context, agencyId));
  const covering = rows.filter((row: StaffWithRole) => row.agencyId === agencyId || row.includeSubtree);
  const seen = new Set<string>();
  return covering.flatMap((row) => {
    if (seen.has(row.accountId)) return [];
    seen.add(row.accountId);
    return [{ accountId: row.accountId, name: `${row.displayName}（${row.username}）` }];
  });
}

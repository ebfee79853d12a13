/** Role grants: which role an account holds for which agency, and whether it covers the subtree. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Role, RoleGrant } from '../../domain/access/roles.ts';
import type { Database } from '../database.ts';
import { roleGrants } from '../schema/accounts.ts';
import { isUuid } from './ids.ts';

export interface NewRoleGrant {
  accountId: string;
  agencyId: string;
  role: Role;
  includeSubtree: boolean;
}

/** A grant as the access rules use it, with string ids. */
export type StoredRoleGrant = RoleGrant & { agencyId: string; accountId: string };

const grantColumns = {
  accountId: roleGrants.accountId,
  agencyId: roleGrants.agencyId,
  role: roleGrants.role,
  includeSubtree: roleGrants.includeSubtree,
};

/** Adds grants; granting a role the account already holds for that agency updates `includeSubtree`. */
export async function grantRoles(db: Database, grants: readonly NewRoleGrant[]): Promise<void> {
  for (const grant of grants) {
    await db
      .insert(roleGrants)
      .values(grant)
      .onConflictDoUpdate({
        target: [roleGrants.agencyId, roleGrants.accountId, roleGrants.role],
        set: { includeSubtree: grant.includeSubtree },
      });
  }
}

export async function revokeRole(db: Database, grant: Omit<NewRoleGrant, 'includeSubtree'>): Promise<boolean> {
  const deleted = await db
    .delete(roleGrants)
    .where(
      and(eq(roleGrants.accountId, grant.accountId), eq(roleGrants.agencyId, grant.agencyId), eq(roleGrants.role, grant.role)),
    )
    .returning({ role: roleGrants.role });
  return deleted.length > 0;
}

export async function listRoleGrants(db: Database, accountId: string): Promise<StoredRoleGrant[]> {
  if (!isUuid(accountId)) return [];
  return db
    .select(grantColumns)
    .from(roleGrants)
    .where(eq(roleGrants.accountId, accountId))
    .orderBy(asc(roleGrants.agencyId), asc(roleGrants.role));
}

/** The grants of several accounts at once (for account lists), keyed by account id. */
export async function listRoleGrantsOf(db: Database, accountIds: readonly string[]): Promise<Map<string, StoredRoleGrant[]>> {
  const ids = accountIds.filter(isUuid);
  const byAccount = new Map<string, StoredRoleGrant[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byAccount;
  const rows = await db
    .select(grantColumns)
    .from(roleGrants)
    .where(inArray(roleGrants.accountId, ids))
    .orderBy(asc(roleGrants.accountId), asc(roleGrants.role));
  for (const row of rows) byAccount.get(row.accountId)?.push(row);
  return byAccount;
}

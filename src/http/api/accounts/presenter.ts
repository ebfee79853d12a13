/** Staff accounts as the JSON API shows them (never the password hash; it is not even loaded). */
import { describeRole, type RoleGrant } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { AccountWithGrants } from '../../../use-cases/account-with-grants.ts';
import type { StaffAccount } from '../../../use-cases/administration-store.ts';
import { formatGrantId } from '../../../use-cases/grant-id.ts';
import type { AccountStatus, AccountView, GrantView } from '../../../views/pages/console/accounts-status.tsx';

// One shape for the API and the console pages: the pages' types are the presentation.
export type { AccountStatus } from '../../../views/pages/console/accounts-status.tsx';
export type AccountPresentation = AccountView;
export type GrantPresentation = GrantView;

/** Disabled wins over locked: a disabled account cannot sign in whatever its lock says. */
export function statusOf(account: StaffAccount, now: Date): AccountStatus {
  if (account.disabledAt !== null) return 'disabled';
  return account.lockedUntil !== null && account.lockedUntil.getTime() > now.getTime() ? 'locked' : 'active';
}

export function presentGrant(grant: RoleGrant, byId: ReadonlyMap<string, Agency>): GrantPresentation {
  const agency = byId.get(grant.agencyId);
  const agencyCode = agency?.code ?? '';
  return {
    grantId: formatGrantId(agencyCode, grant.role),
    role: grant.role,
    roleName: describeRole(grant.role),
    agencyCode,
    agencyName: agency?.name ?? '',
    includeSubtree: grant.includeSubtree,
  };
}

export function presentAccount({ account, grants }: AccountWithGrants, byId: ReadonlyMap<string, Agency>, now: Date): AccountPresentation {
  const home = byId.get(account.agencyId);
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    agency: { code: home?.code ?? '', name: home?.name ?? '' },
    status: statusOf(account, now),
    mustChangePassword: account.mustChangePassword,
    lockedUntil: account.lockedUntil?.toISOString() ?? null,
    disabledAt: account.disabledAt?.toISOString() ?? null,
    lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
    roles: grants.map((grant) => presentGrant(grant, byId)),
  };
}

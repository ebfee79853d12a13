/**
 * Which actions the console offers on an account page and the new-account form: the same rules the
 * use cases enforce (they still decide; a form shown by mistake would only be refused), so nobody is
 * shown a button that can only fail.
 */
import { can, type AccessTarget } from '../../../domain/access/policy.ts';
import { roles, type Principal, type Role } from '../../../domain/access/roles.ts';
import type { AgencyAncestry } from '../../../domain/access/scope.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { DomainError } from '../../../domain/errors.ts';
import { toAccountTarget, type AccountWithGrants } from '../../../use-cases/account-with-grants.ts';
import { formatGrantId } from '../../../use-cases/grant-id.ts';
import { assertMayCreateAccount, assertMayReceiveRole, assertMayResetPassword } from '../../../use-cases/separated-duty-guards.ts';
import type { AccountPermissions } from '../../../views/pages/console/accounts-detail-page.tsx';

export interface AgencyTree {
  agencies: readonly Agency[];
  ancestry: AgencyAncestry;
}

export function decideAccountPermissions(principal: Principal, found: AccountWithGrants, tree: AgencyTree): AccountPermissions {
  const target = toAccountTarget(found);
  const byId = new Map(tree.agencies.map((a) => [a.id, a]));
  const revocable = found.grants.filter((grant) => {
    const change: AccessTarget = { ...target, grant: { role: grant.role, includeSubtree: grant.includeSubtree } };
    return mayChangeRoles(principal, 'role.revoke', { ...change, agencyId: grant.agencyId }, target.agencyId, tree.ancestry);
  });
  return {
    canResetPassword: isAllowed(() => assertMayResetPassword(principal, target, tree.ancestry)),
    canUnlock: can(principal, 'account.unlock', target, tree.ancestry),
    canChangeStatus: principal.accountId !== target.accountId && can(principal, 'account.update', target, tree.ancestry),
    canGrant: listGrantOptions(principal, found, tree).roles.length > 0,
    revocableGrantIds: revocable.map((grant) => formatGrantId(byId.get(grant.agencyId)?.code ?? '', grant.role)),
  };
}

/** The agencies and roles the grant form offers for this account. */
export function listGrantOptions(principal: Principal, found: AccountWithGrants, tree: AgencyTree): { agencies: Agency[]; roles: Role[] } {
  const target = toAccountTarget(found);
  const grantTo = (agencyId: string, role: Role): AccessTarget => ({ ...target, agencyId, grant: { role, includeSubtree: false } });
  const allows = (agencyId: string, role: Role) =>
    mayChangeRoles(principal, 'role.grant', grantTo(agencyId, role), target.agencyId, tree.ancestry) &&
    isAllowed(() => assertMayReceiveRole(role, found.account));
  const agencies = tree.agencies.filter((agency) => roles.some((role) => allows(agency.id, role)));
  const offered = roles.filter((role) => agencies.some((agency) => allows(agency.id, role)));
  return { agencies: offered.length === 0 ? [] : agencies, roles: offered };
}

/** The agencies and first roles the new-account form offers. */
export function listNewAccountOptions(principal: Principal, tree: AgencyTree): { agencies: Agency[]; roles: Role[] } {
  const allows = (agencyId: string, role: Role | null) => {
    const target: AccessTarget = role === null ? { agencyId } : { agencyId, grant: { role, includeSubtree: false } };
    return isAllowed(() => assertMayCreateAccount(principal, target, tree.ancestry));
  };
  const agencies = tree.agencies.filter((agency) => allows(agency.id, null));
  return { agencies, roles: roles.filter((role) => agencies.some((agency) => allows(agency.id, role))) };
}

/** Role changes are judged on the grant's agency and on the account's home agency, as the use cases do. */
function mayChangeRoles(principal: Principal, action: 'role.grant' | 'role.revoke', target: AccessTarget, homeAgencyId: string, ancestry: AgencyAncestry): boolean {
  return can(principal, action, target, ancestry) && can(principal, action, { ...target, agencyId: homeAgencyId }, ancestry);
}

function isAllowed(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'access_denied') return false;
    throw error;
  }
}

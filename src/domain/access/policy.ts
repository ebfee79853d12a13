/**
 * `can(principal, action, target)`: the access table (`access-table.ts`) plus scope — a grant acts
 * only on its agency (and its subtree when it includes it) — plus the 三员分立 constraints on account
 * and role management. Pure; the agency tree is passed in.
 */
import {
  accessTable,
  accountManagementActions,
  roleChangingActions,
  type Action,
} from './access-table.ts';
import { AccessDeniedError } from './access-denied-error.ts';
import {
  findSeparatedDutyConflict,
  isSeparatedDutyRole,
  type AccountId,
  type AgencyId,
  type Principal,
  type Role,
  type RoleGrant,
} from './roles.ts';
import { isCoveredBy, type AgencyAncestry } from './scope.ts';

/**
 * The record acted on. Without a target, `can` asks whether the principal may take the action
 * anywhere at all (to show a menu entry); every route that touches a record passes one.
 */
export interface AccessTarget {
  /** The agency the record belongs to; for role.grant/role.revoke the agency of the grant. */
  agencyId: AgencyId;
  /** When the record is an account (account.* and role.*): its id. Required for role.*. */
  accountId?: AccountId;
  /** The roles that account holds (in any agency); required when an agency admin acts on it. */
  accountRoles?: readonly Role[];
  /** The grant made or removed: required for role.*, optional for account.create (first role). */
  grant?: { role: Role; includeSubtree: boolean };
}

export type DenialReason =
  | 'notPermitted'
  | 'outOfScope'
  | 'selfRoleChange'
  | 'separatedDutyRole'
  | 'separatedDutyAccount'
  | 'separatedDutyConflict'
  | 'scopeEscalation'
  | 'incompleteTarget';

export interface AgencyScope {
  agencyId: AgencyId;
  includeSubtree: boolean;
}

export type AccessDecision = { allowed: true } | { allowed: false; reason: DenialReason };

const allowed: AccessDecision = { allowed: true };

/** Whether the principal may take the action on the target. */
export function can(
  principal: Principal,
  action: Action,
  target?: AccessTarget,
  ancestry?: AgencyAncestry,
): boolean {
  return decideAccess(principal, action, target, ancestry).allowed;
}

/** Like `can`, but throws AccessDeniedError (code `access_denied`) with the reason when refused. */
export function assertCan(
  principal: Principal,
  action: Action,
  target?: AccessTarget,
  ancestry?: AgencyAncestry,
): void {
  const decision = decideAccess(principal, action, target, ancestry);
  if (!decision.allowed) throw new AccessDeniedError(action, decision.reason);
}

/** The decision with the reason for a refusal (for the message and the audit log). */
export function decideAccess(
  principal: Principal,
  action: Action,
  target?: AccessTarget,
  ancestry?: AgencyAncestry,
): AccessDecision {
  const permitted = grantsPermitting(principal, action);
  if (permitted.length === 0) return deny('notPermitted');
  if (target === undefined) return allowed;
  const targetDenial = checkTarget(principal, action, target);
  if (targetDenial !== undefined) return deny(targetDenial);
  const inScope = permitted.filter((grant) => isCoveredBy(grant, target.agencyId, ancestry));
  if (inScope.length === 0) return deny('outOfScope');
  let firstDenial: DenialReason | undefined;
  for (const grant of inScope) {
    const denial = checkGrantConstraints(grant, action, target);
    if (denial === undefined) return allowed;
    firstDenial ??= denial;
  }
  return deny(firstDenial ?? 'notPermitted');
}

/**
 * Where the principal may take the action: the agencies (with or without subtree) to filter
 * lists by, so that a list never shows another department's records.
 */
export function scopesFor(principal: Principal, action: Action): AgencyScope[] {
  return grantsPermitting(principal, action).map(({ agencyId, includeSubtree }) => ({
    agencyId,
    includeSubtree,
  }));
}

function grantsPermitting(principal: Principal, action: Action): RoleGrant[] {
  const roles: readonly Role[] = accessTable[action].roles;
  return principal.grants.filter((grant) => roles.includes(grant.role));
}

/** Constraints whoever acts: no changing one's own roles, no two 三员 roles in one account. */
function checkTarget(
  principal: Principal,
  action: Action,
  target: AccessTarget,
): DenialReason | undefined {
  if (!roleChangingActions.includes(action)) return undefined;
  if (target.accountId === undefined || target.grant === undefined) return 'incompleteTarget';
  if (target.accountId === principal.accountId) return 'selfRoleChange';
  if (action !== 'role.grant') return undefined;
  if (target.accountRoles === undefined) return 'incompleteTarget';
  const rolesAfter = [...target.accountRoles, target.grant.role];
  return findSeparatedDutyConflict(rolesAfter).length > 0 ? 'separatedDutyConflict' : undefined;
}

/** Constraints that depend on the grant used: agency admins and 三员, and no widening of scope. */
function checkGrantConstraints(
  grant: RoleGrant,
  action: Action,
  target: AccessTarget,
): DenialReason | undefined {
  const widensScope = target.grant?.includeSubtree === true && !grant.includeSubtree;
  if (roleChangingActions.includes(action) && widensScope) return 'scopeEscalation';
  if (grant.role !== 'agencyAdmin' || !accountManagementActions.includes(action)) return undefined;
  const { grant: granted, accountId, accountRoles } = target;
  if (granted !== undefined && isSeparatedDutyRole(granted.role)) return 'separatedDutyRole';
  if (accountId !== undefined && accountRoles === undefined) return 'incompleteTarget';
  if (accountRoles?.some(isSeparatedDutyRole) === true) return 'separatedDutyAccount';
  return undefined;
}

function deny(reason: DenialReason): AccessDecision {
  return { allowed: false, reason };
}

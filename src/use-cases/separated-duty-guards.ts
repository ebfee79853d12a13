/**
 * Rules on top of the access table for passwords and 三员 roles. Whoever knows an account's password
 * can act as it, so a system admin who could set the password of the auditor or the security officer
 * could read the audit log or hide their own traces — exactly what 三员分立 forbids:
 * - an account holding a 三员 role (system admin, security officer, auditor) has its password reset
 *   only by a security officer whose grant covers the account's agency;
 * - nobody resets their own password here (the owner changes it on the password page);
 * - nobody creates an account that starts with the auditor or security officer role (its creator
 *   would know the one-time password): the role is granted later, and only to an account whose owner
 *   has replaced the one-time password.
 */
import { assertCan, type AccessTarget } from '../domain/access/policy.ts';
import { isSeparatedDutyRole, type Principal, type Role } from '../domain/access/roles.ts';
import { isCoveredBy, type AgencyAncestry } from '../domain/access/scope.ts';
import { AdministrationDeniedError } from './administration-errors.ts';

/** Roles whose holders see or guard the audit trail: never handed out together with a password. */
export const guardedRoles: readonly Role[] = ['auditor', 'securityOfficer'];

export interface AccountTarget {
  accountId: string;
  /** The account's home agency. */
  agencyId: string;
  /** Every role the account holds, in any agency. */
  accountRoles: readonly Role[];
}

export function assertMayResetPassword(principal: Principal, target: AccountTarget, ancestry: AgencyAncestry): void {
  if (target.accountId === principal.accountId) {
    throw new AdministrationDeniedError('不能在这里重置自己的密码，请到“修改密码”页面修改。');
  }
  if (!target.accountRoles.some(isSeparatedDutyRole)) {
    assertCan(principal, 'account.resetPassword', target, ancestry);
    return;
  }
  const isCoveringOfficer = principal.grants.some(
    (grant) => grant.role === 'securityOfficer' && isCoveredBy(grant, target.agencyId, ancestry),
  );
  if (!isCoveringOfficer) {
    throw new AdministrationDeniedError('持有系统管理员、安全管理员或审计员角色的账号，只能由安全管理员重置密码。');
  }
}

/** For account.create: the first role, if any, must not be a guarded role. */
export function assertMayCreateAccount(principal: Principal, target: AccessTarget, ancestry: AgencyAncestry): void {
  const role = target.grant?.role;
  if (role !== undefined && guardedRoles.includes(role)) {
    throw new AdministrationDeniedError('不能在新建账号时直接授予审计员或安全管理员角色：请先建立账号，待本人修改初始密码后再授予。');
  }
  assertCan(principal, 'account.create', target, ancestry);
}

/** For role.grant of a guarded role: the account's owner must have replaced the one-time password. */
export function assertMayReceiveRole(role: Role, account: { mustChangePassword: boolean }): void {
  if (guardedRoles.includes(role) && account.mustChangePassword) {
    throw new AdministrationDeniedError('该账号尚未由本人修改初始密码，暂不能授予审计员或安全管理员角色。');
  }
}

/** No disabling (or enabling) one's own account: an admin must not lock themselves out by mistake. */
export function assertNotOwnAccount(principal: Principal, accountId: string, message: string): void {
  if (principal.accountId === accountId) throw new AdministrationDeniedError(message);
}

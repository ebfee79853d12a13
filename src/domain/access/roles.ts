/**
 * Staff roles. Every role is granted for one agency, optionally with its subtree (a county-level
 * grant with `includeSubtree` covers the county's departments and townships).
 */

export const roles = [
  'registrar',
  'handler',
  'reviewer',
  'approver',
  'agencyAdmin',
  'systemAdmin',
  'securityOfficer',
  'auditor',
] as const;

export type Role = (typeof roles)[number];

/** Ids as the database hands them over (UUID text); compared with `===` only. */
export type AgencyId = string;
export type AccountId = string;

export interface RoleGrant {
  role: Role;
  agencyId: AgencyId;
  includeSubtree: boolean;
}

/** The signed-in account as the access rules see it. */
export interface Principal {
  accountId: AccountId;
  grants: readonly RoleGrant[];
}

/**
 * 三员分立 (等保2.0): system administration, security administration and audit are separate duties,
 * held by different people. An agency admin may not touch these roles or the accounts that hold
 * them, and no account may hold two of them.
 */
export const separatedDutyRoles: readonly Role[] = ['systemAdmin', 'securityOfficer', 'auditor'];

const roleNames: Record<Role, string> = {
  registrar: '登记员',
  handler: '承办人',
  reviewer: '审核人',
  approver: '签发人',
  agencyAdmin: '机关管理员',
  systemAdmin: '系统管理员',
  securityOfficer: '安全管理员',
  auditor: '审计员',
};

const roleDuties: Record<Role, string> = {
  registrar: '登记本机关收到的政府信息公开申请',
  handler: '办理本机关的政府信息公开申请，起草答复、主动公开的信息和年度报告',
  reviewer: '审核本机关的答复，初审、复审主动公开的信息，发布年度报告',
  approver: '终审并签发本机关主动公开的信息，撤回已发布的信息',
  agencyAdmin: '管理本机关的工作人员账号和业务角色（不含三员角色）',
  systemAdmin: '管理账号、角色授权和机关信息，不能查看审计日志',
  securityOfficer: '管理安全设置，解锁账号，查看（不能修改）账号',
  auditor: '查看和核验审计日志，不能进行其他操作',
};

/** The role's name in Chinese, e.g. 承办人. */
export function describeRole(role: Role): string {
  return roleNames[role];
}

/** One sentence on what the role may do, for the account page. */
export function describeRoleDuties(role: Role): string {
  return roleDuties[role];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function isSeparatedDutyRole(role: Role): boolean {
  return separatedDutyRoles.includes(role);
}

/** The 三员 roles that would be combined in one account; empty when the combination is allowed. */
export function findSeparatedDutyConflict(accountRoles: readonly Role[]): Role[] {
  const held = [...new Set(accountRoles.filter(isSeparatedDutyRole))];
  return held.length > 1 ? held : [];
}

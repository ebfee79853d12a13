/**
 * THE access rules: every action staff can take, with the roles allowed to take it. Declared
 * once, here; the routes, the console menu and the tests all read this table. Scope (which
 * agency) and the 三员分立 constraints on top of it are in `policy.ts`.
 *
 * 三员分立 (等保2.0): the system admin manages accounts, role grants and agencies but cannot read
 * the audit log; the security officer manages the security settings, unlocks accounts and reads
 * (does not change) accounts; the auditor reads and verifies the audit log and does nothing else.
 */
import type { Role } from './roles.ts';

export interface AccessRule {
  /** What the action is called in the console, in Chinese. */
  label: string;
  roles: readonly Role[];
}

export const accessTable = {
  'staffConsole.enter': {
    label: '进入工作台',
    roles: [
      'registrar',
      'handler',
      'reviewer',
      'approver',
      'agencyAdmin',
      'systemAdmin',
      'securityOfficer',
      'auditor',
    ],
  },
  'agency.read': {
    label: '查看机关信息',
    roles: ['registrar', 'handler', 'reviewer', 'agencyAdmin', 'systemAdmin', 'securityOfficer'],
  },
  'agency.create': { label: '新增机关', roles: ['systemAdmin'] },
  'agency.update': { label: '修改机关信息', roles: ['agencyAdmin', 'systemAdmin'] },
  'account.list': { label: '查看账号', roles: ['agencyAdmin', 'systemAdmin', 'securityOfficer'] },
  'account.create': { label: '新建账号', roles: ['agencyAdmin', 'systemAdmin'] },
  'account.update': { label: '修改或停用账号', roles: ['agencyAdmin', 'systemAdmin'] },
  'account.resetPassword': { label: '重置密码', roles: ['agencyAdmin', 'systemAdmin'] },
  'account.unlock': { label: '解锁账号', roles: ['securityOfficer'] },
  'role.grant': { label: '授予角色', roles: ['agencyAdmin', 'systemAdmin'] },
  'role.revoke': { label: '撤销角色', roles: ['agencyAdmin', 'systemAdmin'] },
  'audit.read': { label: '查看审计日志', roles: ['auditor'] },
  'audit.verify': { label: '核验审计日志', roles: ['auditor'] },
  'securitySettings.read': { label: '查看安全设置', roles: ['securityOfficer'] },
  'securitySettings.update': { label: '修改安全设置', roles: ['securityOfficer'] },
  'application.read': { label: '查看申请', roles: ['registrar', 'handler', 'reviewer'] },
  'application.register': { label: '登记申请', roles: ['registrar'] },
  'application.handle': { label: '办理申请', roles: ['handler'] },
  'application.review': { label: '审核答复', roles: ['reviewer'] },
  'application.viewPersonalData': { label: '查看申请人完整信息', roles: ['registrar', 'handler'] },
  'application.import': { label: '导入申请台账', roles: ['registrar'] },
  'replyTemplate.update': { label: '修改答复文书模板', roles: ['reviewer', 'agencyAdmin'] },
  'calendar.read': { label: '查看工作日历', roles: ['registrar', 'handler', 'reviewer', 'agencyAdmin', 'systemAdmin'] },
  'calendar.update': { label: '修改工作日历', roles: ['systemAdmin'] },
  'info.read': { label: '查看主动公开信息', roles: ['registrar', 'handler', 'reviewer', 'approver', 'agencyAdmin'] },
  'info.draft': { label: '起草主动公开信息', roles: ['handler'] },
  'info.reviewFirst': { label: '初审主动公开信息', roles: ['reviewer'] },
  'info.reviewSecond': { label: '复审主动公开信息', roles: ['reviewer'] },
  'info.reviewFinal': { label: '终审签发主动公开信息', roles: ['approver'] },
  'info.withdraw': { label: '撤回已发布信息', roles: ['approver'] },
  'catalog.configure': { label: '设置索引号规则和解读时限', roles: ['agencyAdmin'] },
  'classification.update': { label: '修改主题和体裁分类', roles: ['systemAdmin'] },
  'register.update': { label: '维护规章和规范性文件登记', roles: ['handler'] },
  'art20Figures.update': { label: '录入第二十条数据', roles: ['handler'] },
  'report.read': { label: '查看年度报告', roles: ['registrar', 'handler', 'reviewer'] },
  'report.edit': { label: '编辑年度报告', roles: ['handler'] },
  'report.publish': { label: '发布年度报告', roles: ['reviewer'] },
} as const satisfies Record<string, AccessRule>;

export type Action = keyof typeof accessTable;

export const actions = Object.keys(accessTable) as Action[];

/** Actions on staff accounts: an agency admin may take them only on accounts without a 三员 role. */
export const accountManagementActions: readonly Action[] = [
  'account.create',
  'account.update',
  'account.resetPassword',
  'account.unlock',
  'role.grant',
  'role.revoke',
];

/** Actions that change an account's roles: nobody may take them on their own account. */
export const roleChangingActions: readonly Action[] = ['role.grant', 'role.revoke'];

/** Whether the table lets the role take the action at all (before scope and constraints). */
export function isAllowedByTable(role: Role, action: Action): boolean {
  const allowed: readonly Role[] = accessTable[action].roles;
  return allowed.includes(role);
}

export function describeAction(action: Action): string {
  return accessTable[action].label;
}

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.hasOwn(accessTable, value);
}

/**
 * The staff console's side navigation. Each entry names the action it needs, and an entry shows only
 * when the access table lets one of the account's roles take that action somewhere.
 */
import type { Action } from '../../domain/access/access-table.ts';
import { can } from '../../domain/access/policy.ts';
import type { SignedInAccount } from '../../use-cases/resolve-session.ts';

export interface ConsoleNavItem {
  href: string;
  label: string;
  /** null: every signed-in account (its own settings); several: any one of them. */
  action: Action | readonly Action[] | null;
}

export const consoleNavItems: readonly ConsoleNavItem[] = [
  { href: '/console', label: '工作台', action: 'staffConsole.enter' },
  { href: '/console/applications', label: '依申请公开', action: 'application.read' },
  { href: '/console/applications/new', label: '登记申请', action: 'application.register' },
  { href: '/console/applications/import', label: '导入台账', action: 'application.import' },
  { href: '/console/catalog', label: '主动公开', action: 'info.read' },
  { href: '/console/catalog/reviews', label: '待我审核', action: ['info.reviewFirst', 'info.reviewSecond', 'info.reviewFinal'] },
  { href: '/console/register', label: '规范性文件', action: 'info.read' },
  { href: '/console/art20', label: '第二十条数据', action: 'info.read' },
  { href: '/console/catalog/settings', label: '目录设置', action: 'catalog.configure' },
  { href: '/console/classifications', label: '分类管理', action: 'classification.update' },
  { href: '/console/statistics', label: '申请统计', action: 'report.read' },
  { href: '/console/reply-templates', label: '文书模板', action: 'replyTemplate.update' },
  { href: '/console/calendar', label: '工作日历', action: 'calendar.read' },
  { href: '/console/agencies', label: '机关信息', action: 'agency.read' },
  { href: '/console/accounts', label: '账号管理', action: 'account.list' },
  { href: '/console/audit', label: '审计日志', action: 'audit.read' },
  { href: '/console/profile', label: '账号设置', action: null },
  { href: '/console/password', label: '修改密码', action: null },
];

/** The entries this account may see; only the password page while a password change is pending. */
export function listConsoleNav(account: SignedInAccount): ConsoleNavItem[] {
  if (account.mustChangePassword) return consoleNavItems.filter((item) => item.href === '/console/password');
  const principal = { accountId: account.id, grants: account.grants };
  return consoleNavItems.filter((item) => {
    if (item.action === null) return true;
    const anyOf: readonly Action[] = typeof item.action === 'string' ? [item.action] : item.action;
    return anyOf.some((action) => can(principal, action));
  });
}

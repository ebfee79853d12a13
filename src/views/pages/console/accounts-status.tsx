/** How an account is shown in the console: its status in words, and its roles. */
import type { Role } from '../../../domain/access/roles.ts';

export type AccountStatus = 'active' | 'locked' | 'disabled';

/** An account as the pages show it (the API presenter's shape). */
export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  agency: { code: string; name: string };
  status: AccountStatus;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  disabledAt: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  roles: GrantView[];
}

export interface GrantView {
  grantId: string;
  role: Role;
  roleName: string;
  agencyCode: string;
  agencyName: string;
  includeSubtree: boolean;
}

const statusLabels: Record<AccountStatus, string> = { active: '正常', locked: '已锁定', disabled: '已停用' };

export function StatusBadge({ status, mustChangePassword }: { status: AccountStatus; mustChangePassword: boolean }) {
  return (
    <span class={`status status-${status}`}>
      {statusLabels[status]}
      {mustChangePassword && status === 'active' ? '（待本人修改初始密码）' : ''}
    </span>
  );
}

/** 承办人（莲城县教育局）、审核人（莲城县人民政府，含下级机关） */
export function describeGrants(roles: readonly GrantView[]): string {
  if (roles.length === 0) return '未授予角色';
  return roles.map((g) => `${g.roleName}（${g.agencyName}${g.includeSubtree ? '，含下级机关' : ''}）`).join('、');
}

/** A time from the API shape, in China time, for people: 2025-03-01 16:30. */
export function formatTime(iso: string | null): string {
  if (iso === null) return '—';
  const shifted = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return shifted.toISOString().slice(0, 16).replace('T', ' ');
}

import { DomainError } from '../errors.ts';
import type { Action } from './access-table.ts';
import type { DenialReason } from './policy.ts';

const reasonMessages: Record<DenialReason, string> = {
  notPermitted: '您的角色没有执行此操作的权限。',
  outOfScope: '您只能处理本人授权范围内机关的事项。',
  selfRoleChange: '不能给自己授予或撤销角色。',
  separatedDutyRole: '机关管理员不能授予或撤销系统管理员、安全管理员、审计员角色。',
  separatedDutyAccount: '机关管理员不能管理持有系统管理员、安全管理员或审计员角色的账号。',
  separatedDutyConflict: '三员分立：同一账号不能同时担任系统管理员、安全管理员、审计员中的两种角色。',
  scopeEscalation: '不能授予比自己更大的管理范围（含下级机关）。',
  incompleteTarget: '缺少判断权限所需的信息，操作已被拒绝。',
};

/** Thrown when the access rules refuse an action; the HTTP edge maps `access_denied` to 403. */
export class AccessDeniedError extends DomainError {
  readonly action: Action;
  readonly reason: DenialReason;
  constructor(action: Action, reason: DenialReason) {
    super('access_denied', reasonMessages[reason]);
    this.action = action;
    this.reason = reason;
  }
}

export function describeDenial(reason: DenialReason): string {
  return reasonMessages[reason];
}

import { describe, expect, it } from 'vitest';
import { describeAction, isAction } from './access-table.ts';
import { describeDenial } from './access-denied-error.ts';
import { scopesFor } from './policy.ts';
import {
  describeRole,
  describeRoleDuties,
  findSeparatedDutyConflict,
  isRole,
  roles,
  type Principal,
} from './roles.ts';

describe('describeRole', () => {
  it('names every role in Chinese', () => {
    expect(roles.map(describeRole)).toEqual([
      '登记员',
      '承办人',
      '审核人',
      '签发人',
      '机关管理员',
      '系统管理员',
      '安全管理员',
      '审计员',
    ]);
  });

  it('describes what every role may do', () => {
    for (const role of roles) expect(describeRoleDuties(role)).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(describeRoleDuties('systemAdmin')).toContain('不能查看审计日志');
  });
});

describe('isRole / isAction', () => {
  it.each([
    ['handler', true],
    ['agencyAdmin', true],
    ['admin', false],
    ['Handler', false],
    [3, false],
  ])('isRole(%j) is %s', (value, expected) => {
    expect(isRole(value)).toBe(expected);
  });

  it('recognises actions and refuses inherited property names', () => {
    expect(isAction('audit.read')).toBe(true);
    expect(isAction('toString')).toBe(false);
    expect(isAction('audit.delete')).toBe(false);
  });

  it('labels actions in Chinese', () => {
    expect(describeAction('account.resetPassword')).toBe('重置密码');
  });
});

describe('findSeparatedDutyConflict', () => {
  it.each([
    [['systemAdmin', 'auditor'], ['systemAdmin', 'auditor']],
    [['systemAdmin', 'handler', 'agencyAdmin'], []],
    [['auditor', 'auditor'], []],
    [[], []],
  ] as const)('finds %j → %j', (held, conflict) => {
    expect(findSeparatedDutyConflict([...held])).toEqual(conflict);
  });
});

describe('scopesFor', () => {
  it('lists the agencies where the principal may take the action', () => {
    const principal: Principal = {
      accountId: 'me',
      grants: [
        { role: 'handler', agencyId: 'lcx-jyj', includeSubtree: false },
        { role: 'registrar', agencyId: 'lcx-gaj', includeSubtree: false },
        { role: 'reviewer', agencyId: 'lcx', includeSubtree: true },
      ],
    };
    expect(scopesFor(principal, 'application.read')).toEqual([
      { agencyId: 'lcx-jyj', includeSubtree: false },
      { agencyId: 'lcx-gaj', includeSubtree: false },
      { agencyId: 'lcx', includeSubtree: true },
    ]);
    expect(scopesFor(principal, 'application.handle')).toEqual([
      { agencyId: 'lcx-jyj', includeSubtree: false },
    ]);
    expect(scopesFor(principal, 'audit.read')).toEqual([]);
  });
});

describe('describeDenial', () => {
  it('explains a self role change in Chinese', () => {
    expect(describeDenial('selfRoleChange')).toBe('不能给自己授予或撤销角色。');
  });
});

import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles.ts';
import type { SignedInAccount } from '../../use-cases/resolve-session.ts';
import { listConsoleNav } from './console-nav.ts';

function accountWith(roles: Role[], mustChangePassword = false): SignedInAccount {
  return {
    id: 'me',
    username: 'me',
    displayName: '我',
    agency: { id: 'a', code: 'lcx-zrzy', name: '莲城县自然资源局' },
    grants: roles.map((role) => ({ role, agencyId: 'a', agencyCode: 'lcx-zrzy', agencyName: '莲城县自然资源局', includeSubtree: false })),
    mustChangePassword,
  };
}

const labelsFor = (roles: Role[], mustChange = false) => listConsoleNav(accountWith(roles, mustChange)).map((item) => item.label);

describe('listConsoleNav', () => {
  it.each([
    [['handler'], ['工作台', '依申请公开', '主动公开', '规范性文件', '第二十条数据', '申请统计', '工作日历', '机关信息', '账号设置', '修改密码']],
    [['registrar'], ['工作台', '依申请公开', '登记申请', '导入台账', '主动公开', '规范性文件', '第二十条数据', '申请统计', '工作日历', '机关信息', '账号设置', '修改密码']],
    [['reviewer'], ['工作台', '依申请公开', '主动公开', '待我审核', '规范性文件', '第二十条数据', '申请统计', '文书模板', '工作日历', '机关信息', '账号设置', '修改密码']],
    [['approver'], ['工作台', '主动公开', '待我审核', '规范性文件', '第二十条数据', '账号设置', '修改密码']],
    [['agencyAdmin'], ['工作台', '主动公开', '规范性文件', '第二十条数据', '目录设置', '文书模板', '工作日历', '机关信息', '账号管理', '账号设置', '修改密码']],
    [['auditor'], ['工作台', '审计日志', '账号设置', '修改密码']],
    [['systemAdmin'], ['工作台', '分类管理', '工作日历', '机关信息', '账号管理', '账号设置', '修改密码']],
    [[], ['账号设置', '修改密码']],
  ] as [Role[], string[]][])('shows %j the entries their roles allow', (roles, expected) => {
    expect(labelsFor(roles)).toEqual(expected);
  });

  it('never shows the audit log to a system admin (三员分立)', () => {
    expect(labelsFor(['systemAdmin', 'agencyAdmin'])).not.toContain('审计日志');
  });

  it('shows only the password page while a password change is pending', () => {
    expect(labelsFor(['systemAdmin'], true)).toEqual(['修改密码']);
  });
});

/** The audit trail's actions in Chinese, for the auditor (unknown ones are shown as they are stored). */

const actionLabels: Record<string, string> = {
  'account.login': '登录',
  'account.loginFailed': '登录失败',
  'account.locked': '账号因多次输错密码被锁定',
  'account.logout': '退出登录',
  'account.passwordChanged': '本人修改密码',
  'account.displayNameChanged': '本人修改姓名',
  'account.create': '新建账号',
  'account.passwordReset': '重置密码',
  'account.unlock': '解锁账号',
  'account.disable': '停用账号',
  'account.enable': '启用账号',
  'role.grant': '授予角色',
  'role.revoke': '撤销角色',
  'agency.update': '修改机关信息',
  'audit.verify': '核验审计日志',
  'system.start': '系统启动',
  'system.seedDemo': '写入演示数据',
  'application.submit': '网上提交申请',
  'application.register': '登记申请',
  'application.step': '登记办理步骤',
  'application.assign': '指定承办人',
  'application.transfer': '转送申请',
  'application.personalData.view': '查看申请人完整信息',
  'application.import': '导入申请台账',
  'replyTemplate.update': '修改文书模板',
  'replyTemplate.reset': '恢复默认文书模板',
  'calendar.update': '修改工作日历',
  'calendar.dueDatesRecomputed': '重算答复期限',
  'system.seedDemoApplications': '写入演示申请',
  'info.create': '起草主动公开信息',
  'info.edit': '修改草稿',
  'info.attachmentAdded': '上传附件',
  'info.attachmentRemoved': '删除附件',
  'info.submit': '提交审核',
  'info.approve': '审核通过',
  'info.sendBack': '退回修改',
  'info.publish': '定时发布',
  'info.withdraw': '撤回已发布信息',
  'register.recordEvent': '登记规范性文件修改、失效或废止',
  'register.expire': '规范性文件期满自动失效',
  'articleTwenty.save': '录入第二十条数据',
  'articleTwenty.import': '导入第二十条数据',
};

/** Filter choices: every known action, and the areas as prefixes. */
export const actionChoices: readonly { value: string; label: string }[] = [
  { value: 'account.', label: '账号（全部）' },
  { value: 'role.', label: '角色（全部）' },
  { value: 'agency.', label: '机关（全部）' },
  { value: 'audit.', label: '审计（全部）' },
  { value: 'system.', label: '系统（全部）' },
  { value: 'application.', label: '依申请公开（全部）' },
  { value: 'info.', label: '主动公开（全部）' },
  { value: 'register.', label: '规范性文件登记（全部）' },
  ...Object.entries(actionLabels).map(([value, label]) => ({ value, label })),
];

export function describeAuditAction(action: string): string {
  return actionLabels[action] ?? action;
}

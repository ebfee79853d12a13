/** The form for a new staff account: agency, username, name and an optional first role. */
import type { ComponentChildren } from 'preact';
import { describeRole, type Role } from '../../../domain/access/roles.ts';
import { usernameLength } from '../../../domain/accounts/account-rules.ts';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList, issuesFor } from '../../components/issue-list.tsx';
import type { AgencyOption } from './accounts-page.tsx';

export interface NewAccountValues {
  agencyCode: string;
  username: string;
  displayName: string;
  role: string;
  includeSubtree: boolean;
}

export interface AccountsNewPageProps {
  agencies: readonly AgencyOption[];
  roles: readonly Role[];
  values: NewAccountValues;
  issues: readonly Issue[];
}

export function AccountsNewPage({ agencies, roles, values, issues }: AccountsNewPageProps) {
  return (
    <section class="form-page" aria-labelledby="new-account-title">
      <p class="small">
        <a href="/console/accounts">← 账号管理</a>
      </p>
      <h1 id="new-account-title">新建账号</h1>
      <p>建立后系统会生成一次性密码，只显示一次；请当面或通过安全渠道交给本人，本人首次登录时必须修改。</p>
      <IssueList issues={issues} />
      <form method="post" action="/console/accounts/new" class="form">
        <CsrfField />
        <FieldShell id="agencyCode" label="所属机关" issues={issues}>
          <select id="agencyCode" name="agencyCode" required>
            {agencies.map((agency) => (
              <option key={agency.code} value={agency.code} selected={agency.code === values.agencyCode}>
                {agency.name}
              </option>
            ))}
          </select>
        </FieldShell>
        <FieldShell id="username" label="用户名" issues={issues} hint={`登录时使用，${usernameLength.min}至${usernameLength.max}个字符：小写英文字母、数字和“.”“_”“-”，例如 zhang.san`}>
          <input id="username" name="username" type="text" required autocomplete="off" maxLength={usernameLength.max} value={values.username} />
        </FieldShell>
        <FieldShell id="displayName" label="姓名" issues={issues}>
          <input id="displayName" name="displayName" type="text" required autocomplete="off" maxLength={32} value={values.displayName} />
        </FieldShell>
        <FieldShell id="role" label="初始角色" issues={issues} hint="可稍后在账号页面授予更多角色。审计员、安全管理员角色须待本人修改初始密码后再授予。">
          <select id="role" name="role">
            <option value="">暂不授予</option>
            {roles.map((role) => (
              <option key={role} value={role} selected={role === values.role}>
                {describeRole(role)}
              </option>
            ))}
          </select>
        </FieldShell>
        <p class="checkbox-line">
          <label>
            <input id="includeSubtree" name="includeSubtree" type="checkbox" value="on" checked={values.includeSubtree} /> 角色范围含下级机关
          </label>
        </p>
        <button type="submit" class="button button-primary">
          建立账号
        </button>
      </form>
    </section>
  );
}

interface FieldShellProps {
  id: string;
  label: string;
  issues: readonly Issue[];
  hint?: string;
  children: ComponentChildren;
}

/** Label, control, hint and this field's problems; the control carries its own attributes. */
export function FieldShell({ id, label, issues, hint, children }: FieldShellProps) {
  const own = issuesFor(issues, id);
  return (
    <div class={own.length > 0 ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children}
      {hint === undefined ? null : <p class="field-hint">{hint}</p>}
      {own.length === 0 ? null : <p class="field-error">{own.map((issue) => issue.message).join(' ')}</p>}
    </div>
  );
}

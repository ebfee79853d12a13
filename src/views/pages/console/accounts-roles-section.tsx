/** An account's role grants, each with a revoke button, and the form to grant another role. */
import { describeRole, describeRoleDuties, type Role } from '../../../domain/access/roles.ts';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { FieldShell } from './accounts-new-page.tsx';
import type { AgencyOption } from './accounts-page.tsx';
import type { AccountView } from './accounts-status.tsx';

export interface GrantFormValues {
  agencyCode: string;
  role: string;
  includeSubtree: boolean;
}

export interface AccountsRolesSectionProps {
  account: AccountView;
  canGrant: boolean;
  revocableGrantIds: readonly string[];
  options: { agencies: readonly AgencyOption[]; roles: readonly Role[] };
  values: GrantFormValues;
  issues: readonly Issue[];
}

export function AccountsRolesSection({ account, canGrant, revocableGrantIds, options, values, issues }: AccountsRolesSectionProps) {
  const base = `/console/accounts/${account.id}/roles`;
  return (
    <section class="panel" aria-labelledby="roles-title">
      <h2 id="roles-title">角色</h2>
      {account.roles.length === 0 ? (
        <p>该账号尚未授予角色，登录后只能进入工作台首页。</p>
      ) : (
        <ul class="role-list">
          {account.roles.map((grant) => (
            <li key={grant.grantId}>
              <strong>{grant.roleName}</strong>（{grant.agencyName}
              {grant.includeSubtree ? '，含下级机关' : ''}）：{describeRoleDuties(grant.role)}
              {revocableGrantIds.includes(grant.grantId) ? (
                <form method="post" action={`${base}/${encodeURIComponent(grant.grantId)}/revoke`} class="inline-form">
                  <CsrfField />
                  <button type="submit" class="button button-secondary button-small" aria-label={`撤销${grant.roleName}角色`}>
                    撤销
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canGrant && options.agencies.length > 0 && options.roles.length > 0 ? (
        <GrantForm action={base} options={options} values={values} issues={issues} />
      ) : null}
    </section>
  );
}

function GrantForm({ action, options, values, issues }: { action: string; options: AccountsRolesSectionProps['options']; values: GrantFormValues; issues: readonly Issue[] }) {
  return (
    <form method="post" action={action} class="form" aria-labelledby="grant-title">
      <h3 id="grant-title">授予角色</h3>
      <IssueList issues={issues} />
      <CsrfField />
      <FieldShell id="grant-agencyCode" label="机关" issues={issues.map((i) => ({ ...i, path: `grant-${i.path}` }))}>
        <select id="grant-agencyCode" name="agencyCode" required>
          {options.agencies.map((agency) => (
            <option key={agency.code} value={agency.code} selected={agency.code === values.agencyCode}>
              {agency.name}
            </option>
          ))}
        </select>
      </FieldShell>
      <FieldShell id="grant-role" label="角色" issues={issues.map((i) => ({ ...i, path: `grant-${i.path}` }))}>
        <select id="grant-role" name="role" required>
          {options.roles.map((role) => (
            <option key={role} value={role} selected={role === values.role}>
              {describeRole(role)}
            </option>
          ))}
        </select>
      </FieldShell>
      <p class="checkbox-line">
        <label>
          <input id="grant-includeSubtree" name="includeSubtree" type="checkbox" value="on" checked={values.includeSubtree} /> 含下级机关
        </label>
      </p>
      <p class="field-hint">三员分立：同一账号不能兼任系统管理员、安全管理员、审计员中的两种；不能给自己授予角色。</p>
      <button type="submit" class="button button-primary">
        授予
      </button>
    </form>
  );
}

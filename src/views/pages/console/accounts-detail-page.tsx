/**
 * One staff account: who it is, its status and roles, and the actions this staff member may take on
 * it (each a small POST form that works without JavaScript).
 */
import type { Role } from '../../../domain/access/roles.ts';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';
import { AccountsRolesSection, type GrantFormValues } from './accounts-roles-section.tsx';
import type { AgencyOption } from './accounts-page.tsx';
import { formatTime, StatusBadge, type AccountView } from './accounts-status.tsx';

export interface AccountPermissions {
  canResetPassword: boolean;
  canUnlock: boolean;
  canChangeStatus: boolean;
  canGrant: boolean;
  /** The grants this staff member may revoke. */
  revocableGrantIds: readonly string[];
}

export interface AccountsDetailPageProps {
  account: AccountView;
  permissions: AccountPermissions;
  grantOptions: { agencies: readonly AgencyOption[]; roles: readonly Role[] };
  grantValues: GrantFormValues;
  issues: readonly Issue[];
  notice: string | null;
}

export function AccountsDetailPage(props: AccountsDetailPageProps) {
  const { account, permissions, notice } = props;
  return (
    <>
      <p class="small">
        <a href="/console/accounts">← 账号管理</a>
      </p>
      <h1>
        {account.displayName}
        <span class="muted">（{account.username}）</span>
      </h1>
      {notice === null ? null : <Notice kind="success">{notice}</Notice>}
      <section class="panel" aria-labelledby="account-title">
        <h2 id="account-title">账号信息</h2>
        <dl class="detail-list">
          <Row label="所属机关" value={account.agency.name} />
          <div>
            <dt>状态</dt>
            <dd>
              <StatusBadge status={account.status} mustChangePassword={account.mustChangePassword} />
            </dd>
          </div>
          {account.status === 'locked' ? <Row label="锁定至" value={formatTime(account.lockedUntil)} /> : null}
          {account.disabledAt === null ? null : <Row label="停用时间" value={formatTime(account.disabledAt)} />}
          <Row label="最近登录" value={formatTime(account.lastLoginAt)} />
          <Row label="建立时间" value={formatTime(account.createdAt)} />
        </dl>
      </section>
      <AccountsRolesSection
        account={account}
        canGrant={permissions.canGrant}
        revocableGrantIds={permissions.revocableGrantIds}
        options={props.grantOptions}
        values={props.grantValues}
        issues={props.issues}
      />
      <AccountActions account={account} permissions={permissions} />
    </>
  );
}

function AccountActions({ account, permissions }: { account: AccountView; permissions: AccountPermissions }) {
  const { canResetPassword, canUnlock, canChangeStatus } = permissions;
  if (!canResetPassword && !canUnlock && !canChangeStatus) return null;
  const base = `/console/accounts/${account.id}`;
  const isDisabled = account.status === 'disabled';
  return (
    <section class="panel" aria-labelledby="actions-title">
      <h2 id="actions-title">账号操作</h2>
      {canResetPassword ? (
        <ActionForm action={`${base}/password-reset`} label="重置密码" hint="生成新的一次性密码（只显示一次），并结束该账号的所有登录会话。" />
      ) : null}
      {canUnlock && account.status === 'locked' ? (
        <ActionForm action={`${base}/unlock`} label="解锁账号" hint="清除连续输错密码造成的锁定。" />
      ) : null}
      {canChangeStatus ? (
        <ActionForm
          action={`${base}/${isDisabled ? 'enable' : 'disable'}`}
          label={isDisabled ? '重新启用' : '停用账号'}
          hint={isDisabled ? '恢复该账号的登录。' : '停用后该账号不能登录，已登录的会话立即结束；账号和审计记录保留。'}
        />
      ) : null}
    </section>
  );
}

function ActionForm({ action, label, hint }: { action: string; label: string; hint: string }) {
  return (
    <form method="post" action={action} class="action-form">
      <CsrfField />
      <button type="submit" class="button button-secondary">
        {label}
      </button>
      <p class="field-hint">{hint}</p>
    </form>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

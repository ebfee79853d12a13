/** The console's first page: who is signed in, their roles and duties, and what they may do. */
import { accessTable, actions, type Action } from '../../../domain/access/access-table.ts';
import { can } from '../../../domain/access/policy.ts';
import { describeRole, describeRoleDuties } from '../../../domain/access/roles.ts';
import type { SignedInAccount } from '../../../use-cases/resolve-session.ts';
import { Notice } from '../../components/notice.tsx';
import { listConsoleNav } from '../../layouts/console-nav.ts';

export interface DashboardPageProps {
  account: SignedInAccount;
  /** A message after a redirect (e.g. the password was changed). */
  notice: string | null;
}

export function DashboardPage({ account, notice }: DashboardPageProps) {
  const principal = { accountId: account.id, grants: account.grants };
  const allowed = actions.filter((action: Action) => action !== 'staffConsole.enter' && can(principal, action));
  const links = listConsoleNav(account).filter((item) => item.href !== '/console');
  return (
    <>
      <h1>工作台</h1>
      {notice === null ? null : <Notice kind="success">{notice}</Notice>}
      <section class="panel" aria-labelledby="whoami-title">
        <h2 id="whoami-title">当前账号</h2>
        <dl class="detail-list">
          <div>
            <dt>姓名</dt>
            <dd>{account.displayName}</dd>
          </div>
          <div>
            <dt>用户名</dt>
            <dd>{account.username}</dd>
          </div>
          <div>
            <dt>所属机关</dt>
            <dd>{account.agency.name}</dd>
          </div>
        </dl>
      </section>
      <section class="panel" aria-labelledby="roles-title">
        <h2 id="roles-title">角色与职责</h2>
        <ul class="role-list">
          {account.grants.map((g) => (
            <li key={`${g.agencyId}-${g.role}`}>
              <strong>{describeRole(g.role)}</strong>
              <span class="muted">
                （{g.agencyName}
                {g.includeSubtree ? '及下级机关' : ''}）
              </span>
              ：{describeRoleDuties(g.role)}
            </li>
          ))}
        </ul>
      </section>
      <section class="panel" aria-labelledby="can-title">
        <h2 id="can-title">您可以办理的事项</h2>
        {allowed.length === 0 ? (
          <p>当前角色除进入工作台外没有其他操作权限。</p>
        ) : (
          <ul class="tag-list">
            {allowed.map((action) => (
              <li key={action}>{accessTable[action].label}</li>
            ))}
          </ul>
        )}
        <p class="muted small">部分功能（主动公开目录、年度报告编制等）正在建设中，建成后将出现在左侧导航中。</p>
        {links.length === 0 ? null : (
          <ul class="link-list">
            {links.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

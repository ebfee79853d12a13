/** The staff console: who is signed in (agency and roles in Chinese), the side nav, sign-out. */
import type { ComponentChildren } from 'preact';
import { describeRole } from '../../domain/access/roles.ts';
import type { SignedInAccount } from '../../use-cases/resolve-session.ts';
import { CsrfField } from '../components/csrf-field.tsx';
import { DisplayToggle } from '../components/display-toggle.tsx';
import { usePageContext } from '../page-context.ts';
import { listConsoleNav } from './console-nav.ts';

export function ConsoleLayout({ children }: { children: ComponentChildren }) {
  const { account, site } = usePageContext();
  return (
    <>
      <header class="console-header">
        <div class="console-header-inner">
          <a class="console-brand" href={account === null ? '/' : '/console'}>
            <span class="console-brand-name">政务公开工作台</span>
            <span class="console-brand-site">{site.name}</span>
          </a>
          <div class="console-user">
            <DisplayToggle />
            {account === null ? <a href="/">返回门户首页</a> : <AccountBadge account={account} />}
          </div>
        </div>
      </header>
      <div class="console-body">
        {account === null ? null : <ConsoleNav account={account} />}
        <main id="main" class="console-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}

function AccountBadge({ account }: { account: SignedInAccount }) {
  return (
    <div class="account-badge">
      <p class="account-name">
        {account.displayName}
        <span class="account-username">（{account.username}）</span>
      </p>
      <p class="account-agency">
        {account.agency.name}
        {account.grants.length === 0 ? ' · 未授予角色' : ` · ${describeGrants(account)}`}
      </p>
      <form method="post" action="/logout" class="sign-out-form">
        <CsrfField />
        <button type="submit" class="button button-secondary button-small">
          退出登录
        </button>
      </form>
    </div>
  );
}

/** 承办人、审核人 — with the agency added where a role is held elsewhere than the home agency. */
export function describeGrants(account: SignedInAccount): string {
  return account.grants
    .map((g) => {
      const where = g.agencyId === account.agency.id ? '' : `（${g.agencyName}）`;
      return `${describeRole(g.role)}${where}${g.includeSubtree ? '（含下级机关）' : ''}`;
    })
    .join('、');
}

function ConsoleNav({ account }: { account: SignedInAccount }) {
  const { currentPath } = usePageContext();
  const items = listConsoleNav(account);
  const path = currentPath.split('?')[0] ?? currentPath;
  // The longest matching entry is the current one: /console/applications/new is 登记申请, not also 依申请公开.
  const current = items
    .filter((item) => (item.href === '/console' ? path === '/console' : path === item.href || path.startsWith(`${item.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav class="console-nav" aria-label="工作台导航">
      <ul>
        {items.map((item) => {
          const isCurrent = item === current;
          return (
            <li key={item.href}>
              <a href={item.href} aria-current={isCurrent ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

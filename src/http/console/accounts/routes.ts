/**
 * The console's account pages: the list (`/console/accounts`), the new-account form
 * (`/console/accounts/new`) and one account (`/console/accounts/:accountId`). The actions on an
 * account are in action-routes.ts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { listAgencies as listAllAgencies } from '../../../db/repositories/agencies.ts';
import { can } from '../../../domain/access/policy.ts';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { createAccount } from '../../../use-cases/create-account.ts';
import { getAccount } from '../../../use-cases/get-account.ts';
import { listAccounts } from '../../../use-cases/list-accounts.ts';
import { AccountsDetailPage } from '../../../views/pages/console/accounts-detail-page.tsx';
import { AccountsNewPage, type NewAccountValues } from '../../../views/pages/console/accounts-new-page.tsx';
import { AccountsPage } from '../../../views/pages/console/accounts-page.tsx';
import { AccountsPasswordPage } from '../../../views/pages/console/accounts-password-page.tsx';
import type { GrantFormValues } from '../../../views/pages/console/accounts-roles-section.tsx';
import { actorOf, administrationDepsOf, formFields, nowOf, paramOf } from '../../api/accounts/administration-routing.ts';
import { presentAccount } from '../../api/accounts/presenter.ts';
import { accountListFilter } from '../../api/accounts/schema.ts';
import { renderPage } from '../../render-page.tsx';
import { loadAgencyAncestry, requirePrincipal } from '../../route-access.ts';
import { parseInput } from '../../validation.ts';
import { decideAccountPermissions, listGrantOptions, listNewAccountOptions, type AgencyTree } from './account-permissions.ts';
import { textFields } from './form-values.ts';

const notices: Record<string, string> = {
  unlocked: '账号已解锁。',
  disabled: '账号已停用，其登录会话已全部结束。',
  enabled: '账号已重新启用。',
  granted: '角色已授予。',
  revoked: '角色已撤销。',
};

export function registerAccountConsoleRoutes(app: FastifyInstance): void {
  app.get('/console/accounts', { config: { access: { kind: 'action', action: 'account.list' } } }, async (request, reply) => {
    const principal = requirePrincipal(request);
    const { agencyCode } = parseInput(accountListFilter, request.query);
    const list = await listAccounts(administrationDepsOf(request), { principal, ...(agencyCode === undefined ? {} : { agencyCode }) });
    const byId = new Map(list.agencies.map((a) => [a.id, a]));
    const accounts = list.accounts.map((item) => presentAccount(item, byId, nowOf(request)));
    const scope = list.scope.map(({ code, name }) => ({ code, name }));
    const page = h(AccountsPage, { accounts, scope, selectedAgencyCode: agencyCode ?? null, canCreate: can(principal, 'account.create') });
    return renderPage(reply, page, { title: '账号管理', layout: 'console' });
  });

  app.get('/console/accounts/new', { config: { access: { kind: 'action', action: 'account.create' } } }, async (request, reply) =>
    renderNewAccountPage(request, reply, { agencyCode: '', username: '', displayName: '', role: '', includeSubtree: false }, []),
  );

  app.post('/console/accounts/new', { config: { access: { kind: 'action', action: 'account.create' } } }, async (request, reply) => {
    const command = { actor: actorOf(request), input: formFields(request.body), now: nowOf(request) };
    const outcome = await createAccount(administrationDepsOf(request), command);
    if (!outcome.ok) return renderNewAccountPage(request, reply, newAccountValues(request.body), outcome.issues);
    const detail = await getAccount(administrationDepsOf(request), { principal: requirePrincipal(request), accountId: outcome.value.account.id });
    const account = presentAccount(detail, new Map(detail.agencies.map((a) => [a.id, a])), nowOf(request));
    const page = h(AccountsPasswordPage, { kind: 'created', account, oneTimePassword: outcome.value.oneTimePassword, sessionsEnded: 0 });
    return renderPage(reply, page, { title: '账号已建立', layout: 'console', status: 201 });
  });

  app.get('/console/accounts/:accountId', { config: { access: { kind: 'action', action: 'account.list' } } }, async (request, reply) => {
    const done = (request.query as Record<string, unknown> | undefined)?.['done'];
    const notice = typeof done === 'string' ? (notices[done] ?? null) : null;
    return renderAccountPage(request, reply, { notice, issues: [], values: null });
  });
}

export interface AccountPageState {
  notice: string | null;
  issues: readonly Issue[];
  /** The grant form as submitted, shown again with its problems; null: empty. */
  values: GrantFormValues | null;
}

export async function renderAccountPage(request: FastifyRequest, reply: FastifyReply, state: AccountPageState): Promise<FastifyReply> {
  const principal = requirePrincipal(request);
  const detail = await getAccount(administrationDepsOf(request), { principal, accountId: paramOf(request, 'accountId') });
  const tree = await loadTree(request, detail.agencies);
  const account = presentAccount(detail, new Map(detail.agencies.map((a) => [a.id, a])), nowOf(request));
  const options = listGrantOptions(principal, detail, tree);
  const page = h(AccountsDetailPage, {
    account,
    permissions: decideAccountPermissions(principal, detail, tree),
    grantOptions: { agencies: options.agencies.map(({ code, name }) => ({ code, name })), roles: options.roles },
    grantValues: state.values ?? { agencyCode: '', role: '', includeSubtree: false },
    issues: state.issues,
    notice: state.notice,
  });
  return renderPage(reply, page, { title: account.displayName, layout: 'console', status: state.issues.length > 0 ? 422 : 200 });
}

async function renderNewAccountPage(request: FastifyRequest, reply: FastifyReply, values: NewAccountValues, issues: readonly Issue[]): Promise<FastifyReply> {
  const principal = requirePrincipal(request);
  const agencies = await listAllAgencies(request.server.deps.handle.db);
  const options = listNewAccountOptions(principal, await loadTree(request, agencies));
  const page = h(AccountsNewPage, { agencies: options.agencies.map(({ code, name }) => ({ code, name })), roles: options.roles, values, issues });
  return renderPage(reply, page, { title: '新建账号', layout: 'console', status: issues.length > 0 ? 422 : 200 });
}

async function loadTree(request: FastifyRequest, agencies: AgencyTree['agencies']): Promise<AgencyTree> {
  return { agencies, ancestry: await loadAgencyAncestry(request.server.deps.handle.db) };
}

function newAccountValues(body: unknown): NewAccountValues {
  const text = textFields(body, ['agencyCode', 'username', 'displayName', 'role']);
  return { agencyCode: text['agencyCode'] ?? '', username: text['username'] ?? '', displayName: text['displayName'] ?? '', role: text['role'] ?? '', includeSubtree: text['includeSubtree'] === 'on' };
}

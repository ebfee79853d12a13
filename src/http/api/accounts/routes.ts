/**
 * The account API: list, show, create, reset the password, unlock, disable and enable. Role grants
 * are in role-routes.ts. Each route's `access` is the coarse check (may the principal take this
 * action anywhere?); the use case then checks the account's own agency and roles.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createAccount, newAccountSchema } from '../../../use-cases/create-account.ts';
import { getAccount } from '../../../use-cases/get-account.ts';
import { listAccounts } from '../../../use-cases/list-accounts.ts';
import { resetPassword } from '../../../use-cases/reset-password.ts';
import { setAccountEnabled } from '../../../use-cases/set-account-enabled.ts';
import { unlockAccount } from '../../../use-cases/unlock-account.ts';
import { errorResponseSchema, jsonSchemaOf } from '../../openapi.ts';
import { requirePrincipal } from '../../route-access.ts';
import { parseInput } from '../../validation.ts';
import { accountCommandOf, administrationDepsOf, commandOf, documentationOnly, nowOf, paramOf, valueOrThrow } from './administration-routing.ts';
import { presentAccount } from './presenter.ts';
import { accountListFilter, accountListQuery, accountListResponse, accountParams, accountResponse, accountWithPasswordResponse } from './schema.ts';

const tags = ['账号'];
const read = [{ session: [] }];
const write = [{ session: [], csrf: [] }];
const errors = { 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

export function registerAccountApiRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/accounts',
    {
      config: { access: { kind: 'action', action: 'account.list' } },
      schema: {
        summary: '本人权限范围内的账号',
        tags,
        security: read,
        querystring: accountListQuery,
        response: { 200: accountListResponse, 422: errorResponseSchema, ...errors },
      },
      validatorCompiler: documentationOnly,
    },
    async (request) => {
      const { agencyCode } = parseInput(accountListFilter, request.query);
      const filter = agencyCode === undefined ? {} : { agencyCode };
      const list = await listAccounts(administrationDepsOf(request), { principal: requirePrincipal(request), ...filter });
      const byId = new Map(list.agencies.map((a) => [a.id, a]));
      return { accounts: list.accounts.map((item) => presentAccount(item, byId, nowOf(request))) };
    },
  );

  app.get(
    '/api/v1/accounts/:accountId',
    {
      config: { access: { kind: 'action', action: 'account.list' } },
      schema: { summary: '一个账号及其角色', tags, security: read, params: accountParams, response: { 200: accountResponse, ...errors } },
      validatorCompiler: documentationOnly,
    },
    async (request) => presentDetail(request),
  );

  app.post(
    '/api/v1/accounts',
    {
      config: { access: { kind: 'action', action: 'account.create' } },
      schema: {
        summary: '新建账号（可同时授予一个初始角色；返回只显示一次的一次性密码）',
        tags,
        security: write,
        body: jsonSchemaOf(newAccountSchema),
        response: { 201: accountWithPasswordResponse, 422: errorResponseSchema, ...errors },
      },
      validatorCompiler: documentationOnly,
    },
    async (request, reply) => {
      const command = { ...commandOf(request), input: request.body };
      const created = valueOrThrow(await createAccount(administrationDepsOf(request), command));
      const account = await presentDetail(request, created.account.id);
      return reply.status(201).send({ account, oneTimePassword: created.oneTimePassword });
    },
  );

  app.post(
    '/api/v1/accounts/:accountId/password-reset',
    {
      // Ordinary accounts: agency admin and system admin (account.resetPassword); 三员 accounts: only the
      // security officer (separated-duty-guards.ts). account.list is held by exactly these roles.
      config: { access: { kind: 'action', action: 'account.list' } },
      schema: {
        summary: '重置密码（返回只显示一次的一次性密码；该账号的所有会话结束）',
        tags,
        security: write,
        params: accountParams,
        response: { 200: accountWithPasswordResponse, ...errors },
      },
      validatorCompiler: documentationOnly,
    },
    async (request) => {
      const reset = await resetPassword(administrationDepsOf(request), accountCommandOf(request));
      return { account: await presentDetail(request, reset.account.id), oneTimePassword: reset.oneTimePassword };
    },
  );

  app.post(
    '/api/v1/accounts/:accountId/unlock',
    {
      config: { access: { kind: 'action', action: 'account.unlock' } },
      schema: { summary: '解锁因多次输错密码而锁定的账号', tags, security: write, params: accountParams, response: { 200: accountResponse, ...errors } },
      validatorCompiler: documentationOnly,
    },
    async (request) => {
      await unlockAccount(administrationDepsOf(request), accountCommandOf(request));
      return presentDetail(request);
    },
  );

  for (const [verb, enabled, summary] of [['disable', false, '停用账号（立即结束其所有会话）'], ['enable', true, '重新启用账号']] as const) {
    app.post(
      `/api/v1/accounts/:accountId/${verb}`,
      {
        config: { access: { kind: 'action', action: 'account.update' } },
        schema: { summary, tags, security: write, params: accountParams, response: { 200: accountResponse, ...errors } },
        validatorCompiler: documentationOnly,
      },
      async (request) => {
        await setAccountEnabled(administrationDepsOf(request), { ...accountCommandOf(request), enabled });
        return presentDetail(request);
      },
    );
  }
}

/** The account as the caller may see it now (after a change: read back, as stored). */
export async function presentDetail(request: FastifyRequest, accountId = paramOf(request, 'accountId')) {
  const detail = await getAccount(administrationDepsOf(request), { principal: requirePrincipal(request), accountId });
  return presentAccount(detail, new Map(detail.agencies.map((a) => [a.id, a])), nowOf(request));
}

/** Role grants through the API: `POST /api/v1/accounts/:accountId/roles`, `DELETE …/roles/:grantId`. */
import type { FastifyInstance } from 'fastify';
import { grantRole, roleGrantSchema } from '../../../use-cases/grant-role.ts';
import { revokeRole } from '../../../use-cases/revoke-role.ts';
import { errorResponseSchema, jsonSchemaOf } from '../../openapi.ts';
import { accountCommandOf, administrationDepsOf, documentationOnly, paramOf, valueOrThrow } from './administration-routing.ts';
import { presentDetail } from './routes.ts';
import { accountParams, grantParams, rolesResponse } from './schema.ts';

const tags = ['账号'];
const write = [{ session: [], csrf: [] }];
const errors = { 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

export function registerRoleApiRoutes(app: FastifyInstance): void {
  app.post(
    '/api/v1/accounts/:accountId/roles',
    {
      config: { access: { kind: 'action', action: 'role.grant' } },
      schema: {
        summary: '授予角色（三员分立：不能授予自己，同一账号不能兼任两种三员角色）',
        tags,
        security: write,
        params: accountParams,
        body: jsonSchemaOf(roleGrantSchema),
        response: { 200: rolesResponse, 422: errorResponseSchema, ...errors },
      },
      validatorCompiler: documentationOnly,
    },
    async (request) => {
      const command = { ...accountCommandOf(request), input: request.body };
      valueOrThrow(await grantRole(administrationDepsOf(request), command));
      return { roles: (await presentDetail(request)).roles };
    },
  );

  app.delete(
    '/api/v1/accounts/:accountId/roles/:grantId',
    {
      config: { access: { kind: 'action', action: 'role.revoke' } },
      schema: { summary: '撤销一项角色授权', tags, security: write, params: grantParams, response: { 200: rolesResponse, ...errors } },
      validatorCompiler: documentationOnly,
    },
    async (request) => {
      const command = { ...accountCommandOf(request), grantId: paramOf(request, 'grantId') };
      await revokeRole(administrationDepsOf(request), command);
      return { roles: (await presentDetail(request)).roles };
    },
  );
}

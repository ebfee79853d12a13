/** `GET /api/v1/me` (who am I) and `PATCH /api/v1/me` (change my display name). */
import type { FastifyInstance } from 'fastify';
import { changeDisplayName } from '../../../use-cases/change-display-name.ts';
import { ValidationError } from '../../http-errors.ts';
import { errorResponseSchema, jsonSchemaOf } from '../../openapi.ts';
import { requireAccount } from '../../route-access.ts';
import { createChangeDisplayNameDeps } from '../../sign-in-stores.ts';
import { parseInput } from '../../validation.ts';
import { presentMe } from './presenter.ts';
import { meResponse, updateMeBody } from './schema.ts';

const tags = ['账号'];
const security = [{ session: [] }];

export function registerApiMeRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/me',
    {
      config: { access: { kind: 'signedIn' } },
      schema: { summary: '当前登录的账号', tags, security, response: { 200: meResponse, 401: errorResponseSchema } },
    },
    async (request) => presentMe(requireAccount(request)),
  );

  app.patch(
    '/api/v1/me',
    {
      config: { access: { kind: 'action', action: 'staffConsole.enter' } },
      schema: {
        summary: '修改本人姓名',
        tags,
        security: [{ session: [], csrf: [] }],
        body: jsonSchemaOf(updateMeBody),
        response: { 200: meResponse, 401: errorResponseSchema, 403: errorResponseSchema, 422: errorResponseSchema },
      },
    },
    async (request) => {
      const body = parseInput(updateMeBody, request.body);
      const account = requireAccount(request);
      const result = await changeDisplayName(createChangeDisplayNameDeps(request.server.deps.handle.db), {
        account: { id: account.id, displayName: account.displayName, agencyId: account.agency.id },
        displayName: body.displayName,
        ip: request.ip,
        now: request.server.deps.now(),
      });
      if (!result.ok) throw new ValidationError(result.issues);
      return presentMe({ ...account, displayName: result.displayName });
    },
  );
}

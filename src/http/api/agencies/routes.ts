/** The agency API: `GET /api/v1/agencies`, `GET` and `PATCH /api/v1/agencies/:agencyCode`. */
import type { FastifyInstance } from 'fastify';
import { getAgency } from '../../../use-cases/get-agency.ts';
import { listAgencies } from '../../../use-cases/list-agencies.ts';
import { disclosureOfficeSchema, updateDisclosureOffice } from '../../../use-cases/update-disclosure-office.ts';
import { errorResponseSchema, jsonSchemaOf } from '../../openapi.ts';
import { requirePrincipal } from '../../route-access.ts';
import { actorOf, administrationDepsOf, documentationOnly, nowOf, paramOf, valueOrThrow } from '../accounts/administration-routing.ts';
import { presentAgency } from './presenter.ts';
import { agencyListResponse, agencyParams, agencyResponse } from './schema.ts';

const tags = ['机关'];
const errors = { 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

export function registerAgencyApiRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/agencies',
    {
      config: { access: { kind: 'action', action: 'agency.read' } },
      schema: { summary: '本人权限范围内的机关（按代码排序，含上级机关代码）', tags, security: [{ session: [] }], response: { 200: agencyListResponse, ...errors } },
    },
    async (request) => {
      const { agencies, allAgencies } = await listAgencies(administrationDepsOf(request), { principal: requirePrincipal(request) });
      const byId = new Map(allAgencies.map((a) => [a.id, a]));
      return { agencies: agencies.map((agency) => presentAgency(agency, byId)) };
    },
  );

  app.get(
    '/api/v1/agencies/:agencyCode',
    {
      config: { access: { kind: 'action', action: 'agency.read', target: 'agencyParam' } },
      schema: { summary: '一个机关及其政府信息公开工作机构信息', tags, security: [{ session: [] }], params: agencyParams, response: { 200: agencyResponse, ...errors } },
      validatorCompiler: documentationOnly,
    },
    async (request) => {
      const { agency, parent } = await getAgency(administrationDepsOf(request), { principal: requirePrincipal(request), code: paramOf(request, 'agencyCode') });
      return presentAgency(agency, new Map(parent === null ? [] : [[parent.id, parent]]));
    },
  );

  app.patch(
    '/api/v1/agencies/:agencyCode',
    {
      config: { access: { kind: 'action', action: 'agency.update', target: 'agencyParam' } },
      schema: {
        summary: '修改机关的政府信息公开工作机构信息和统一社会信用代码（未提供的字段不变，空字符串或 null 清空）',
        tags,
        security: [{ session: [], csrf: [] }],
        params: agencyParams,
        body: jsonSchemaOf(disclosureOfficeSchema),
        response: { 200: agencyResponse, 422: errorResponseSchema, ...errors },
      },
      validatorCompiler: documentationOnly,
    },
    async (request) => {
      const deps = administrationDepsOf(request);
      const command = { actor: actorOf(request), code: paramOf(request, 'agencyCode'), input: request.body, now: nowOf(request) };
      const agency = valueOrThrow(await updateDisclosureOffice(deps, command));
      const { parent } = await getAgency(deps, { principal: requirePrincipal(request), code: agency.code });
      return presentAgency(agency, new Map(parent === null ? [] : [[parent.id, parent]]));
    },
  );
}

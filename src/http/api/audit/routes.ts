/** The audit API, for the auditor only: `GET /api/v1/audit-entries`, `POST /api/v1/audit-entries/verify`. */
import type { FastifyInstance } from 'fastify';
import { checkAuditTrail } from '../../../use-cases/check-audit-trail.ts';
import { auditFilterSchema, listAuditEntries } from '../../../use-cases/list-audit-entries.ts';
import { errorResponseSchema, jsonSchemaOf } from '../../openapi.ts';
import { requirePrincipal } from '../../route-access.ts';
import { actorOf, administrationDepsOf, documentationOnly, nowOf, valueOrThrow } from '../accounts/administration-routing.ts';
import { presentAuditEntry, presentVerification } from './presenter.ts';
import { auditPageResponse, verificationResponse } from './schema.ts';

const tags = ['审计日志'];
const errors = { 401: errorResponseSchema, 403: errorResponseSchema };

export function registerAuditApiRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/audit-entries',
    {
      config: { access: { kind: 'action', action: 'audit.read' } },
      schema: {
        summary: '审计日志（仅审计员；按时间倒序，可按日期、操作、操作人、机关筛选，分页）',
        tags,
        security: [{ session: [] }],
        querystring: jsonSchemaOf(auditFilterSchema),
        response: { 200: auditPageResponse, 422: errorResponseSchema, ...errors },
      },
      validatorCompiler: documentationOnly,
    },
    async (request) => {
      const page = valueOrThrow(await listAuditEntries(administrationDepsOf(request), { principal: requirePrincipal(request), input: request.query }));
      const byId = new Map(page.agencies.map((a) => [a.id, a]));
      const { total, pageSize, pageCount } = page;
      return { entries: page.entries.map((entry) => presentAuditEntry(entry, byId)), total, page: page.page, pageSize, pageCount };
    },
  );

  app.post(
    '/api/v1/audit-entries/verify',
    {
      config: { access: { kind: 'action', action: 'audit.verify' } },
      schema: { summary: '核验审计日志的哈希链（仅审计员；核验本身也记入审计日志）', tags, security: [{ session: [], csrf: [] }], response: { 200: verificationResponse, ...errors } },
    },
    async (request) => presentVerification(await checkAuditTrail(administrationDepsOf(request), { actor: actorOf(request), now: nowOf(request) })),
  );
}

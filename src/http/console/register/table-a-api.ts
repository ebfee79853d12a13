/**
 * `GET /api/v1/agencies/:agencyCode/table-a?year=…[&subtree=1]` (`info.read` in the agency): table A
 * (`proactive` of the canonical report JSON) from the register and the Art. 20 figures, for
 * compiling the annual report.
 */
import type { FastifyInstance } from 'fastify';
import { yearOf } from '../../../domain/calendar/iso-date.ts';
import { createRegisterDeps } from '../../../db/stores/register-store.ts';
import { chinaDateOf } from '../../../use-cases/applications/china-date.ts';
import { getTableA } from '../../../use-cases/catalog/register/get-table-a.ts';
import { firstRegisterYear } from '../../../use-cases/catalog/register/register-selection.ts';
import { ValidationError } from '../../http-errors.ts';
import { errorResponseSchema } from '../../openapi.ts';
import { requirePrincipal } from '../../route-access.ts';
import { documentationOnly, nowOf, paramOf } from '../../api/accounts/administration-routing.ts';
import { presentTableA } from './presenter.ts';
import { tableAParams, tableAQuery, tableAResponse } from './schema.ts';

const errors = { 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 422: errorResponseSchema };

export function registerTableAApiRoute(app: FastifyInstance): void {
  app.get(
    '/api/v1/agencies/:agencyCode/table-a',
    {
      config: { access: { kind: 'action', action: 'info.read', target: 'agencyParam' } },
      schema: {
        summary: '年度报告表二（主动公开政府信息情况）：由规章和行政规范性文件登记簿与第二十条数据统计',
        tags: ['主动公开'],
        security: [{ session: [] }],
        params: tableAParams,
        querystring: tableAQuery,
        response: { 200: tableAResponse, ...errors },
      },
      validatorCompiler: documentationOnly,
    },
    async (request) => {
      const now = nowOf(request);
      const query = (typeof request.query === 'object' && request.query !== null ? request.query : {}) as Record<string, unknown>;
      const year = checkYear(query['year'], yearOf(chinaDateOf(now)));
      const subtree = query['subtree'] === '1' || query['subtree'] === 'true' ? '1' : '0';
      const table = await getTableA(createRegisterDeps(request.server.deps.handle.db, request.server.deps.now), {
        principal: requirePrincipal(request),
        query: { agency: paramOf(request, 'agencyCode'), year: String(year), subtree },
        now,
      });
      return presentTableA(table);
    },
  );
}

function checkYear(value: unknown, thisYear: number): number {
  if (value === undefined || value === '') return thisYear;
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(year) && year >= firstRegisterYear && year <= thisYear) return year;
  throw new ValidationError([{ code: 'year.invalid', path: 'year', message: `年度应为${firstRegisterYear}至${thisYear}年之间的四位数字。` }]);
}

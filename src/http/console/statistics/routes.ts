/**
 * Table B in the console (`report.read`): `GET /console/statistics?agency=…&year=…[&subtree=1]`,
 * the cases behind a figure (`/console/statistics/cases?…&row=…&column=…`) and the download
 * (`/console/statistics/export?…&format=csv|xlsx`). The agency is read from the query and
 * authorized in the use case (another department's table is refused with 403).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { createStatisticsStore } from '../../../db/repositories/application-statistics.ts';
import type { ApplicantColumn } from '../../../domain/annual-report/model.ts';
import { yearOf } from '../../../domain/calendar/iso-date.ts';
import { exportTableB, tableBExportFormats, type TableBExportFormat } from '../../../use-cases/applications/administration/export-table-b.ts';
import { firstStatisticsYear, getTableBStatistics, listTableBCell, type TableBSelection } from '../../../use-cases/applications/administration/table-b-statistics.ts';
import { chinaDateOf } from '../../../use-cases/applications/china-date.ts';
import { StatisticsCasesPage } from '../../../views/pages/console/statistics-cases-page.tsx';
import { StatisticsPage } from '../../../views/pages/console/statistics-page.tsx';
import { nowOf } from '../../api/accounts/administration-routing.ts';
import { ValidationError } from '../../http-errors.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';

const access = { access: { kind: 'action', action: 'report.read' } } as const;

export function registerStatisticsRoutes(app: FastifyInstance): void {
  app.get('/console/statistics', { config: access }, async (request, reply) => {
    const statistics = await getTableBStatistics(storeOf(request), requestOf(request));
    const page = h(StatisticsPage, { ...statistics, years: yearsUpTo(nowOf(request)), hasSubtree: hasChildren(statistics) });
    return renderPage(reply, page, { title: '申请统计', layout: 'console' });
  });

  app.get('/console/statistics/cases', { config: access }, async (request, reply) => {
    const found = await listTableBCell(storeOf(request), requestOf(request));
    const agencyNames = new Map(found.choices.map((a) => [a.id, a.name]));
    const page = h(StatisticsCasesPage, { ...found, column: found.column as ApplicantColumn, agencyNames });
    return renderPage(reply, page, { title: '表三对应的申请', layout: 'console' });
  });

  app.get('/console/statistics/export', { config: access }, async (request, reply) => {
    const format = (request.query as Record<string, unknown> | undefined)?.['format'];
    if (!tableBExportFormats.includes(format as TableBExportFormat)) {
      throw new ValidationError([{ code: 'format.invalid', path: 'format', message: '下载格式应为 csv 或 xlsx。' }]);
    }
    const statistics = await getTableBStatistics(storeOf(request), requestOf(request));
    const stem = `表三-${statistics.agency.code}${statistics.includeSubtree ? '-含下级' : ''}-${statistics.year}`;
    const file = await exportTableB(statistics.report, format as TableBExportFormat, stem);
    return reply
      .header('content-disposition', `attachment; filename="table-b-${statistics.year}.${format as string}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .type(file.mediaType)
      .send(typeof file.content === 'string' ? file.content : Buffer.from(file.content));
  });
}

function storeOf(request: FastifyRequest) {
  return createStatisticsStore(request.server.deps.handle.db);
}

function requestOf(request: FastifyRequest) {
  return { principal: requirePrincipal(request), query: request.query, now: nowOf(request) };
}

/** The years offered: this year back to the first year of the 2019 条例's reports. */
function yearsUpTo(now: Date): number[] {
  const current = yearOf(chinaDateOf(now));
  return Array.from({ length: current - firstStatisticsYear + 1 }, (_, i) => current - i);
}

function hasChildren(selection: TableBSelection): boolean {
  return selection.choices.some((a) => a.parentId === selection.agency.id);
}

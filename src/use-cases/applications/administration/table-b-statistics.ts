/**
 * Table B of the annual report counted from the register (`report.read`): for one agency, or an
 * agency and everything below it, and a year. The figures come from one query (the statistics
 * store); the same table fills the report's writers (CSV, XLSX) and the drill-down lists the cases
 * behind any cell.
 */
import { z } from 'zod';
import { assertCan } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import { createBlankReport } from '../../../domain/annual-report/figures.ts';
import { applicationRows } from '../../../domain/annual-report/layout.ts';
import { applicantColumns, type AnnualReport, type Applications } from '../../../domain/annual-report/model.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { yearOf } from '../../../domain/calendar/iso-date.ts';
import { RecordNotFoundError } from '../../administration-errors.ts';
import { listAgenciesWhere, loadAgencyContext, type AgencyContext } from '../../agency-context.ts';
import { chinaDateOf } from '../china-date.ts';

export interface TableBScope {
  agencyIds: readonly string[];
  year: number;
}

export interface TableBCaseItem {
  id: string;
  agencyId: string;
  trackingNumber: string;
  applicantType: string;
  description: string;
  status: string;
  receivedOn: string;
  endedOn: string | null;
  outcome: string | null;
}

export interface StatisticsStore {
  listAgencies(): Promise<Agency[]>;
  countTableB(scope: TableBScope): Promise<Applications>;
  listTableBCases(scope: TableBScope, cell: { rowKey: string; column: string }, page: { offset: number; limit: number }): Promise<{ cases: TableBCaseItem[]; total: number }>;
}

export interface TableBSelection {
  agency: Agency;
  year: number;
  includeSubtree: boolean;
  /** The agencies counted: the agency, and those below it when `includeSubtree`. */
  agencies: Agency[];
  /** The agencies the principal may choose from. */
  choices: Agency[];
}

export interface TableBStatistics extends TableBSelection {
  table: Applications;
  /** The table in a report of its own (tables A and C blank), for the writers. */
  report: AnnualReport;
}

export const firstStatisticsYear = 2019;

const emptyAsAbsent = (value: unknown) => (value === '' ? undefined : value);
export const statisticsQuerySchema = z.object({
  agency: z.preprocess(emptyAsAbsent, z.string().max(40).optional()),
  year: z.preprocess(emptyAsAbsent, z.coerce.number().int().min(firstStatisticsYear).max(2100).optional()),
  subtree: z.preprocess(emptyAsAbsent, z.enum(['1', 'on', 'true', '0', 'false']).optional()),
});

const cellSchema = z.object({
  row: z.enum(applicationRows.map((r) => r.key) as [string, ...string[]]),
  column: z.enum(applicantColumns),
  page: z.preprocess(emptyAsAbsent, z.coerce.number().int().min(1).max(10_000).default(1)),
});

export const drillDownPageSize = 50;

export async function getTableBStatistics(store: StatisticsStore, request: { principal: Principal; query: unknown; now: Date }): Promise<TableBStatistics> {
  const selection = await selectTableB(store, request);
  const table = await store.countTableB(scopeOf(selection));
  const report = createBlankReport();
  report.agency = selection.includeSubtree ? `${selection.agency.name}（含下级机关）` : selection.agency.name;
  report.year = selection.year;
  report.period = { from: `${selection.year}年1月1日`, to: `${selection.year}年12月31日` };
  report.applications = table;
  return { ...selection, table, report };
}

/** The cases behind one cell of the table. */
export async function listTableBCell(store: StatisticsStore, request: { principal: Principal; query: unknown; now: Date }) {
  const selection = await selectTableB(store, request);
  const parsed = cellSchema.safeParse(request.query ?? {});
  if (!parsed.success) throw new RecordNotFoundError('表三中没有这一格。');
  const { row, column, page } = parsed.data;
  const found = await store.listTableBCases(scopeOf(selection), { rowKey: row, column }, { offset: (page - 1) * drillDownPageSize, limit: drillDownPageSize });
  return { ...selection, row, column, page, pageCount: Math.max(1, Math.ceil(found.total / drillDownPageSize)), ...found };
}

/** Reads and authorizes the agency, the year and the subtree choice. */
export async function selectTableB(store: Pick<StatisticsStore, 'listAgencies'>, request: { principal: Principal; query: unknown; now: Date }): Promise<TableBSelection> {
  const parsed = statisticsQuerySchema.safeParse(request.query ?? {});
  const query = parsed.success ? parsed.data : {};
  const context = await loadAgencyContext(store);
  const choices = listAgenciesWhere(request.principal, 'report.read', context);
  const agency = query.agency === undefined ? choices[0] : context.byCode.get(query.agency);
  if (agency === undefined) throw new RecordNotFoundError(query.agency === undefined ? '您没有可统计的机关。' : '该机关不存在。');
  const includeSubtree = query.subtree === '1' || query.subtree === 'on' || query.subtree === 'true';
  const agencies = includeSubtree ? subtreeOf(context, agency) : [agency];
  for (const counted of agencies) assertCan(request.principal, 'report.read', { agencyId: counted.id }, context.ancestry);
  return { agency, year: query.year ?? yearOf(chinaDateOf(request.now)), includeSubtree, agencies, choices };
}

function scopeOf(selection: TableBSelection): TableBScope {
  return { agencyIds: selection.agencies.map((a) => a.id), year: selection.year };
}

function subtreeOf(context: AgencyContext, root: Agency): Agency[] {
  const found = [root];
  for (let i = 0; i < found.length; i += 1) {
    const parentId = found[i]!.id;
    found.push(...context.agencies.filter((a) => a.parentId === parentId && !found.includes(a)));
  }
  return found;
}

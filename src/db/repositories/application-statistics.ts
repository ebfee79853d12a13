/**
 * Table B (收到和处理政府信息公开申请情况) of an agency, or of several, for a year: ONE query over
 * the applications' derived columns. Each case received by 31 December and not ended before
 * 1 January gives two cells of its applicant column — 新收 or 上年结转, and its outcome row or
 * 结转下年度 — so R1 holds by construction; ROLLUP adds the 总计 column. A case moved by a
 * transfer is counted by the agency that holds it now (`agency_id`). A case counts as ended only
 * with an outcome, as in tableBOf.
 */
import type { TableBCaseItem } from '../../use-cases/applications/administration/table-b-statistics.ts';
import { sql, type SQL } from 'drizzle-orm';
import { createBlankReport, setFigure } from '../../domain/annual-report/figures.ts';
import type { Applications } from '../../domain/annual-report/model.ts';
import type { CaseSummary } from '../../domain/applications/table-b.ts';
import { tableBOf } from '../../domain/applications/table-b.ts';
import type { StatisticsStore } from '../../use-cases/applications/administration/table-b-statistics.ts';
import { queryRows, type Database } from '../database.ts';
import { listAgencies } from './agencies.ts';
import { isUuid } from './ids.ts';

export interface TableBScope {
  agencyIds: readonly string[];
  year: number;
}

export interface TableBCell {
  /** `newReceived`, `outcomes.denied.stateSecret`, `outcomes.total`, `carriedForward` … */
  rowKey: string;
  /** An applicant column, or `total`. */
  column: string;
}

// A type alias (not the interface itself) so that it satisfies queryRows' Record<string, unknown>.
export type TableBCaseRow = { [K in keyof TableBCaseItem]: TableBCaseItem[K] };

/** The cases in scope for the year, each with the two rows it is counted in. */
function classifiedCases(scope: TableBScope): SQL {
  const first = `${scope.year}-01-01`;
  const last = `${scope.year}-12-31`;
  const ids = sql.join(scope.agencyIds.filter(isUuid).map((id) => sql`${id}::uuid`), sql`, `);
  return sql`classified as (
    select a.id, a.applicant_type as applicant_column,
           case when a.received_on >= ${first}::date then 'newReceived' else 'carriedOver' end as intake_row,
           case when a.outcome is null or a.ended_on > ${last}::date then 'carriedForward' else 'outcomes.' || a.outcome end as result_row
    from applications a
    where a.agency_id in (${ids})
      and a.received_on is not null
      and a.received_on <= ${last}::date
      and (a.outcome is null or a.ended_on >= ${first}::date)
  )`;
}

/** Every non-zero cell: the case's intake row, its result row, and 总计 for the ended ones. */
function countedCells(): SQL {
  return sql`cells as (
    select id, intake_row as row_key, applicant_column from classified
    union all select id, result_row, applicant_column from classified
    union all select id, 'outcomes.total', applicant_column from classified where result_row <> 'carriedForward'
  )`;
}

export async function countTableB(db: Database, scope: TableBScope): Promise<Applications> {
  const report = createBlankReport();
  report.applications = tableBOf([], scope.year);
  if (!scope.agencyIds.some(isUuid)) return report.applications;
  const rows = await queryRows<{ row_key: string; column_key: string; count: number }>(
    db,
    sql`with ${classifiedCases(scope)}, ${countedCells()}
        select row_key, coalesce(applicant_column, 'total') as column_key, count(*)::int as count
        from cells
        group by row_key, rollup (applicant_column)`,
  );
  for (const row of rows) setFigure(report, `applications.${row.row_key}.${row.column_key}`, row.count);
  return report.applications;
}

/** The cases behind one cell (the drill-down), oldest receipt first, a page at a time. */
export async function listTableBCases(
  db: Database,
  scope: TableBScope,
  cell: TableBCell,
  page: { offset: number; limit: number },
): Promise<{ cases: TableBCaseRow[]; total: number }> {
  if (!scope.agencyIds.some(isUuid)) return { cases: [], total: 0 };
  const column = cell.column === 'total' ? sql`true` : sql`c.applicant_column = ${cell.column}`;
  const rows = await queryRows<TableBCaseRow & { total: number }>(
    db,
    sql`with ${classifiedCases(scope)}, ${countedCells()}
        select a.id::text as "id", a.agency_id::text as "agencyId", a.tracking_number as "trackingNumber",
               a.applicant_type as "applicantType", a.description, a.status,
               a.received_on::text as "receivedOn", a.ended_on::text as "endedOn", a.outcome,
               (count(*) over ())::int as total
        from cells c join applications a on a.id = c.id
        where c.row_key = ${cell.rowKey} and ${column}
        order by a.received_on, a.tracking_number
        offset ${page.offset} limit ${page.limit}`,
  );
  return { cases: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

/** The cases of the agencies as tableBOf reads them (for checks and tests). */
export async function listCaseSummaries(db: Database, agencyIds: readonly string[]): Promise<CaseSummary[]> {
  const ids = agencyIds.filter(isUuid);
  if (ids.length === 0) return [];
  const rows = await queryRows<{ applicant_type: string; received_on: string; ended_on: string | null; outcome: string | null }>(
    db,
    sql`select applicant_type, received_on::text as received_on, ended_on::text as ended_on, outcome
        from applications
        where agency_id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) and received_on is not null`,
  );
  return rows.map((r) => ({
    applicantColumn: r.applicant_type as CaseSummary['applicantColumn'],
    receivedOn: r.received_on,
    endedOn: r.outcome === null ? null : r.ended_on,
    outcome: r.outcome as CaseSummary['outcome'],
  }));
}

/** The statistics port of the use cases (table-b-statistics.ts) on this database. */
export function createStatisticsStore(db: Database): StatisticsStore {
  return {
    listAgencies: () => listAgencies(db),
    countTableB: (scope) => countTableB(db, scope),
    listTableBCases: (scope, cell, page) => listTableBCases(db, scope, cell, page),
  };
}

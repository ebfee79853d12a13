/**
 * Table B (收到和处理政府信息公开申请情况) counted from the cases themselves, so that the annual
 * report's figures follow from the register and R1–R3 hold by construction. A transferred case is
 * counted by the agency that holds it when the table is made (the one that answers it).
 */
import { applicantParts, type ApplicantColumn, type ApplicantRow, type Applications } from '../annual-report/model.ts';
import { buildApplications } from '../annual-report/figures.ts';
import { DomainError } from '../errors.ts';
import type { IsoDate } from './case-event.ts';
import { isIsoDate } from './iso-date.ts';
import { outcomeKeys, type OutcomeKey } from './outcome.ts';

export interface CaseSummary {
  applicantColumn: Exclude<ApplicantColumn, 'total'>;
  receivedOn: IsoDate;
  /** The day the case ended (reply delivered or case closed); null while it is open. */
  endedOn: IsoDate | null;
  /** Set exactly when `endedOn` is. */
  outcome: OutcomeKey | null;
}

/**
 * `newReceived`: received in the year. `carriedOver`: received before it and still open on 1 January.
 * Outcomes: ended in the year. `carriedForward`: received by 31 December and still open after it.
 */
export function tableBOf(cases: readonly CaseSummary[], year: number): Applications {
  const table = buildApplications(zeroRow);
  const firstDay = `${year}-01-01`;
  const lastDay = `${year}-12-31`;
  for (const summary of cases) {
    assertSummary(summary);
    const { applicantColumn: column, receivedOn, endedOn, outcome } = summary;
    if (receivedOn > lastDay || (endedOn !== null && endedOn < firstDay)) continue;
    if (receivedOn >= firstDay) table.newReceived[column] = count(table.newReceived[column]) + 1;
    else table.carriedOver[column] = count(table.carriedOver[column]) + 1;
    if (endedOn === null || endedOn > lastDay) {
      table.carriedForward[column] = count(table.carriedForward[column]) + 1;
    } else {
      const row = outcomeRow(table, outcome!);
      row[column] = count(row[column]) + 1;
    }
  }
  fillTotals(table);
  return table;
}

function assertSummary(summary: CaseSummary): void {
  const problem = findSummaryProblem(summary);
  if (problem !== null) throw new DomainError('application.invalidCaseSummary', `案件数据有误，无法统计表三：${problem}。`);
}

function findSummaryProblem({ applicantColumn, receivedOn, endedOn, outcome }: CaseSummary): string | null {
  if (!applicantParts.includes(applicantColumn)) return `未知的申请人类别“${applicantColumn}”`;
  if (!isIsoDate(receivedOn)) return `收到申请日期“${receivedOn}”无效`;
  if (endedOn !== null && !isIsoDate(endedOn)) return `办结日期“${endedOn}”无效`;
  if (endedOn !== null && endedOn < receivedOn) return `办结日期（${endedOn}）早于收到申请日期（${receivedOn}）`;
  if ((endedOn === null) !== (outcome === null)) return '办结日期与办理结果应同时填写或同时为空';
  if (outcome !== null && !outcomeKeys.includes(outcome)) return `未知的办理结果“${outcome}”`;
  return null;
}

function count(value: number | null): number {
  return value ?? 0;
}

// `denied.stateSecret` → table.outcomes.denied.stateSecret.
function outcomeRow(table: Applications, outcome: OutcomeKey): ApplicantRow {
  const [group, name] = outcome.split('.') as [string, string | undefined];
  const node = (table.outcomes as unknown as Record<string, unknown>)[group];
  return (name === undefined ? node : (node as Record<string, unknown>)[name]) as ApplicantRow;
}

function fillTotals(table: Applications): void {
  const total = table.outcomes.total;
  for (const outcome of outcomeKeys) {
    const row = outcomeRow(table, outcome);
    for (const column of applicantParts) total[column] = count(total[column]) + count(row[column]);
  }
  const rows = [
    table.newReceived,
    table.carriedOver,
    ...outcomeKeys.map((k) => outcomeRow(table, k)),
    table.outcomes.total,
    table.carriedForward,
  ];
  for (const row of rows) row.total = applicantParts.reduce((sum, column) => sum + count(row[column]), 0);
}

function zeroRow(): ApplicantRow {
  return { naturalPerson: 0, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total: 0 };
}

/**
 * Year end (年度结转): nothing moves — a case open on 31 December stays open and is counted as
 * 上年结转 next year, because table B is counted from the register. What is left to do is to look:
 * each agency's table B totals for the year, and the checker's rules on it and across the year
 * boundary (this year's 结转下年度 = next year's 上年结转, per column), every difference reported.
 */
import { checkAnnualReport } from '../../../domain/annual-report/check.ts';
import { createBlankReport } from '../../../domain/annual-report/figures.ts';
import type { AnnualReport, Applications } from '../../../domain/annual-report/model.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { Finding } from '../../../domain/findings.ts';
import { RecordNotFoundError } from '../../administration-errors.ts';
import type { StatisticsStore } from './table-b-statistics.ts';

export interface YearEndLine {
  agency: Agency;
  table: Applications;
  nextYear: Applications;
  /** R1–R3 on the year's table, and R7.carriedOver between the year and the next. */
  findings: Finding[];
}

export interface YearEndReport {
  year: number;
  lines: YearEndLine[];
}

const checkedRules = /^(R1|R2|R3|R5|R7\.carriedOver)$/;

/** The rules about table B: tables 二 and 四 are not counted from the register, so their blanks do not matter here. */
function isAboutTableB(finding: Finding): boolean {
  return checkedRules.test(finding.rule) && finding.locations.some((l) => l.path?.startsWith('applications') === true);
}

export async function checkYearEnd(store: Pick<StatisticsStore, 'listAgencies' | 'countTableB'>, request: { year: number; agencyCode?: string }): Promise<YearEndReport> {
  const all = await store.listAgencies();
  const agencies = request.agencyCode === undefined ? all : all.filter((a) => a.code === request.agencyCode);
  if (agencies.length === 0) throw new RecordNotFoundError(`没有代码为“${request.agencyCode ?? ''}”的机关。`);
  const lines: YearEndLine[] = [];
  for (const agency of agencies) {
    const table = await store.countTableB({ agencyIds: [agency.id], year: request.year });
    const nextYear = await store.countTableB({ agencyIds: [agency.id], year: request.year + 1 });
    const current = reportOf(agency, request.year, table);
    const findings = [...checkAnnualReport(current), ...checkAnnualReport(reportOf(agency, request.year + 1, nextYear), { previous: current })];
    lines.push({ agency, table, nextYear, findings: findings.filter(isAboutTableB) });
  }
  return { year: request.year, lines };
}

export function reportOf(agency: Agency, year: number, table: Applications): AnnualReport {
  const report = createBlankReport();
  report.agency = agency.name;
  report.year = year;
  report.period = { from: `${year}年1月1日`, to: `${year}年12月31日` };
  report.applications = table;
  return report;
}

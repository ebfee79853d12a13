/** Reads one report document and checks it, optionally against last year's report of the same agency. */
import { checkAnnualReport } from '../domain/annual-report/check.ts';
import type { AnnualReport } from '../domain/annual-report/model.ts';
import type { Finding } from '../domain/findings.ts';
import { readReport } from '../domain/readers/read-report.ts';

export interface ReportInput {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedReport {
  file: string;
  report: AnnualReport;
  /** Reader findings first (what could not be read), then the consistency rules. */
  findings: Finding[];
  ambiguous: string[];
  candidates: Record<string, number[]>;
}

/**
 * Throws UnreadableInputError when the input is not a readable document at all. `previous` holds
 * the previous-year reports known (R7): the one that fits is used.
 */
export async function checkReport(
  input: ReportInput,
  previous: readonly AnnualReport[] = [],
  isSinglePair = false,
): Promise<CheckedReport> {
  const read = await readReport(input.bytes, input.name);
  const last = pickPreviousReport(read.report, previous, isSinglePair);
  const findings = [...read.findings, ...checkAnnualReport(read.report, last ? { previous: last } : {})];
  return { file: input.name, report: read.report, findings, ambiguous: read.ambiguous, candidates: read.candidates };
}

/**
 * Last year's report for this one among those given: same agency and the year before. With a single
 * previous report and a single file to check, that one is taken as is (R7 then warns if it does not fit).
 */
export function pickPreviousReport(
  report: AnnualReport,
  previous: readonly AnnualReport[],
  isSinglePair: boolean,
): AnnualReport | undefined {
  if (isSinglePair) return previous[0];
  return previous.find(
    (p) => p.agency === report.agency && report.year !== null && p.year === report.year - 1,
  );
}

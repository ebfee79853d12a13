/**
 * The totals of the report as sums of other figures (rules R2, R3, R4): a spreadsheet writes them
 * as formulas, and can say where the printed total differs from the sum of the printed parts.
 */
import { getCount } from '../annual-report/figures.ts';
import { applicationRows, outcomeRowKeys } from '../annual-report/layout.ts';
import { applicantParts, reviewGroups, type AnnualReport, type Count } from '../annual-report/model.ts';

export interface TotalSum {
  /** The total's dotted path. */
  path: string;
  /** The paths of the figures it adds up, in table order. */
  parts: string[];
}

const reviewParts = ['upheld', 'corrected', 'other', 'pending'] as const;

/** Every total: each table B row's 总计 (R3), the （七）总计 row per applicant column (R2), each table C group's 总计 (R4). */
export function listTotalSums(): TotalSum[] {
  return [
    ...applicationRows.map((row) => ({
      path: `applications.${row.key}.total`,
      parts: applicantParts.map((c) => `applications.${row.key}.${c}`),
    })),
    ...applicantParts.map((c) => ({
      path: `applications.outcomes.total.${c}`,
      parts: outcomeRowKeys.map((key) => `applications.${key}.${c}`),
    })),
    ...reviewGroups.map((g) => ({ path: `reviews.${g}.total`, parts: reviewParts.map((c) => `reviews.${g}.${c}`) })),
  ];
}

/** The printed total, the sum of the printed parts (a blank part counts as 0, as R5 reads it), and whether they differ. */
export function compareTotal(report: AnnualReport, total: TotalSum): { printed: Count; sum: number; differs: boolean } {
  const printed = getCount(report, total.path) ?? null;
  const sum = total.parts.reduce((acc, path) => acc + (getCount(report, path) ?? 0), 0);
  return { printed, sum, differs: printed !== null && printed !== sum };
}

/** The consistency rules (勾稽关系) R1–R9 of annual-report-format.md, run over one report. */
import type { Finding } from '../findings.ts';
import { createBlankReport } from './figures.ts';
import type { AnnualReport } from './model.ts';
import { extractNarrativeClaims } from './narrative/extract-claims.ts';
import {
  checkApplicantTotals,
  checkApplicationBalance,
  checkOutcomeTotals,
} from './rules/application-sums.ts';
import { checkFigureValues } from './rules/figure-values.ts';
import { checkNarrativeFigures, checkProcessingFeeStatements } from './rules/narrative-figures.ts';
import { checkPreviousYear } from './rules/previous-year.ts';
import { checkProcessingFee } from './rules/processing-fee.ts';
import { checkReviewTotals } from './rules/review-totals.ts';
import { createRuleContext } from './rules/rule-context.ts';
import { checkStatisticsPeriod } from './rules/statistics-period.ts';

export interface CheckOptions {
  /** Last year's report of the same agency, for R7. */
  previous?: AnnualReport;
}

/** Every broken rule of the report, in rule order. Never throws on a malformed report. */
export function checkAnnualReport(input: AnnualReport, options: CheckOptions = {}): Finding[] {
  // Input from JSON may not even be an object: check it as a report with nothing read.
  const report = typeof input === 'object' && input !== null ? input : createBlankReport();
  const context = createRuleContext(report);
  const year = typeof report.year === 'number' ? report.year : undefined;
  const claims = extractNarrativeClaims(report.sections, year);
  return [
    ...checkApplicationBalance(context),
    ...checkOutcomeTotals(context),
    ...checkApplicantTotals(context),
    ...checkReviewTotals(context),
    ...checkFigureValues(context),
    ...checkStatisticsPeriod(context),
    ...checkPreviousYear(context, options.previous),
    ...checkNarrativeFigures(context, claims),
    ...checkProcessingFeeStatements(context, claims),
    ...checkProcessingFee(context, claims),
  ];
}

/** R6: the statistics period is 1 January – 31 December of the report's year. */
import type { Finding } from '../../findings.ts';
import type { SourceLocation } from '../model.ts';
import { isSameDate, parsePeriodDate } from './period-dates.ts';
import { createFinding, type RuleContext } from './rule-context.ts';

export function checkStatisticsPeriod(context: RuleContext): Finding[] {
  const { report } = context;
  const year = typeof report.year === 'number' && Number.isInteger(report.year) ? report.year : undefined;
  const from = report.period?.from ?? null;
  const to = report.period?.to ?? null;
  if (year === undefined) return warn(context, '未能确定报告年度（标题中的年份），无法核对统计期限。');
  const expected = `${year}年1月1日至${year}年12月31日`;
  if (from === null || to === null) return warn(context, `报告未写明统计期限（应为${expected}）。`);
  const start = parsePeriodDate(from);
  const end = parsePeriodDate(to);
  if (start === undefined || end === undefined) {
    return warn(context, `无法识别统计期限「${from}至${to}」（应为${expected}）。`);
  }
  if (isSameDate(start, year, 1, 1) && isSameDate(end, year, 12, 31)) return [];
  const message = `统计期限为「${from}至${to}」，但报告年度为 ${year} 年：统计期限应为${expected}。`;
  return [createFinding('R6', 'error', message, locationsOf(context))];
}

// The title (year) and the period sentence, located only for a finding: most reports have none.
function locationsOf(context: RuleContext): SourceLocation[] {
  return ['year', 'period.from', 'period.to'].map(context.locate);
}

function warn(context: RuleContext, message: string): Finding[] {
  return [createFinding('R6', 'warning', message, locationsOf(context))];
}

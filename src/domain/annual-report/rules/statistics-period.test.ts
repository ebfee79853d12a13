import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../../../test/arbitraries.ts';
import { parsePeriodDate } from './period-dates.ts';
import { createRuleContext } from './rule-context.ts';
import { checkStatisticsPeriod } from './statistics-period.ts';

function checkPeriod(year: number | null, from: string | null, to: string | null) {
  const report = createSampleReport();
  report.year = year;
  report.period = { from, to };
  return checkStatisticsPeriod(createRuleContext(report));
}

describe('parsePeriodDate', () => {
  it.each([
    ['2024年1月1日', { year: 2024, month: 1, day: 1 }],
    ['2024 年 12 月 31 日', { year: 2024, month: 12, day: 31 }],
    ['2024-01-01', { year: 2024, month: 1, day: 1 }],
    ['2024.12.31', { year: 2024, month: 12, day: 31 }],
    ['2024/1/1', { year: 2024, month: 1, day: 1 }],
    ['２０２４年１月１日', { year: 2024, month: 1, day: 1 }],
    ['二〇二四年十二月三十一日', { year: 2024, month: 12, day: 31 }],
  ])('reads %s', (text, date) => {
    expect(parsePeriodDate(text)).toEqual(date);
  });

  it.each(['去年', '2024年', '2024年13月1日', ''])('reads no date in %j', (text) => {
    expect(parsePeriodDate(text)).toBeUndefined();
  });
});

describe('R6 statistics period', () => {
  it.each([
    ['2024年1月1日', '2024年12月31日'],
    ['2024-01-01', '2024-12-31'],
    ['2024.1.1', '2024.12.31'],
    ['2024 年 1 月 1 日', '2024 年 12 月 31 日'],
  ])('passes %s至%s for a 2024 report', (from, to) => {
    expect(checkPeriod(2024, from, to)).toEqual([]);
  });

  it.each([
    ['2023年1月1日', '2023年12月31日'],
    ['2024年1月1日', '2024年6月30日'],
    ['2023年12月1日', '2024年11月30日'],
  ])('reports %s至%s in a 2024 report as an error', (from, to) => {
    const findings = checkPeriod(2024, from, to);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['R6', 'error']]);
    expect(findings[0]!.message).toBe(`统计期限为「${from}至${to}」，但报告年度为 2024 年：统计期限应为2024年1月1日至2024年12月31日。`);
    expect(findings[0]!.locations.map((l) => l.path)).toEqual(['year', 'period.from', 'period.to']);
  });

  it.each([
    [null, '2024年1月1日', '2024年12月31日', '未能确定报告年度'],
    [2024, null, null, '报告未写明统计期限'],
    [2024, '2024年1月1日', null, '报告未写明统计期限'],
    [2024, '年初', '年底', '无法识别统计期限'],
  ])('warns when year %s or period %s–%s is missing or unreadable', (year, from, to, problem) => {
    const findings = checkPeriod(year, from, to);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['R6', 'warning']]);
    expect(findings[0]!.message).toContain(problem);
  });
});

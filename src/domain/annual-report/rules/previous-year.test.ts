import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../../../test/arbitraries.ts';
import type { AnnualReport } from '../model.ts';
import { checkPreviousYear } from './previous-year.ts';
import { createRuleContext } from './rule-context.ts';

/** 湘潭县 2023 as 2024 continues it: 5 applications carried forward, 130 + 7 − 35 = 102 documents in force. */
function createPrevious(): AnnualReport {
  const previous = createSampleReport();
  previous.year = 2023;
  previous.proactive.normativeDocuments.inForce = 130;
  return previous;
}

const check = (report: AnnualReport, previous: AnnualReport | undefined) =>
  checkPreviousYear(createRuleContext(report), previous);
const summary = (findings: ReturnType<typeof check>) => findings.map((f) => [f.rule, f.severity, f.locations.map((l) => l.path)]);

describe('R7 previous year', () => {
  it('passes when this year continues last year', () => {
    expect(check(createSampleReport(), createPrevious())).toEqual([]);
  });

  it('does nothing without last year’s report', () => {
    const report = createSampleReport();
    report.applications.carriedOver.naturalPerson = 99;
    expect(check(report, undefined)).toEqual([]);
    expect(check(report, null as unknown as AnnualReport)).toEqual([]);
  });

  it('warns per column when carriedOver differs from last year’s carriedForward', () => {
    const previous = createPrevious();
    previous.applications.carriedForward.naturalPerson = 6;
    previous.applications.carriedForward.total = 6;
    const findings = check(createSampleReport(), previous);
    expect(summary(findings)).toEqual([
      ['R7.carriedOver', 'warning', ['applications.carriedOver.naturalPerson']],
      ['R7.carriedOver', 'warning', ['applications.carriedOver.total']],
    ]);
    expect(findings[0]!.message).toBe(
      '表三「二、上年结转政府信息公开申请数量」行「自然人」列为 5，但上年报告「四、结转下年度继续办理」「自然人」列为 6，相差 1。',
    );
  });

  it('warns when documents in force do not follow from last year', () => {
    const report = createSampleReport();
    report.proactive.regulations = { issued: 2, abolished: 0, inForce: 1 };
    const findings = check(report, createPrevious());
    expect(summary(findings)).toEqual([
      ['R7.inForce', 'warning', ['proactive.regulations.inForce', 'proactive.regulations.issued', 'proactive.regulations.abolished']],
    ]);
    expect(findings[0]!.message).toContain('上年现行有效 0 + 本年制发 2 − 本年废止 0 = 2');
  });

  it('skips the comparison, with a warning, when the previous report is not of the year before', () => {
    const previous = createPrevious();
    previous.year = 2022;
    previous.applications.carriedForward.naturalPerson = 60;
    expect(summary(check(createSampleReport(), previous))).toEqual([['R7', 'warning', ['year']]]);
  });

  it('warns that the agencies differ and still compares', () => {
    const previous = createPrevious();
    previous.agency = '湘潭市';
    previous.proactive.normativeDocuments.inForce = 131;
    const findings = check(createSampleReport(), previous);
    expect(findings.map((f) => f.rule)).toEqual(['R7', 'R7.inForce']);
    expect(findings[0]!.message).toContain('「湘潭市」与本报告「湘潭县」不同');
  });
});

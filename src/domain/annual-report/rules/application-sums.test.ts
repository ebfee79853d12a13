import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../../../test/arbitraries.ts';
import { setFigure } from '../figures.ts';
import { checkApplicantTotals, checkApplicationBalance, checkOutcomeTotals } from './application-sums.ts';
import { checkReviewTotals } from './review-totals.ts';
import { createRuleContext } from './rule-context.ts';

function checkSums(change?: [string, number | null]) {
  const report = createSampleReport();
  if (change) setFigure(report, ...change);
  const context = createRuleContext(report);
  return [
    ...checkApplicationBalance(context),
    ...checkOutcomeTotals(context),
    ...checkApplicantTotals(context),
    ...checkReviewTotals(context),
  ];
}

const summary = (findings: ReturnType<typeof checkSums>) =>
  findings.map((f) => [f.rule, f.severity, f.locations.map((l) => l.path)]);

describe('the sum rules R1–R4', () => {
  it('pass on a consistent report', () => {
    expect(checkSums()).toEqual([]);
  });

  it.each([
    ['applications.newReceived.naturalPerson', ['R1', 'R3']],
    ['applications.carriedOver.total', ['R1', 'R3']],
    ['applications.outcomes.granted.commercial', ['R2', 'R3']],
    ['applications.outcomes.other.unpaidFee.naturalPerson', ['R2', 'R3']],
    ['applications.outcomes.total.research', ['R1', 'R2', 'R3']],
    ['applications.carriedForward.otherOrg', ['R1', 'R3']],
    ['reviews.reconsideration.pending', ['R4']],
    ['reviews.litigationAfterReconsideration.total', ['R4']],
  ])('catch a change of %s with %j', (path, rules) => {
    const findings = checkSums([path, 1000]);
    expect(findings.map((f) => f.rule)).toEqual(rules);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings.every((f) => f.locations.some((l) => l.path === path))).toBe(true);
  });

  it('names the column and both sides of R1 in the message', () => {
    const [r1] = checkSums(['applications.newReceived.naturalPerson', 172]);
    expect(r1!.message).toBe(
      '表三「自然人」列：本年新收 172 + 上年结转 5 = 177，但办理结果总计 171 + 结转下年度 5 = 176，相差 1。',
    );
    expect(summary([r1!])).toEqual([
      [
        'R1',
        'error',
        [
          'applications.newReceived.naturalPerson',
          'applications.carriedOver.naturalPerson',
          'applications.outcomes.total.naturalPerson',
          'applications.carriedForward.naturalPerson',
        ],
      ],
    ]);
  });

  it('names the row and the six parts in R3, and the 21 outcome rows in R2', () => {
    const [r2, r3] = checkSums(['applications.outcomes.partial.naturalPerson', 15]);
    expect(r2!.message).toBe('表三「自然人」列：21 项办理结果之和为 172，但「（七）总计」行为 171，相差 1。');
    expect(r2!.locations).toHaveLength(22);
    expect(r3!.message).toContain('「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行：六类申请人之和为 15（15 + 0 + 0 + 0 + 0 + 0）');
    expect(r3!.message).toContain('「总计」列为 14，相差 1');
  });

  it('names the group and its parts in R4', () => {
    const [r4] = checkSums(['reviews.reconsideration.total', 26]);
    expect(r4!.message).toBe('表四「行政复议」：结果维持 8 + 结果纠正 10 + 其他结果 7 + 尚未审结 0 = 25，但总计为 26，相差 1。');
  });

  it('points at the cell where the reader found the figure', () => {
    const report = createSampleReport();
    report.applications.carriedForward.total = 6;
    report.sources = { 'applications.carriedForward.total': { location: { page: 5, line: 40 }, raw: '6' } };
    const [r1] = checkApplicationBalance(createRuleContext(report));
    expect(r1!.locations.at(-1)).toEqual({ page: 5, line: 40, path: 'applications.carriedForward.total' });
  });

  it('read a blank cell as 0', () => {
    expect(checkSums(['applications.outcomes.denied.stateSecret.commercial', null])).toEqual([]);
    expect(checkSums(['applications.carriedForward.naturalPerson', null]).map((f) => f.rule)).toEqual(['R1', 'R3']);
  });
});

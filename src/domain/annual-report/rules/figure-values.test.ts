import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../../../test/arbitraries.ts';
import { checkAnnualReport } from '../check.ts';
import { createBlankReport, setFigure } from '../figures.ts';
import { figurePaths } from '../layout.ts';
import type { AnnualReport } from '../model.ts';
import { checkFigureValues } from './figure-values.ts';
import { createRuleContext } from './rule-context.ts';

const checkValues = (report: AnnualReport) => checkFigureValues(createRuleContext(report));

describe('R5 figure values', () => {
  it('passes whole counts and a decimal amount', () => {
    expect(checkValues(createSampleReport())).toEqual([]);
  });

  it.each([
    ['applications.outcomes.granted.naturalPerson', -1, '不能为负数'],
    ['reviews.litigationDirect.upheld', 1.5, '件数应为整数'],
    ['proactive.licensing.decisions', Number.NaN, '应为数字'],
    ['proactive.fees.amountWanYuan', '-3.5', '金额不能为负数'],
    ['proactive.fees.amountWanYuan', '两千', '金额应为十进制数字'],
  ])('reports %s = %s as an error', (path, value, problem) => {
    const report = createSampleReport();
    setFigure(report, path, value);
    const findings = checkValues(report);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'R5', severity: 'error', locations: [{ path }] });
    expect(findings[0]!.message).toContain(problem);
  });

  it('reports the blank cells of a table in one warning', () => {
    const report = createSampleReport();
    const blanks = ['applications.newReceived.research', 'applications.outcomes.denied.stateSecret.nonprofit', 'applications.carriedForward.otherOrg'];
    for (const path of blanks) setFigure(report, path, null);
    setFigure(report, 'proactive.fees.amountWanYuan', null);
    const findings = checkValues(report);
    expect(findings.map((f) => [f.rule, f.severity, f.locations.map((l) => l.path)])).toEqual([
      ['R5', 'warning', ['proactive.fees.amountWanYuan']],
      ['R5', 'warning', blanks],
    ]);
    expect(findings[1]!.message).toBe(
      '表三有 3 个空白单元格，已按 0 计算：「一、本年新收政府信息公开申请数量」行「科研机构」列、' +
        '「1.属于国家秘密」行「社会公益组织」列、「四、结转下年度继续办理」行「其他」列。如确为 0，应填写 0。',
    );
  });

  it('shortens the list of a department report with many blanks', () => {
    const report = createSampleReport();
    const research = figurePaths.filter((p) => p.startsWith('applications.') && p.endsWith('.research'));
    for (const path of research) setFigure(report, path, null);
    const [finding] = checkValues(report);
    expect(finding!.locations).toHaveLength(25);
    expect(finding!.message).toMatch(/^表三有 25 个空白单元格.*等。/);
  });

  it('says once that a whole table is blank, and skips its sums', () => {
    const report = createSampleReport();
    report.applications = createBlankReport().applications;
    report.sections.other = '未收取信息处理费。';
    const findings = checkAnnualReport(report);
    expect(findings.map((f) => f.rule)).toEqual(['R5']);
    expect(findings[0]!.message).toBe('表三全部为空（未读到任何数字），未核对该表的勾稽关系。');
  });
});

import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../../../test/arbitraries.ts';
import { extractNarrativeClaims } from '../narrative/extract-claims.ts';
import { checkProcessingFee } from './processing-fee.ts';
import { createRuleContext } from './rule-context.ts';

function checkFee(other: string | null, unpaidFee: number) {
  const report = createSampleReport();
  report.sections.other = other;
  report.applications.outcomes.other.unpaidFee = { ...report.applications.outcomes.other.unpaidFee, naturalPerson: unpaidFee, total: unpaidFee };
  return checkProcessingFee(createRuleContext(report), extractNarrativeClaims(report.sections));
}

describe('R9 processing fee', () => {
  it.each([
    ['2024年度，本机关未收取信息处理费，无其他需要报告的事项。', 0],
    ['本年度没有收取任何信息处理费。', 0],
    ['全年收取政府信息公开信息处理费3940元。', 6],
    ['本机关严格执行《政府信息公开信息处理费管理办法》，发出收费通知5件，申请人均未缴费。', 5],
  ])('passes %s with %i unpaid fee notices', (other, unpaidFee) => {
    expect(checkFee(other, unpaidFee)).toEqual([]);
  });

  it('warns when section 六 is missing', () => {
    expect(checkFee(null, 0)).toEqual([
      {
        rule: 'R9',
        severity: 'warning',
        message: '报告缺少第六部分「其他需要报告的事项」，未说明是否收取信息处理费。',
        locations: [{ path: 'sections.other' }],
      },
    ]);
  });

  it('warns when section 六 does not mention fees', () => {
    const findings = checkFee('无其他需要报告的事项。', 0);
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['R9', 'warning', '第六部分「其他需要报告的事项」未说明是否收取信息处理费。'],
    ]);
  });

  it('warns when section 六 says none was charged while fee notices went unpaid', () => {
    const findings = checkFee('2024年度，湘潭县未收取信息处理费，无其他需报告的事项。', 5);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'R9',
      severity: 'warning',
      locations: [
        { path: 'sections.other', quote: '湘潭县未收取信息处理费' },
        { path: 'applications.outcomes.other.unpaidFee.total' },
      ],
    });
    expect(findings[0]!.message).toContain('为 5');
  });
});

import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../../../test/arbitraries.ts';
import { createBlankReport } from '../figures.ts';
import type { AnnualReport } from '../model.ts';
import { extractNarrativeClaims } from '../narrative/extract-claims.ts';
import { checkNarrativeFigures, checkProcessingFeeStatements } from './narrative-figures.ts';
import { createRuleContext } from './rule-context.ts';

// The sample report's tables: 新收 178, 上年结转 5, 办理结果 178, 结转 5; 规范性文件 7/35/102;
// 行政复议 25, 直接起诉 3, 复议后起诉 2; 行政许可 21650; 行政事业性收费 2030.16 万元.
function checkNarrative(overview: string, change?: (report: AnnualReport) => void) {
  const report = createSampleReport();
  report.sections = { overview, problems: null, other: '未收取信息处理费。' };
  change?.(report);
  const claims = extractNarrativeClaims(report.sections);
  const context = createRuleContext(report);
  return [...checkNarrativeFigures(context, claims), ...checkProcessingFeeStatements(context, claims)];
}

const summary = (findings: ReturnType<typeof checkNarrative>) => findings.map((f) => `${f.rule} ${f.severity}`);

describe('R8 narrative figures', () => {
  it.each([
    '全年共受理政府信息公开申请178件。',
    '全年共收到政府信息公开申请183件。',
    '针对包括上年度结转在内的183件政府信息公开申请，均依法答复。',
    '新收政府信息公开申请178件，上年结转5件，答复178件，结转下年度继续办理5件。',
    '收到政府信息公开申请约180件。',
    '全年共办理政府信息公开申请183件。',
    '主动公开规范性文件，其中新制定7件，失效31件，废止4件，现行有效102件。',
    '废止规范性文件35件。',
    '行政复议25件，行政诉讼5件。',
    '行政诉讼3件。',
    '作出行政许可决定21650件、行政处罚决定2656件。',
    '全年行政事业性收费2030.16万元。',
    '全年行政事业性收费2030.2万元。',
    '全年行政事业性收费2030万元。',
    '受理数量较上年增长了35件，发布信息178条。',
  ])('accepts %s', (overview) => {
    expect(checkNarrative(overview)).toEqual([]);
  });

  it.each([
    ['全年共受理政府信息公开申请180件。', 'R8.applications error'],
    ['新收政府信息公开申请183件。', 'R8.applications error'],
    ['答复政府信息公开申请183件。', 'R8.applications error'],
    ['上年结转政府信息公开申请4件。', 'R8.applications error'],
    ['收到政府信息公开申请约100件。', 'R8.applications warning'],
    ['全年共办理政府信息公开申请190件。', 'R8.applications warning'],
    ['新制定规范性文件8件。', 'R8.documents error'],
    ['废止规范性文件4件。', 'R8.documents error'],
    ['全年新增公开规范性文件9件。', 'R8.documents warning'],
    ['政府信息公开行政复议26件。', 'R8.reviews error'],
    ['政府信息公开行政诉讼4件。', 'R8.reviews error'],
    ['全年办理行政复议案件26件。', 'R8.reviews warning'],
    ['作出行政许可决定21651件。', 'R8.decisions error'],
    ['办理行政许可事项21651件。', 'R8.decisions warning'],
    ['全年行政事业性收费2031万元。', 'R8.fees error'],
    ['全年收取信息处理费100元。', 'R8.fees warning'],
  ])('flags %s', (overview, finding) => {
    expect(summary(checkNarrative(overview))).toEqual([finding]);
  });

  it('reports one finding per stated value, with every sentence that states it', () => {
    const findings = checkNarrative('全年共受理政府信息公开申请35件。针对包括上年度结转在内的35件政府信息公开申请，均做到了件件有回应。');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe(
      '正文称收到（受理）政府信息公开申请 35 件（“全年共受理政府信息公开申请35件”、“针对包括上年度结转在内的35件政府信息公开申请”），' +
        '但表三「一、本年新收政府信息公开申请数量」行「总计」列为 178；' +
        '表三「一、本年新收政府信息公开申请数量」行「总计」列 + 表三「二、上年结转政府信息公开申请数量」行「总计」列 = 178 + 5 = 183，均不相符。',
    );
  });

  it('points at the paragraph of the sentence and at the table figures', () => {
    const findings = checkNarrative('第一段。\n行政复议26件。', (report) => {
      report.sources = {
        'sections.overview': { location: { line: 3 }, raw: '', parts: [{ line: 3 }, { line: 5 }] },
        'reviews.reconsideration.total': { location: { line: 90 }, raw: '25' },
      };
    });
    expect(findings[0]!.locations).toEqual([
      { line: 5, path: 'sections.overview', quote: '行政复议26件' },
      { line: 90, path: 'reviews.reconsideration.total' },
    ]);
  });

  it('compares nothing with a table that is wholly blank', () => {
    const findings = checkNarrative('全年共受理政府信息公开申请35件。', (report) => {
      report.applications = createBlankReport().applications;
    });
    expect(findings).toEqual([]);
  });
});

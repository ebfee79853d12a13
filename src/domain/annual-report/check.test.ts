import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../../test/arbitraries.ts';
import { checkAnnualReport } from './check.ts';
import { createBlankReport } from './figures.ts';
import type { AnnualReport } from './model.ts';

const fixtures = new URL('../../../test/fixtures/real', import.meta.url).pathname;

interface ExpectedFile {
  agency: string;
  year: number;
  period: AnnualReport['period'];
  proactive: AnnualReport['proactive'];
  applications: AnnualReport['applications'];
  reviews: AnnualReport['reviews'];
  expectedFindings: { rule: string; severity: string }[];
}

function readExpected(name: string): ExpectedFile {
  return JSON.parse(readFileSync(`${fixtures}/${name}.expected.json`, 'utf8')) as ExpectedFile;
}

function buildReport(expected: ExpectedFile, sections: AnnualReport['sections']): AnnualReport {
  const { agency, year, period, proactive, applications, reviews } = expected;
  return { ...createBlankReport(), agency, year, period, proactive, applications, reviews, sections };
}

/** The narrative paragraphs of the text page between a heading line and the next stop line, with their line numbers. */
function readSection(lines: string[], start: RegExp, stop?: RegExp): { text: string; parts: { line: number }[] } {
  const from = lines.findIndex((l) => start.test(l.trim()));
  const to = stop === undefined ? lines.length : lines.findIndex((l, i) => i > from && stop.test(l.trim()));
  const paragraphs = lines
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .slice(from + 1, to)
    .filter((p) => p.text !== '');
  return { text: paragraphs.map((p) => p.text).join('\n'), parts: paragraphs.map((p) => ({ line: p.line })) };
}

function buildXiangtan(): AnnualReport {
  const lines = readFileSync(`${fixtures}/xiangtan-county-2024.txt`, 'utf8').split('\n');
  const overview = readSection(lines, /^一、总体情况$/, /^二、主动公开政府信息情况$/);
  const problems = readSection(lines, /^五、/, /^六、/);
  const other = readSection(lines, /^六、/);
  const report = buildReport(readExpected('xiangtan-county-2024'), {
    overview: overview.text,
    problems: problems.text,
    other: other.text,
  });
  report.sources = {
    'sections.overview': { location: { line: overview.parts[0]!.line }, raw: '', parts: overview.parts },
    'sections.problems': { location: { line: problems.parts[0]!.line }, raw: '', parts: problems.parts },
    'sections.other': { location: { line: other.parts[0]!.line }, raw: '', parts: other.parts },
  };
  return report;
}

// The narrative of the 淮安市人民政府 2024 PDF (huaian-city-2024.pdf), its runs joined into paragraphs.
const huaianOverview = [
  '2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习宣传贯彻党的二十大和二十届二中、三中全会精神，按照党中央国务院、省委省政府决策部署和市委工作要求，严格落实《中华人民共和国政府信息公开条例》各项规定，圆满完成了各项任务。',
  '（一）主动公开情况。2024 年，市政府网站主动公开各类政府信息 5500 余条，全年新增公开市政府规章 1 件、市政府及市政府办政策性文件 11 件，通过文字、图片等形式制作政策解读21 个，制作《淮安市人民政府公报》6 期。紧紧围绕保障民生、深化改革、科技创新等工作主线，组织召开了“春节前后服务企业用工和促进返乡人员就业创业专项活动”“建设‘四最’一流营商环境高质量推进产业发展”“加快建设长三角北部重要产业科技创新高地的若干政策”等新闻发布会 12 场，努力传递政府声音、宣传政策法规、回应舆论关切。',
  '（二）依申请公开情况。定期对政府信息公开申请集中的领域和热点问题进行研判，探索从源头上解决实际问题。着力强化与申请人的直接沟通，准确了解申请人诉求，提高答复的及时性和针对性。2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。政府信息公开行政复议 351 件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25 件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。',
  '（三）政府信息管理情况。在政府网站、政务新媒体、政府公报等公开平台发布信息时，坚持“先审查、后公开”“一事一审”工作原则，规范审查程序，建立健全重要事项公开保密审查协调机制，落实政府信息公开属性源头认定机制，加强政府信息源头管理工作。',
  '（四）政府信息公开平台建设情况。进一步优化政务公开专栏设置，省市联动制作“全力巩固和增强经济回升向好态势”“推动大规模设备更新和消费品以旧换新”等专题专栏。截至目前，全市在运维政务新媒体共计 95 个，在省办 2024 年四个季度政务新媒体检查抽查中，合格率均为 100%。',
  '（五）政府信息公开监督保障情况。根据省政务公开年度和季度监测指标，全年组织 4 次政府信息公开栏目全覆盖检查，并出具各县区、各部门政务公开评估分报告。',
].join('\n');
const huaianProblems =
  '对照上级新要求和公众新期待，还有一些需要加强和改进的地方。主要表现在：一是政策解读质量仍需提升，个别单位政策解读内容简单、形式单一；二是政务公开队伍建设还需进一步加强，个别单位存在人员配备不足、兼职多、流动性过快的问题。\n针对存在问题，下一步，我市将着力加强政策解读质效，重点提升解读的针对性和通俗化。';
const huaianOther = '2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。';

describe('checkAnnualReport', () => {
  it('reports exactly the contradictions of the 湘潭县 2024 report', () => {
    const findings = checkAnnualReport(buildXiangtan());
    const expected = readExpected('xiangtan-county-2024').expectedFindings;
    expect(findings.map((f) => [f.rule.split('.')[0], f.severity])).toEqual(expected.map((f) => [f.rule, f.severity]));
  });

  it('points the R8 finding at both 35-件 sentences and at the table figures 178 and 5', () => {
    const r8 = checkAnnualReport(buildXiangtan()).find((f) => f.rule.startsWith('R8'))!;
    expect(r8.rule).toBe('R8.applications');
    const quotes = r8.locations.filter((l) => l.path === 'sections.overview');
    expect(quotes.map((l) => l.quote)).toEqual([
      expect.stringContaining('全年共受理政府信息公开申请35件'),
      expect.stringContaining('包括上年度结转在内的35件'),
    ]);
    expect(quotes.every((l) => l.line === 10 && l.quote!.length <= 60)).toBe(true);
    expect(r8.locations.map((l) => l.path)).toEqual(
      expect.arrayContaining(['applications.newReceived.total', 'applications.carriedOver.total']),
    );
    expect(r8.message).toContain('35');
    expect(r8.message).toContain('178');
    expect(r8.message).toContain('183');
  });

  it('points the R9 finding at section 六 and at the unpaid-fee row', () => {
    const r9 = checkAnnualReport(buildXiangtan()).find((f) => f.rule === 'R9')!;
    expect(r9.locations).toEqual([
      { line: 402, path: 'sections.other', quote: '湘潭县未收取信息处理费' },
      { path: 'applications.outcomes.other.unpaidFee.total' },
    ]);
    expect(r9.message).toContain('5');
  });

  it('finds nothing in the 淮安市人民政府 2024 report', () => {
    const expected = readExpected('huaian-city-2024');
    const report = buildReport(expected, { overview: huaianOverview, problems: huaianProblems, other: huaianOther });
    expect(expected.expectedFindings).toEqual([]);
    expect(checkAnnualReport(report)).toEqual([]);
  });

  it('finds nothing in a consistent report built in code', () => {
    expect(checkAnnualReport(createSampleReport())).toEqual([]);
  });

  it('reports a wholly blank report once per table, without a cascade of sum errors', () => {
    const report = createBlankReport();
    report.year = 2024;
    report.period = { from: '2024年1月1日', to: '2024年12月31日' };
    report.sections.other = '本年度未收取信息处理费。';
    const findings = checkAnnualReport(report);
    expect(findings.map((f) => [f.rule, f.severity, f.message.slice(0, 6)])).toEqual([
      ['R5', 'warning', '表二全部为空'],
      ['R5', 'warning', '表三全部为空'],
      ['R5', 'warning', '表四全部为空'],
    ]);
  });

  it('checks only table C of a report in the 2019 trial format', () => {
    const report = createSampleReport();
    report.format = '2019';
    report.proactive = createBlankReport().proactive;
    report.applications = createBlankReport().applications;
    report.reviews.reconsideration.total = 99;
    expect(checkAnnualReport(report).map((f) => f.rule)).toEqual(['R4']);
  });

  it('returns findings instead of throwing for a malformed report', () => {
    const malformed = [
      { year: '2024', applications: { newReceived: 'x' }, sections: null, sources: { year: null } },
      { period: null, reviews: [], sections: 'text', format: 5 },
      null,
      'not a report',
    ] as unknown as AnnualReport[];
    for (const report of malformed) {
      const findings = checkAnnualReport(report);
      expect(findings.map((f) => f.rule)).toEqual(['R5', 'R5', 'R5', 'R6', 'R9']);
      expect(findings.every((f) => f.message !== '')).toBe(true);
    }
  });
});

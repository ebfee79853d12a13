import { describe, expect, it } from 'vitest';
import { applicationRows } from '../annual-report/layout.ts';
import { interpretTokens } from './interpret.ts';
import type { Token } from './read-result.ts';

/** An HTML/DOCX-like stream: paragraphs, then tables whose rows are lists of cell texts. */
class StreamBuilder {
  readonly tokens: Token[] = [];
  private line = 0;
  private table = 0;

  paragraph(...texts: string[]): this {
    for (const text of texts) this.tokens.push({ text, location: { line: ++this.line } });
    return this;
  }

  rows(rows: readonly (readonly string[])[]): this {
    this.table++;
    rows.forEach((cells, r) => {
      cells.forEach((text, c) => {
        const token: Token = { text, location: { table: this.table, row: r + 1, cell: c + 1 }, cell: true };
        if (c === cells.length - 1) token.endsRow = true;
        this.tokens.push(token);
      });
    });
    return this;
  }
}

const seven = (n: number) => [String(n), '0', '0', '0', '0', '0', String(n)];

// Table B as an HTML reader emits it: merged group cells once, at their top-left position.
function tableB(values: (key: string) => string[]): string[][] {
  let group = '';
  return applicationRows.map((row) => {
    const lead: string[] = [];
    if (row.key === 'outcomes.granted') lead.push('三、本年度办理结果');
    if (row.group !== undefined && row.group !== group) lead.push(row.group);
    group = row.group ?? '';
    return [...lead, row.label, ...values(row.key)];
  });
}

const tableC = [
  ['行政复议', '行政诉讼'],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  ['1', '0', '0', '0', '1', '', '', '', '', '', '—', '—', '—', '—', '—'],
];

function htmlReport(values: (key: string) => string[] = (key) => (key === 'carriedOver' ? seven(0) : seven(key === 'outcomes.granted' || key === 'newReceived' || key === 'outcomes.total' ? 2 : 0))) {
  return new StreamBuilder()
    .paragraph('莲城县2024年政府信息公开工作年度报告', '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。', '一、总体情况', '2024年，莲城县持续深化政务公开。')
    .paragraph('二、主动公开政府信息情况')
    .rows([['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '0'], ['行政规范性文件', '3', '1', '20'],
      ['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '1,024'], ['第二十条第（六）项'], ['信息内容', '本年处理决定数量'],
      ['行政处罚', '77'], ['行政强制', ''], ['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '12.5']])
    .paragraph('三、收到和处理政府信息公开申请情况')
    .rows(tableB(values))
    .paragraph('四、政府信息公开行政复议、行政诉讼情况')
    .rows(tableC)
    .paragraph('五、存在的主要问题及改进情况', '队伍建设有待加强。', '六、其他需要报告的事项', '未收取信息处理费。');
}

describe('interpretTokens on an HTML-like stream', () => {
  const result = interpretTokens(htmlReport().tokens, 'html');

  it('reads the tables with merged group cells emitted once', () => {
    expect(result.report.agency).toBe('莲城县');
    expect(result.report.proactive.normativeDocuments).toEqual({ issued: 3, abolished: 1, inForce: 20 });
    expect(result.report.proactive.licensing.decisions).toBe(1024);
    expect(result.report.proactive.enforcement.decisions).toBeNull();
    expect(result.report.proactive.fees.amountWanYuan).toBe('12.5');
    expect(result.report.applications.outcomes.granted.total).toBe(2);
    expect(result.report.applications.outcomes.denied.stateSecret.naturalPerson).toBe(0);
    expect(result.report.reviews.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(result.report.reviews.litigationAfterReconsideration.total).toBeNull();
    expect(result.findings).toEqual([]);
  });

  it('points each figure at its table cell', () => {
    expect(result.report.sources?.['proactive.licensing.decisions']).toEqual({
      location: { table: 1, row: 7, cell: 2, path: 'proactive.licensing.decisions' },
      raw: '1,024',
    });
    const granted = result.report.sources?.['applications.outcomes.granted.naturalPerson'];
    expect(granted?.location).toEqual({ table: 2, row: 3, cell: 3, path: 'applications.outcomes.granted.naturalPerson' });
    expect(result.report.sources?.['reviews.litigationDirect.upheld']).toEqual({
      location: { table: 3, row: 4, cell: 6, path: 'reviews.litigationDirect.upheld' },
      raw: '',
    });
  });

  it('reads the sections paragraph by paragraph', () => {
    expect(result.report.sections).toEqual({ overview: '2024年，莲城县持续深化政务公开。', problems: '队伍建设有待加强。', other: '未收取信息处理费。' });
    expect(result.report.sources?.['sections.problems']?.parts).toEqual([{ line: 9 }]);
  });

  it('says when a row has more figures than columns, and leaves it blank', () => {
    const tokens = htmlReport((key) => (key === 'outcomes.partial' ? [...seven(0), '9'] : seven(0))).tokens;
    const read = interpretTokens(tokens, 'html');
    expect(read.findings.map((f) => f.rule)).toEqual(['READ.unreadableRow']);
    expect(read.findings[0]?.message).toContain('（二）部分公开');
    expect(read.report.applications.outcomes.partial.total).toBeNull();
  });

  it('says when a row has too few figures to fill its columns', () => {
    const tokens = htmlReport((key) => (key === 'carriedForward' ? ['1', '1'] : seven(0))).tokens;
    const read = interpretTokens(tokens, 'html');
    expect(read.findings.map((f) => f.rule)).toEqual(['READ.unreadableRow']);
    expect(read.report.applications.carriedForward.naturalPerson).toBeNull();
  });

  it('reports a table it cannot find as an error', () => {
    const tokens = htmlReport().tokens.filter((t) => t.location.table !== 3);
    const read = interpretTokens(tokens, 'html');
    expect(read.findings).toEqual([expect.objectContaining({ rule: 'READ.missingTable', severity: 'error' })]);
    expect(read.findings[0]?.message).toContain('表四');
  });
});

describe('readText-like streams with the table C header on the data line', () => {
  it('still finds table C', () => {
    const tokens = new StreamBuilder()
      .paragraph('莲城县2024年政府信息公开工作年度报告', '四、政府信息公开行政复议、行政诉讼情况')
      .rows([['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', ...'2 1 0 0 3 1 0 0 0 1 0 0 0 0 0'.split(' ')]]).tokens;
    const read = interpretTokens(tokens, 'text');
    expect(read.report.reviews.reconsideration).toEqual({ upheld: 2, corrected: 1, other: 0, pending: 0, total: 3 });
    expect(read.report.reviews.litigationDirect.total).toBe(1);
  });
});

describe('interpretTokens on documents that are not reports', () => {
  it('says a news page is not a report and returns a blank report', () => {
    const tokens = new StreamBuilder()
      .paragraph('县政府召开2024年第12次常务会议', '会议指出，今年以来全县新收政府信息公开申请86件，均在法定期限内答复。')
      .rows([['项目', '计划投资（万元）'], ['县城排水管网改造', '12000'], ['莲城大道二期', '35600']]).tokens;
    const read = interpretTokens(tokens, 'html');
    expect(read.findings.map((f) => [f.rule, f.severity])).toEqual([['READ.notReport', 'error']]);
    expect(read.report.applications.newReceived.total).toBeNull();
    expect(read.report.agency).toBeNull();
  });

  it('says an empty stream is not a report, without throwing', () => {
    expect(interpretTokens([], 'text').findings.map((f) => f.rule)).toEqual(['READ.notReport']);
  });
});

describe('interpretTokens on a PDF-like stream', () => {
  // Table C as PDF runs: the header runs give the 15 columns; blank cells have no run.
  function pdfTableC(values: readonly (string | null)[]): Token[] {
    const xs = [74, 101, 129, 165, 193, 227, 257, 285, 314, 342, 370, 399, 427, 455, 491];
    const header = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const tokens: Token[] = [
      { text: '四、政府信息公开行政复议、行政诉讼情况', location: { page: 5, line: 1 }, x: 98, width: 305 },
      { text: '行政复议', location: { page: 5, line: 2 }, x: 74, width: 30 },
      { text: '行政诉讼', location: { page: 5, line: 2 }, x: 227, width: 30 },
      ...xs.map((x, i) => ({ text: header[i % 5]!, location: { page: 5, line: 3 }, x, width: 15 })),
    ];
    values.forEach((text, i) => {
      if (text !== null) tokens.push({ text, location: { page: 5, line: 4 }, x: xs[i]!, width: 6 * text.length });
    });
    tokens.push({ text: '五、存在的主要问题及改进情况', location: { page: 5, line: 5 }, x: 106, width: 224 });
    return tokens;
  }

  it('places the figures of table C under their header columns when blank cells have no run', () => {
    const values = ['72', '64', '178', '37', '351', '13', null, '8', null, '21', null, null, null, null, null];
    const title: Token = { text: '淮安市人民政府2024年政府信息公开工作年度报告', location: { page: 1, line: 1 }, x: 129, width: 336 };
    const read = interpretTokens([title, ...pdfTableC(values)], 'pdf');
    expect(read.report.reviews).toEqual({
      reconsideration: { upheld: 72, corrected: 64, other: 178, pending: 37, total: 351 },
      litigationDirect: { upheld: 13, corrected: null, other: 8, pending: null, total: 21 },
      litigationAfterReconsideration: { upheld: null, corrected: null, other: null, pending: null, total: null },
    });
    expect(read.report.sources?.['reviews.litigationDirect.corrected']).toEqual({
      location: { page: 5, line: 4, path: 'reviews.litigationDirect.corrected' },
      raw: '',
    });
  });
});

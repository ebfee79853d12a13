import { describe, expect, it } from 'vitest';
import { createBlankReport } from '../annual-report/figures.ts';
import { composePreamble, composeTitle, listReportParts, splitParagraphs, splitSubheading } from './report-text.ts';

describe('composeTitle', () => {
  it.each([
    ['湘潭县', 2024, '湘潭县2024年政府信息公开工作年度报告'],
    [null, 2024, '2024年政府信息公开工作年度报告'],
    ['淮安市人民政府', null, '淮安市人民政府政府信息公开工作年度报告'],
  ])('names %s %s', (agency, year, title) => {
    expect(composeTitle({ ...createBlankReport(), agency, year })).toBe(title);
  });
});

describe('composePreamble', () => {
  it('states the period when both ends are known', () => {
    const report = { ...createBlankReport(), period: { from: '2024年1月1日', to: '2024年12月31日' } };
    expect(composePreamble(report)).toMatch(/（国办公开办函〔2021〕30号）要求编制本报告。本报告所列数据的统计期限为2024年1月1日至2024年12月31日。$/);
  });

  it('leaves the period out when an end is unknown', () => {
    const report = { ...createBlankReport(), period: { from: '2024年1月1日', to: null } };
    expect(composePreamble(report)).not.toContain('统计期限');
  });
});

describe('splitParagraphs', () => {
  it('splits on line breaks and leaves out blank lines', () => {
    expect(splitParagraphs('甲。\n\n  \n乙。')).toEqual(['甲。', '乙。']);
    expect(splitParagraphs(null)).toEqual([]);
  });
});

describe('splitSubheading', () => {
  it('splits a leading （一）… heading up to its full stop', () => {
    expect(splitSubheading('（一）主动公开情况。全年公开信息。')).toEqual({ subheading: '（一）主动公开情况。', rest: '全年公开信息。' });
    expect(splitSubheading('（十二）其他：无。')).toEqual({ subheading: '（十二）其他：', rest: '无。' });
  });

  it('leaves other paragraphs alone', () => {
    expect(splitSubheading('1.主动公开方面。')).toBeNull();
    expect(splitSubheading('全年（一）次')).toBeNull();
  });
});

describe('listReportParts', () => {
  it('lists the six sections in order with the official headings', () => {
    expect(listReportParts(createBlankReport()).map((p) => p.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });
});

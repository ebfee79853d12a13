import { describe, expect, it } from 'vitest';
import type { Token } from '../read-result.ts';
import { findHeadings, matchHeading } from './headings.ts';
import { prepareTokens } from './read-tokens.ts';

function paragraphs(texts: readonly string[]): Token[] {
  return texts.map((text, i) => ({ text, location: { line: i + 1 } }));
}

describe('matchHeading', () => {
  it.each([
    ['一、总体情况', 'overview'],
    ['一．总体情况', 'overview'],
    ['第一部分 总体情况', 'overview'],
    ['1.总体情况', 'overview'],
    ['二、主动公开政府信息情况', 'proactive'],
    ['三、收到和处理政府信息公开申请情况', 'applications'],
    ['四、政府信息公开行政复议、行政诉讼情况', 'reviews'],
    ['五、存在的主要问题及改进情况', 'problems'],
    ['第五部分  存在的主要问题及改进情况', 'problems'],
    ['六、其他需要报告的事项', 'other'],
  ])('reads %j as a heading', (text, key) => {
    expect(matchHeading(prepareTokens(paragraphs([text]))[0]!)).toBe(key);
  });

  it.each([
    '（一）主动公开情况。',
    '四、结转下年度继续办理',
    '三、本年度办理结果',
    '一、本年新收政府信息公开申请数量',
    '2.主动公开方面',
    '1.主动公开方面。2024年，湘潭县在信息公开工作上成果显著，于湘潭县人民政府网站主动公开县政府规范性文件。',
  ])('does not read %j as a heading', (text) => {
    expect(matchHeading(prepareTokens(paragraphs([text]))[0]!)).toBeNull();
  });
});

describe('findHeadings', () => {
  it('finds each heading once, in order', () => {
    const stream = prepareTokens(paragraphs(['标题', '一、总体情况', '正文', '二、主动公开政府信息情况', '表', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']));
    expect(findHeadings(stream)).toEqual({ overview: 1, proactive: 3, problems: 5, other: 6 });
  });

  it('skips a table of contents and keeps the headings of the body', () => {
    const contents = ['目录', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'];
    const body = ['一、总体情况', '正文。', '正文。', '二、主动公开政府信息情况', '表', '表', '三、收到和处理政府信息公开申请情况'];
    expect(findHeadings(prepareTokens(paragraphs([...contents, ...body])))).toEqual({ overview: 4, proactive: 7, applications: 10 });
  });
});

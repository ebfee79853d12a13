import { describe, expect, it } from 'vitest';
import type { Token } from '../read-result.ts';
import { findPeriodSentence, readPeriod } from './period.ts';
import { prepareTokens } from './read-tokens.ts';
import { readTitle } from './title.ts';

function paragraphs(texts: readonly string[]): Token[] {
  return texts.map((text, i) => ({ text, location: { line: i + 1 } }));
}

function titleOf(texts: readonly string[]) {
  const stream = prepareTokens(paragraphs(texts));
  const title = readTitle(stream, stream.length);
  return title === null ? null : { agency: title.agency, year: title.year };
}

describe('readTitle', () => {
  it.each([
    [['湘潭县2024年政府信息公开工作年度报告'], '湘潭县', 2024],
    [['淮安市人民政府2024年度政府信息公开工作年度报告'], '淮安市人民政府', 2024],
    [['淮安市人民政府', '2024 年政府信息公开工作年度报告'], '淮安市人民政府', 2024],
    [['淮安市人民政府2024年', '政府信息公开工作年度报告'], '淮安市人民政府', 2024],
    [['2024年度株洲市荷塘区人民政府政府信息公开工作年度报告'], '株洲市荷塘区人民政府', 2024],
    [['韶山市２０２４年政府信息公开工作年度报告'], '韶山市', 2024],
    [['湘潭县二〇二四年政府信息公开工作年度报告'], '湘潭县', 2024],
    [['湘潭县人民政府办公室关于2024年政府信息公开工作年度报告'], '湘潭县人民政府办公室', 2024],
  ])('reads %j as agency %j, year %d', (texts, agency, year) => {
    expect(titleOf(texts)).toEqual({ agency, year });
  });

  it('does not take a sentence of the preamble for the title', () => {
    const preamble = '根据《中华人民共和国政府信息公开条例》要求，编制2024年政府信息公开工作年度报告。本报告由县政府办公室编制，所列数据的统计期限为2024年1月1日至2024年12月31日。';
    expect(titleOf([preamble])).toBeNull();
  });

  it('says which tokens of a title split in two hold the agency and the year', () => {
    const stream = prepareTokens(paragraphs(['目录', '淮安市人民政府', '2024 年政府信息公开工作年度报告']));
    expect(readTitle(stream, stream.length)).toMatchObject({ agencyIndex: 1, yearIndex: 2 });
    const other = prepareTokens(paragraphs(['淮安市人民政府2024年', '政府信息公开工作年度报告']));
    expect(readTitle(other, other.length)).toMatchObject({ agencyIndex: 0, yearIndex: 0 });
  });

  it('finds no title in a news page', () => {
    expect(titleOf(['县政府召开2024年第12次常务会议', '会议研究部署政府信息公开等工作。'])).toBeNull();
  });
});

describe('findPeriodSentence', () => {
  it('gives the token the sentence starts in and each end as matched', () => {
    const runs = ['目录', '报告所列统计期限自', '2024', '年', '1', '月', '1', '日至', '2024', '年', '12', '月', '31', '日。'];
    const tokens = runs.map((text, i) => ({ text, location: { page: 1, line: i === 0 ? 6 : 7 }, x: 100 + i * 20, width: 16 }));
    const sentence = findPeriodSentence(prepareTokens(tokens), tokens.length);
    expect(sentence?.token.text).toBe('报告所列统计期限自');
    expect(sentence).toMatchObject({ from: '2024年1月1日', to: '2024年12月31日', fromText: '2024年1月1日' });
  });

  it('finds the sentence in the paragraph that states it', () => {
    const stream = prepareTokens(paragraphs(['湘潭县2024年政府信息公开工作年度报告', '前言。本报告统计期限为２０２４年１月１日至２０２４年１２月３１日。']));
    expect(findPeriodSentence(stream, stream.length)?.token.token.location).toEqual({ line: 2 });
    expect(findPeriodSentence(stream.slice(0, 1), 1)).toBeNull();
  });
});

describe('readPeriod', () => {
  function periodOf(tokens: Token[]) {
    const stream = prepareTokens(tokens);
    return readPeriod(stream, stream.length);
  }

  it.each([
    '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。',
    '报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。',
    '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
    '统计期限为２０２４年１月１日至２０２４年１２月３１日',
  ])('reads %j', (text) => {
    expect(periodOf(paragraphs([text]))).toEqual({ from: '2024年1月1日', to: '2024年12月31日' });
  });

  it('reads a period whose numbers are separate PDF runs', () => {
    const runs = ['报告所列统计期限自', '2024', '年', '1', '月', '1', '日至', '2024', '年', '12', '月', '31', '日。'];
    const tokens = runs.map((text, i) => ({ text, location: { page: 1, line: 7 }, x: 100 + i * 20, width: 16 }));
    expect(periodOf(tokens)).toEqual({ from: '2024年1月1日', to: '2024年12月31日' });
  });

  it('keeps an end date printed without its year as printed', () => {
    expect(periodOf(paragraphs(['统计期限为2024年1月1日至12月31日。']))).toEqual({ from: '2024年1月1日', to: '12月31日' });
  });

  it('gives nulls when the report does not state it', () => {
    expect(periodOf(paragraphs(['一、总体情况', '2024年，我县持续深化政务公开。']))).toEqual({ from: null, to: null });
  });
});

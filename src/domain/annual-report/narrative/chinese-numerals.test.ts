import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChineseNumber, parseChineseNumber } from './chinese-numerals.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['零', 0],
    ['七', 7],
    ['十', 10],
    ['十五', 15],
    ['三十五', 35],
    ['一百零二', 102],
    ['一百一十', 110],
    ['两千', 2000],
    ['一千零五', 1005],
    ['二万一千六百五十', 21650],
    ['十万', 100_000],
    ['一亿二千万', 120_000_000],
    ['二〇二四', 2024],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '三件', '35'])('reads nothing in %j', (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });

  it('reads back every count written in Chinese', () => {
    fc.assert(
      fc.property(fc.nat(99_999_999), (n) => {
        expect(parseChineseNumber(formatChineseNumber(n))).toBe(n);
      }),
    );
  });
});

describe('formatChineseNumber', () => {
  it.each([
    [0, '零'],
    [10, '十'],
    [35, '三十五'],
    [102, '一百零二'],
    [1050, '一千零五十'],
    [20_050, '二万零五十'],
    [110_000, '十一万'],
  ])('writes %i as %s', (value, text) => {
    expect(formatChineseNumber(value)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { cleanLine, cleanLines, formatLetterDate, formatYuan } from './letter-text.ts';

describe('formatLetterDate', () => {
  it.each([
    ['2026-11-28', '2026年11月28日'],
    ['2026-01-05', '2026年1月5日'],
    ['2024-02-29', '2024年2月29日'],
  ])('prints %s as %s', (iso, printed) => {
    expect(formatLetterDate(iso)).toBe(printed);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-1-5', '2026年11月28日', '', '2026-11-28T00:00'])('returns null when %j is not a calendar date', (text) => {
    expect(formatLetterDate(text)).toBeNull();
  });
});

describe('cleanLine', () => {
  it('drops control characters and turns line breaks and tabs into spaces', () => {
    expect(cleanLine(' 张\u0000三\u0007\r\n李\t四\u0085 ')).toBe('张三 李 四');
  });

  it('drops lone surrogates and the non-characters XML forbids but keeps real astral characters', () => {
    expect(cleanLine('a\uD800b\uFFFEc𠀀')).toBe('abc𠀀');
  });
});

describe('cleanLines', () => {
  it('splits on every kind of line break and drops empty lines', () => {
    expect(cleanLines('1. 身份证明；\r\n\r\n2. 信息名称\u2028 3. 用途\u0001 ')).toEqual(['1. 身份证明；', '2. 信息名称', '3. 用途']);
  });
});

describe('formatYuan', () => {
  it('prints whole yuan without decimals and other amounts with two', () => {
    expect([formatYuan(300), formatYuan(1300), formatYuan(12.5)]).toEqual(['300', '1300', '12.50']);
  });
});

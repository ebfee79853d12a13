import { describe, expect, it } from 'vitest';
import { addDays, dayNumberOf, formatChineseDate, isIsoDate, isWeekend, weekdayOf } from './iso-date.ts';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2024-13-01', false],
    ['2024-1-1', false],
    ['2024-04-31', false],
    ['20240101', false],
    ['', false],
  ])('says %s → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('addDays', () => {
  it('crosses month, leap day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('is the inverse of dayNumberOf', () => {
    expect(dayNumberOf(addDays('2019-01-01', 2921)) - dayNumberOf('2019-01-01')).toBe(2921);
  });

  it('throws on text that is not a date', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('weekdayOf', () => {
  it('gives the weekday in China whatever the server time zone', () => {
    expect(weekdayOf('2024-10-12')).toBe(6);
    expect(weekdayOf('2026-02-15')).toBe(0);
    expect(weekdayOf('2025-10-01')).toBe(3);
    expect(isWeekend('2025-09-28')).toBe(true);
    expect(isWeekend('2025-09-29')).toBe(false);
  });
});

describe('formatChineseDate', () => {
  it('writes 10月1日, with the year on request', () => {
    expect(formatChineseDate('2025-10-01')).toBe('10月1日');
    expect(formatChineseDate('2026-01-09', true)).toBe('2026年1月9日');
  });
});

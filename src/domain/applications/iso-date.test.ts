import { describe, expect, it } from 'vitest';
import { isIsoDate } from './iso-date.ts';

describe('isIsoDate', () => {
  it.each([
    ['2026-03-02', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-3-2', false],
    ['2026-03-02T00:00', false],
  ])('judges %s as %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTrackingNumber, normalizeTrackingNumber, parseTrackingNumber } from './tracking-number.ts';

describe('formatTrackingNumber', () => {
  it.each([
    [{ agencyCode: 'lcx', year: 2026, sequence: 42 }, 'YSQ-LCX-2026-00042'],
    [{ agencyCode: 'lcx-zrzy', year: 2025, sequence: 1 }, 'YSQ-LCX-ZRZY-2025-00001'],
    [{ agencyCode: 'lcx', year: 2026, sequence: 123456 }, 'YSQ-LCX-2026-123456'],
  ])('formats %o as %s', (parts, expected) => {
    expect(formatTrackingNumber(parts)).toBe(expected);
  });

  it.each([
    { agencyCode: 'LCX', year: 2026, sequence: 1 },
    { agencyCode: 'lcx', year: 26, sequence: 1 },
    { agencyCode: 'lcx', year: 2026, sequence: 0 },
    { agencyCode: 'lcx', year: 2026, sequence: 1.5 },
  ])('throws on %o', (parts) => {
    expect(() => formatTrackingNumber(parts)).toThrow(RangeError);
  });
});

describe('parseTrackingNumber', () => {
  it.each([
    ['YSQ-LCX-2026-00042', { agencyCode: 'lcx', year: 2026, sequence: 42 }],
    ['ysq-lcx-2026-00042', { agencyCode: 'lcx', year: 2026, sequence: 42 }],
    ['ＹＳＱ－ＬＣＸ－２０２６－０００４２', { agencyCode: 'lcx', year: 2026, sequence: 42 }],
    [' YSQ - LCX - 2026 - 00042 ', { agencyCode: 'lcx', year: 2026, sequence: 42 }],
    ['YSQ—LCX—ZRZY—2025—00001', { agencyCode: 'lcx-zrzy', year: 2025, sequence: 1 }],
    ['YSQ-LCX-ZRZY-2025-00001\n', { agencyCode: 'lcx-zrzy', year: 2025, sequence: 1 }],
  ])('reads %s', (input, expected) => {
    expect(parseTrackingNumber(input)).toEqual(expected);
  });

  it.each([
    '',
    'LCX-2026-00042',
    'YSQ-2026-00042',
    'YSQ-LCX-26-00042',
    'YSQ-LCX-2026-42',
    'YSQ-LCX-2026-00000',
    'YSQ-LCX--ZRZY-2026-00001',
    'YSQ-1LCX-2026-00001',
    'YSQ-LCX-2026-00042X',
  ])('gives null for %s', (input) => {
    expect(parseTrackingNumber(input)).toBeNull();
  });

  it('reads back every number it formats', () => {
    const parts = fc.record({
      agencyCode: fc.stringMatching(/^[a-z][a-z0-9]{1,8}(-[a-z0-9]{1,6})?$/),
      year: fc.integer({ min: 2019, max: 2100 }),
      sequence: fc.integer({ min: 1, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(parts, (p) => {
        expect(parseTrackingNumber(formatTrackingNumber(p))).toEqual({ ...p });
      }),
    );
  });
});

describe('normalizeTrackingNumber', () => {
  it('gives the canonical form of a pasted number, or null', () => {
    expect(normalizeTrackingNumber('ysq lcx 2026 00042')).toBeNull();
    expect(normalizeTrackingNumber('ysq-lcx-2026-00042 ')).toBe('YSQ-LCX-2026-00042');
  });
});

import { describe, expect, it } from 'vitest';
import { isAgencyKind, isValidAgencyCode } from './agency.ts';

describe('isValidAgencyCode', () => {
  it.each(['lcx', 'lcx-zrzy', 'lcx-fgj', 'a1', 'x-1-2'])('accepts %s', (code) => {
    expect(isValidAgencyCode(code)).toBe(true);
  });

  it.each(['', 'l', 'LCX', '1lcx', 'lcx-', '-lcx', 'lcx--a', 'lcx_zr', '莲城', 'a'.repeat(41)])('rejects %j', (code) => {
    expect(isValidAgencyCode(code)).toBe(false);
  });
});

describe('isAgencyKind', () => {
  it('knows the three kinds and nothing else', () => {
    expect(['government', 'department', 'township', 'village'].map(isAgencyKind)).toEqual([true, true, true, false]);
  });
});

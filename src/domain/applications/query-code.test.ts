import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatQueryCode,
  generateQueryCode,
  normalizeQueryCode,
  queryCodeAlphabet,
  queryCodeRandomByteCount,
} from './query-code.ts';

describe('queryCodeAlphabet', () => {
  it('has 31 distinct characters and none of 0, O, 1, I, L', () => {
    expect(new Set(queryCodeAlphabet).size).toBe(31);
    expect(queryCodeAlphabet).not.toMatch(/[0O1IL]/);
  });
});

describe('generateQueryCode', () => {
  it('maps bytes to characters by their value modulo 31', () => {
    expect(generateQueryCode(new Uint8Array([0, 1, 2, 3, 30, 31, 32, 61]))).toBe('2345-Z23Z');
  });

  it('skips the bytes that would bias the first characters (248–255)', () => {
    expect(generateQueryCode(new Uint8Array([255, 248, 0, 0, 0, 0, 247, 0, 0, 0]))).toBe('2222-Z222');
  });

  it('throws when the bytes run out', () => {
    expect(() => generateQueryCode(new Uint8Array([1, 2, 3, 250, 250, 250, 250, 250, 4]))).toThrow(RangeError);
  });

  it('gives a formatted code that normalises to 8 characters of the alphabet', () => {
    const bytes = fc.uint8Array({ minLength: queryCodeRandomByteCount, maxLength: queryCodeRandomByteCount });
    fc.assert(
      fc.property(bytes, (random) => {
        const code = generateQueryCode(random);
        expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
        expect(formatQueryCode(normalizeQueryCode(code)!)).toBe(code);
      }),
    );
  });
});

describe('normalizeQueryCode', () => {
  it.each([
    ['ABCD-EFGH', 'ABCDEFGH'],
    ['abcd efgh', 'ABCDEFGH'],
    ['ａｂｃｄ－ｅｆｇｈ', 'ABCDEFGH'],
    [' ab-cd-ef-gh ', 'ABCDEFGH'],
    ['ABCD—EFGH', 'ABCDEFGH'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalizeQueryCode(input)).toBe(expected);
  });

  it.each(['', 'ABCD-EFG', 'ABCD-EFGHJ', 'ABCD-EFG0', 'ABCD-EFGO', 'ABCD-EFG1', 'ABCD-EFGI', 'ABCD-EFGL', '查询码ABCDEFGH'])(
    'gives null for %s',
    (input) => {
      expect(normalizeQueryCode(input)).toBeNull();
    },
  );
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeCreditCode,
  computeCreditCodeCheckCharacter,
  computeOrganizationCodeCheckCharacter,
  findCreditCodeProblem,
  isValidCreditCode,
} from './credit-code.ts';

// Published codes of real organisations (company registers, government sites).
const publishedCodes = ['91350100M000100Y43', '91110108551385082Q', '9144030071526726XG', '911100007109336571', '11100000000013127D'];
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('computeCreditCodeCheckCharacter', () => {
  it.each(publishedCodes)('gives the published check character of %s', (code) => {
    expect(computeCreditCodeCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it('maps a remainder of zero to 0, not to the 31st character', () => {
    // Weighted sum of 16 zeros and a trailing 0 is 0 → 31 − 0 = 31 → 0.
    expect(computeCreditCodeCheckCharacter('00000000000000000')).toBe('0');
  });

  it('throws on a character outside the alphabet', () => {
    expect(() => computeCreditCodeCheckCharacter('9111010855138508I')).toThrow(RangeError);
    expect(() => computeCreditCodeCheckCharacter('123')).toThrow(RangeError);
  });
});

describe('findCreditCodeProblem', () => {
  it.each([
    ['91350100M000100Y43', null],
    ['91350100M000100Y4', 'wrong_length'],
    ['91350100M000100Y433', 'wrong_length'],
    ['91350100M000100Y4O', 'invalid_character'],
    ['91350100m000100Y43', 'invalid_character'],
    ['91350100M000100Y44', 'wrong_check_character'],
    ['', 'wrong_length'],
  ])('finds %s → %s', (code, problem) => {
    expect(findCreditCodeProblem(code)).toBe(problem);
  });

  it('catches every single-character typo', () => {
    fc.assert(
      fc.property(fc.constantFrom(...publishedCodes), fc.nat(16), fc.constantFrom(...alphabet), (code, position, replacement) => {
        fc.pre(code[position] !== replacement);
        const typo = `${code.slice(0, position)}${replacement}${code.slice(position + 1)}`;
        expect(isValidCreditCode(typo)).toBe(false);
      }),
    );
  });
});

describe('computeOrganizationCodeCheckCharacter', () => {
  it.each(publishedCodes)('gives the check character of the organisation code inside %s', (code) => {
    expect(computeOrganizationCodeCheckCharacter(code.slice(8, 16))).toBe(code[16]);
  });

  it('rejects a body that is not 8 digits or capitals', () => {
    expect(() => computeOrganizationCodeCheckCharacter('abc')).toThrow(RangeError);
  });
});

describe('composeCreditCode', () => {
  it('makes valid codes from any well-formed parts', () => {
    // Organisation code bodies from the credit code alphabet (I, O, S, V, Z cannot occur in a credit code).
    const body = fc.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{8}$/);
    const division = fc.stringMatching(/^[1-8]\d{5}$/);
    fc.assert(
      fc.property(division, body, (d, b) => {
        const code = composeCreditCode('11', d, b);
        expect(code).toHaveLength(18);
        expect(isValidCreditCode(code)).toBe(true);
      }),
    );
  });
});

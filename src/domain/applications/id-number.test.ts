import { describe, expect, it } from 'vitest';
import { birthDateOfIdNumber, checkIdNumber, computeIdCheckCharacter, isValidIdNumber, normalizeIdNumber } from './id-number.ts';

// The GB 11643-1999 worked example and numbers made valid by computing their check character.
const example = '11010519491231002X';
const withCheck = (first17: string) => `${first17}${computeIdCheckCharacter(first17)}`;

describe('computeIdCheckCharacter', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['43010219900307123', withCheck('43010219900307123').slice(-1)],
  ])('gives the MOD 11-2 check character of %s', (first17, expected) => {
    expect(computeIdCheckCharacter(first17)).toBe(expected);
  });

  it('throws when the input is not 17 digits', () => {
    expect(() => computeIdCheckCharacter('1234')).toThrow(RangeError);
  });
});

describe('checkIdNumber', () => {
  it('accepts a valid number with X as the check character', () => {
    expect(checkIdNumber(example)).toEqual([]);
  });

  it('accepts lower-case x, full-width digits and spaces as pasted', () => {
    expect(checkIdNumber(' 110105 19491231 002x ')).toEqual([]);
    expect(checkIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toEqual([]);
  });

  it.each([
    ['', 'idNumber.required'],
    ['11010519491231002', 'idNumber.length'],
    ['1101051949123100211', 'idNumber.length'],
    ['1101051949123100AX', 'idNumber.characters'],
    ['X10105194912310021', 'idNumber.characters'],
    [withCheck('01010519491231002'), 'idNumber.region'],
    [withCheck('91010519491231002'), 'idNumber.region'],
    [withCheck('11010519490231002'), 'idNumber.birthDate'],
    [withCheck('11010519491331002'), 'idNumber.birthDate'],
    [withCheck('11010518991231002'), 'idNumber.birthDate'],
    [withCheck('11010520230229002'), 'idNumber.birthDate'],
    ['110105194912310021', 'idNumber.checkDigit'],
  ])('reports %s as %s', (input, code) => {
    const issues = checkIdNumber(input);
    expect(issues.map((i) => i.code)).toEqual([code]);
    expect(issues[0]!.path).toBe('idNumber');
  });

  it('gives the check-digit message in Chinese', () => {
    expect(checkIdNumber('110105194912310021')[0]!.message).toBe('身份证号码校验位不正确，请核对。');
  });

  it('accepts 29 February in a leap year', () => {
    expect(checkIdNumber(withCheck('11010520240229002'))).toEqual([]);
  });

  it('refuses a birth date after today when today is given', () => {
    const number = withCheck('11010520260601002');
    expect(checkIdNumber(number, { today: '2026-05-31' }).map((i) => i.code)).toEqual(['idNumber.birthDate']);
    expect(checkIdNumber(number, { today: '2026-06-01' })).toEqual([]);
  });

  it('reports under the path it is given', () => {
    expect(checkIdNumber('', { path: 'applicant.idNumber' })[0]!.path).toBe('applicant.idNumber');
  });

  it('accepts the residence-permit prefixes 81, 82 and 83', () => {
    for (const prefix of ['81', '82', '83']) expect(isValidIdNumber(withCheck(`${prefix}000019900101001`))).toBe(true);
  });
});

describe('birthDateOfIdNumber', () => {
  it('reads the birth date', () => {
    expect(birthDateOfIdNumber(example)).toBe('1949-12-31');
  });

  it('gives null for an impossible date', () => {
    expect(birthDateOfIdNumber('110105194904310021')).toBeNull();
  });
});

describe('normalizeIdNumber', () => {
  it('upper-cases and removes spaces and full-width characters', () => {
    expect(normalizeIdNumber('１１０１０５　1949 1231002x')).toBe(example);
  });
});

import { describe, expect, it } from 'vitest';
import { composeCreditCode } from '../agencies/credit-code.ts';
import type { Applicant } from './applicant.ts';
import { checkApplicantIdentity, checkCreditCode, normalizeCreditCode } from './applicant-identity.ts';

const creditCode = composeCreditCode('11', '439901', 'MB123456');
const person: Applicant = { kind: 'naturalPerson', name: '张三', idNumber: '11010519491231002X', idDocument: 'residentIdCard' };
const company: Applicant = {
  kind: 'organization',
  organizationKind: 'commercial',
  name: '莲城县某某有限公司',
  creditCode,
  legalRepresentative: '李四',
  contactPerson: '王五',
};

describe('checkCreditCode', () => {
  it('accepts a valid code, also in lower case with spaces', () => {
    expect(checkCreditCode(creditCode)).toEqual([]);
    expect(checkCreditCode(` ${creditCode.toLowerCase().slice(0, 9)} ${creditCode.slice(9)}`)).toEqual([]);
  });

  it.each([
    ['', 'creditCode.required'],
    ['1143990', 'creditCode.length'],
    ['11439901MB12345O6X', 'creditCode.characters'],
  ])('reports %s as %s', (input, code) => {
    expect(checkCreditCode(input).map((i) => i.code)).toEqual([code]);
  });

  it('reports a wrong check character in Chinese', () => {
    const wrong = `${creditCode.slice(0, 17)}${creditCode[17] === '0' ? '1' : '0'}`;
    expect(checkCreditCode(wrong)).toEqual([
      { code: 'creditCode.checkDigit', path: 'creditCode', message: '统一社会信用代码校验位不正确，请核对。' },
    ]);
  });

  it('normalises full-width characters', () => {
    expect(normalizeCreditCode('９１ ａｂ')).toBe('91AB');
  });
});

describe('checkApplicantIdentity', () => {
  it('accepts a natural person with a valid ID number', () => {
    expect(checkApplicantIdentity(person)).toEqual([]);
  });

  it('checks the ID number only for a 居民身份证', () => {
    expect(checkApplicantIdentity({ ...person, idNumber: 'E12345678', idDocument: 'other' })).toEqual([]);
    expect(checkApplicantIdentity({ ...person, idNumber: 'E12345678' }).map((i) => i.code)).toEqual(['idNumber.length']);
    expect(checkApplicantIdentity({ ...person, idNumber: ' ', idDocument: 'other' }).map((i) => i.code)).toEqual([
      'idNumber.required',
    ]);
  });

  it('accepts an organisation with a valid credit code', () => {
    expect(checkApplicantIdentity(company)).toEqual([]);
  });

  it('lists every missing field of an organisation', () => {
    const issues = checkApplicantIdentity({ ...company, name: ' ', creditCode: '', legalRepresentative: '', contactPerson: '' });
    expect(issues.map((i) => i.code)).toEqual([
      'name.required',
      'creditCode.required',
      'legalRepresentative.required',
      'contactPerson.required',
    ]);
  });
});

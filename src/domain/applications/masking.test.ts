import { describe, expect, it } from 'vitest';
import type { Applicant, ApplicantContact } from './applicant.ts';
import {
  maskAddress,
  maskApplicant,
  maskCreditCode,
  maskEmail,
  maskIdNumber,
  maskMiddle,
  maskPersonName,
  maskPhone,
} from './masking.ts';

describe('maskMiddle', () => {
  it('keeps the ends and stars the middle one per character', () => {
    expect(maskMiddle('abcdefgh', 2, 3)).toBe('ab***fgh');
  });

  it('masks a value too short to keep both ends whole', () => {
    expect(maskMiddle('abcd', 2, 2)).toBe('****');
  });
});

describe('masking functions', () => {
  it.each([
    ['430102199003071234', '4301**********1234', maskIdNumber],
    [' 11010519491231002X ', '1101**********002X', maskIdNumber],
    ['1234567', '*******', maskIdNumber],
    ['91430100MA4L12345X', '9143**********345X', maskCreditCode],
    ['13812345678', '138****5678', maskPhone],
    ['0731-5210001', '073*-***0001', maskPhone],
    ['5210001', '*****01', maskPhone],
    ['张三', '张*', maskPersonName],
    ['张晓明', '张**', maskPersonName],
    ['欧阳娜娜', '欧阳**', maskPersonName],
    ['欧阳', '欧*', maskPersonName],
    ['李', '*', maskPersonName],
    ['John Smith', 'J*** *****', maskPersonName],
    ['zhangsan@example.com', 'z***@example.com', maskEmail],
    ['z@example.com', 'z***@example.com', maskEmail],
    ['not-an-email', 'n***********', maskEmail],
    ['湖南省莲城县莲花大道1号', '湖南省莲城县****', maskAddress],
    ['莲花街2号', '莲花****', maskAddress],
  ])('masks %s as %s', (input, expected, mask) => {
    expect(mask(input)).toBe(expected);
  });

  it('keeps separators and never shows more than 7 digits of a number with a country code', () => {
    const masked = maskPhone('+86 138 1234 5678');
    expect(masked).toBe('+86 1** **** 5678');
    expect(masked.replace(/\D/g, '').length).toBeLessThanOrEqual(7);
  });
});

const contact: ApplicantContact = {
  phone: '13812345678',
  email: 'zhangsan@example.com',
  address: '湖南省莲城县莲花大道1号',
  postcode: '439900',
};

describe('maskApplicant', () => {
  it('masks a natural person and the contact details', () => {
    const person: Applicant = { kind: 'naturalPerson', name: '张三', idNumber: '430102199003071234', idDocument: 'residentIdCard' };
    expect(maskApplicant(person, contact)).toEqual({
      applicant: { kind: 'naturalPerson', name: '张*', idNumber: '4301**********1234', idDocument: 'residentIdCard' },
      contact: { phone: '138****5678', email: 'z***@example.com', address: '湖南省莲城县****', postcode: '439900' },
    });
  });

  it('keeps an organisation name but masks its people and its code', () => {
    const company: Applicant = {
      kind: 'organization',
      organizationKind: 'commercial',
      name: '莲城县某某有限公司',
      creditCode: '91430100MA4L12345X',
      legalRepresentative: '欧阳娜娜',
      contactPerson: '王五',
    };
    const { applicant } = maskApplicant(company, { ...contact, email: null, address: null });
    expect(applicant).toMatchObject({
      name: '莲城县某某有限公司',
      creditCode: '9143**********345X',
      legalRepresentative: '欧阳**',
      contactPerson: '王*',
    });
  });

  it('leaves absent contact details null', () => {
    const person: Applicant = { kind: 'naturalPerson', name: '张三', idNumber: 'x', idDocument: 'other' };
    const { contact: masked } = maskApplicant(person, { phone: '13812345678', email: null, address: null, postcode: null });
    expect(masked).toEqual({ phone: '138****5678', email: null, address: null, postcode: null });
  });
});

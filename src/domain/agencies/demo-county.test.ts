import { describe, expect, it } from 'vitest';
import { roles } from '../access/roles.ts';
import { checkPasswordPolicy } from '../accounts/password-policy.ts';
import { isValidAgencyCode } from './agency.ts';
import { isValidCreditCode } from './credit-code.ts';
import { demoAccounts, demoAgencies, demoCountyCode } from './demo-county.ts';

describe('demo county', () => {
  it('has the county government, about ten departments and about five townships', () => {
    const count = (kind: string) => demoAgencies.filter((a) => a.kind === kind).length;
    expect(demoAgencies[0]).toMatchObject({ code: demoCountyCode, name: '莲城县人民政府', kind: 'government', parentCode: null });
    expect([count('government'), count('department'), count('township')]).toEqual([1, 10, 5]);
  });

  it('lists parents before children, with unique valid codes', () => {
    const seen = new Set<string>();
    for (const agency of demoAgencies) {
      expect(isValidAgencyCode(agency.code)).toBe(true);
      expect(agency.parentCode === null || seen.has(agency.parentCode)).toBe(true);
      seen.add(agency.code);
    }
    expect(seen.size).toBe(demoAgencies.length);
  });

  it('gives credit codes that pass the GB 32100 check, unique, and one agency without', () => {
    const codes = demoAgencies.map((a) => a.creditCode).filter((c): c is string => c !== null);
    expect(codes.every(isValidCreditCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(demoAgencies.length - codes.length).toBe(1);
  });

  it('fills in every disclosure office detail', () => {
    for (const a of demoAgencies) {
      expect([a.officeName, a.address, a.postcode, a.phone, a.email, a.hours].every((v) => v !== null && v !== '')).toBe(true);
      expect(a.postcode).toMatch(/^\d{6}$/);
    }
  });

  it('has an account for every role, each at an agency of the county', () => {
    expect(new Set(demoAccounts.map((a) => a.role))).toEqual(new Set(roles));
    const codes = new Set(demoAgencies.map((a) => a.code));
    expect(demoAccounts.every((a) => codes.has(a.agencyCode))).toBe(true);
  });

  it('gives demo passwords that the password policy accepts', () => {
    for (const account of demoAccounts) {
      expect(checkPasswordPolicy(account.password, { username: account.username, displayName: account.displayName })).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Principal, Role } from '../domain/access/roles.ts';
import { buildAncestry } from '../domain/access/scope.ts';
import { assertMayCreateAccount, assertMayReceiveRole, assertMayResetPassword, type AccountTarget } from './separated-duty-guards.ts';

const ancestry = buildAncestry(new Map([['lcx', null], ['lcx-jyj', 'lcx'], ['lcx-gaj', 'lcx']]));

function principal(accountId: string, role: Role, agencyId: string, includeSubtree: boolean): Principal {
  return { accountId, grants: [{ role, agencyId, includeSubtree }] };
}

const systemAdmin = principal('sa', 'systemAdmin', 'lcx', true);
const countyOfficer = principal('so', 'securityOfficer', 'lcx', true);
const departmentOfficer = principal('so2', 'securityOfficer', 'lcx-gaj', false);
const departmentAdmin = principal('da', 'agencyAdmin', 'lcx-jyj', false);

function account(accountRoles: Role[], agencyId = 'lcx-jyj', accountId = 'x'): AccountTarget {
  return { accountId, agencyId, accountRoles };
}

function outcomeOf(check: () => void): string {
  try {
    check();
    return 'allowed';
  } catch (error) {
    return (error as { code?: string }).code ?? 'thrown';
  }
}

describe('assertMayResetPassword', () => {
  it.each<[string, Principal, AccountTarget, string]>([
    ['the system admin, an ordinary account', systemAdmin, account(['handler']), 'allowed'],
    ['a department admin, an ordinary account of its own', departmentAdmin, account(['handler']), 'allowed'],
    ['the system admin, the auditor', systemAdmin, account(['auditor'], 'lcx'), 'access_denied'],
    ['the system admin, a security officer', systemAdmin, account(['securityOfficer'], 'lcx'), 'access_denied'],
    ['the system admin, another system admin', systemAdmin, account(['systemAdmin'], 'lcx'), 'access_denied'],
    ['the county security officer, the auditor', countyOfficer, account(['auditor'], 'lcx'), 'allowed'],
    ['the county security officer, a system admin', countyOfficer, account(['systemAdmin', 'handler']), 'allowed'],
    ['a department security officer, an auditor elsewhere', departmentOfficer, account(['auditor']), 'access_denied'],
    ['the security officer, an ordinary account', countyOfficer, account(['handler']), 'access_denied'],
    ['the system admin, itself', systemAdmin, account(['systemAdmin'], 'lcx', 'sa'), 'access_denied'],
    ['the security officer, itself', countyOfficer, account(['securityOfficer'], 'lcx', 'so'), 'access_denied'],
  ])('decides %s', (_, who, target, expected) => {
    expect(outcomeOf(() => assertMayResetPassword(who, target, ancestry))).toBe(expected);
  });

  it('says in Chinese that only the security officer may reset a 三员 account', () => {
    expect(() => assertMayResetPassword(systemAdmin, account(['auditor'], 'lcx'), ancestry)).toThrow(/只能由安全管理员重置密码/);
  });
});

describe('assertMayCreateAccount', () => {
  it.each<[Role | null, Principal, string]>([
    [null, systemAdmin, 'allowed'],
    ['handler', departmentAdmin, 'allowed'],
    ['systemAdmin', systemAdmin, 'allowed'],
    ['auditor', systemAdmin, 'access_denied'],
    ['securityOfficer', systemAdmin, 'access_denied'],
    ['handler', countyOfficer, 'access_denied'],
    ['handler', principal('da2', 'agencyAdmin', 'lcx-gaj', false), 'access_denied'],
  ])('decides a first role of %s', (role, who, expected) => {
    const target = role === null ? { agencyId: 'lcx-jyj' } : { agencyId: 'lcx-jyj', grant: { role, includeSubtree: false } };
    expect(outcomeOf(() => assertMayCreateAccount(who, target, ancestry))).toBe(expected);
  });
});

describe('assertMayReceiveRole', () => {
  it.each<[Role, boolean, string]>([
    ['auditor', true, 'access_denied'],
    ['securityOfficer', true, 'access_denied'],
    ['auditor', false, 'allowed'],
    ['handler', true, 'allowed'],
    ['systemAdmin', true, 'allowed'],
  ])('decides %s for an account that must change its password: %s', (role, mustChangePassword, expected) => {
    expect(outcomeOf(() => assertMayReceiveRole(role, { mustChangePassword }))).toBe(expected);
  });
});

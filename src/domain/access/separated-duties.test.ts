import { describe, expect, it } from 'vitest';
import { AccessDeniedError } from './access-denied-error.ts';
import type { Action } from './access-table.ts';
import { assertCan, decideAccess, type AccessTarget, type DenialReason } from './policy.ts';
import type { Principal, Role } from './roles.ts';
import { buildAncestry } from './scope.ts';

const ancestry = buildAncestry(
  new Map([
    ['lcx', null],
    ['lcx-jyj', 'lcx'],
    ['lcx-gaj', 'lcx'],
  ]),
);

function principal(accountId: string, role: Role, agencyId: string, includeSubtree: boolean): Principal {
  return { accountId, grants: [{ role, agencyId, includeSubtree }] };
}

const systemAdmin = principal('sa', 'systemAdmin', 'lcx', true);
const countyAgencyAdmin = principal('aa', 'agencyAdmin', 'lcx', true);
const departmentAdmin = principal('da', 'agencyAdmin', 'lcx-jyj', false);

/** Granting (or revoking) `role` in 教育局 to the account `accountId`, which holds `accountRoles`. */
function grantTarget(
  accountId: string,
  accountRoles: Role[],
  role: Role,
  includeSubtree = false,
): AccessTarget {
  return { agencyId: 'lcx-jyj', accountId, accountRoles, grant: { role, includeSubtree } };
}

function accountTarget(accountRoles: Role[]): AccessTarget {
  return { agencyId: 'lcx-jyj', accountId: 'x', accountRoles };
}

function reasonOf(who: Principal, action: Action, target: AccessTarget): DenialReason | 'allowed' {
  const decision = decideAccess(who, action, target, ancestry);
  return decision.allowed ? 'allowed' : decision.reason;
}

describe('no one changes their own roles', () => {
  it.each([
    ['grant itself a handler role', 'role.grant', 'handler'],
    ['grant itself the auditor role', 'role.grant', 'auditor'],
    ['grant itself the security officer role', 'role.grant', 'securityOfficer'],
    ['revoke its own role', 'role.revoke', 'systemAdmin'],
  ] as const)('refuses a system admin who tries to %s', (_, action, role) => {
    const target = grantTarget('sa', ['systemAdmin'], role);
    expect(reasonOf(systemAdmin, action, target)).toBe('selfRoleChange');
  });

  it('refuses an agency admin who grants itself a role', () => {
    const target = grantTarget('da', ['agencyAdmin'], 'reviewer');
    expect(reasonOf(departmentAdmin, 'role.grant', target)).toBe('selfRoleChange');
  });
});

describe('三员分立 in role grants', () => {
  it.each([
    ['systemAdmin', 'auditor'],
    ['systemAdmin', 'securityOfficer'],
    ['auditor', 'systemAdmin'],
    ['securityOfficer', 'auditor'],
  ] as const)('refuses to give an account holding %s the %s role too', (held, role) => {
    const target = grantTarget('x', [held], role);
    expect(reasonOf(systemAdmin, 'role.grant', target)).toBe('separatedDutyConflict');
  });

  it.each([
    [[], 'auditor'],
    [['auditor'], 'auditor'],
    [['handler'], 'securityOfficer'],
    [['agencyAdmin'], 'systemAdmin'],
  ] as const)('lets a system admin give an account holding %j the %s role', (held, role) => {
    expect(reasonOf(systemAdmin, 'role.grant', grantTarget('x', [...held], role))).toBe('allowed');
  });

  it.each(['systemAdmin', 'securityOfficer', 'auditor'] as const)(
    'refuses an agency admin who grants or revokes %s',
    (role) => {
      const granting = grantTarget('x', [], role);
      const revoking = grantTarget('x', [role], role);
      expect(reasonOf(countyAgencyAdmin, 'role.grant', granting)).toBe('separatedDutyRole');
      expect(reasonOf(countyAgencyAdmin, 'role.revoke', revoking)).toBe('separatedDutyRole');
    },
  );

  it.each(['registrar', 'handler', 'reviewer', 'agencyAdmin'] as const)(
    'lets an agency admin grant %s in its agency',
    (role) => {
      const target = grantTarget('x', ['handler'], role);
      expect(reasonOf(departmentAdmin, 'role.grant', target)).toBe('allowed');
    },
  );

  it.each<[Action, AccessTarget]>([
    ['account.update', accountTarget(['handler', 'auditor'])],
    ['account.resetPassword', accountTarget(['securityOfficer'])],
    ['role.grant', grantTarget('x', ['systemAdmin'], 'registrar')],
    ['role.revoke', grantTarget('x', ['handler', 'systemAdmin'], 'handler')],
  ])('refuses an agency admin who takes %s on an account holding a 三员 role', (action, target) => {
    expect(reasonOf(countyAgencyAdmin, action, target)).toBe('separatedDutyAccount');
  });

  it('lets an agency admin read the list of accounts including 三员 accounts', () => {
    expect(reasonOf(countyAgencyAdmin, 'account.list', accountTarget(['auditor']))).toBe('allowed');
  });

  it('lets an agency admin create an account with an ordinary first role, not a 三员 one', () => {
    const withRole = (role: Role): AccessTarget => ({
      agencyId: 'lcx-jyj',
      grant: { role, includeSubtree: false },
    });
    expect(reasonOf(departmentAdmin, 'account.create', withRole('handler'))).toBe('allowed');
    expect(reasonOf(departmentAdmin, 'account.create', withRole('auditor'))).toBe('separatedDutyRole');
  });

  it('lets a system admin reset the password of any account in its scope', () => {
    const target: AccessTarget = { agencyId: 'lcx-gaj', accountId: 'x', accountRoles: ['auditor'] };
    expect(reasonOf(systemAdmin, 'account.resetPassword', target)).toBe('allowed');
  });

  it('uses the grant that allows: an agency admin who is also system admin may grant 三员 roles', () => {
    const both: Principal = {
      accountId: 'b',
      grants: [...countyAgencyAdmin.grants, ...systemAdmin.grants],
    };
    expect(reasonOf(both, 'role.grant', grantTarget('x', [], 'auditor'))).toBe('allowed');
  });
});

describe('no widening of scope', () => {
  it('refuses a department admin who grants a role with its subtree', () => {
    const target = grantTarget('x', [], 'handler', true);
    expect(reasonOf(departmentAdmin, 'role.grant', target)).toBe('scopeEscalation');
  });

  it('lets an admin whose grant includes the subtree grant one with the subtree', () => {
    const target = grantTarget('x', [], 'handler', true);
    expect(reasonOf(countyAgencyAdmin, 'role.grant', target)).toBe('allowed');
  });
});

describe('incomplete targets are refused, not guessed', () => {
  const handlerGrant = { role: 'handler', includeSubtree: false } as const;

  it.each<[string, AccessTarget]>([
    ['without the account', { agencyId: 'lcx-jyj', grant: handlerGrant }],
    ['without the grant', { agencyId: 'lcx-jyj', accountId: 'x', accountRoles: [] }],
    ['without the account roles', { agencyId: 'lcx-jyj', accountId: 'x', grant: handlerGrant }],
  ])('refuses role.grant %s', (_, target) => {
    expect(reasonOf(systemAdmin, 'role.grant', target)).toBe('incompleteTarget');
  });

  it('refuses an agency admin acting on an account whose roles are not given', () => {
    const target: AccessTarget = { agencyId: 'lcx-jyj', accountId: 'x' };
    expect(reasonOf(departmentAdmin, 'account.update', target)).toBe('incompleteTarget');
  });
});

describe('assertCan', () => {
  it('throws AccessDeniedError with code access_denied, the reason and a Chinese message', () => {
    let error: unknown;
    try {
      assertCan(systemAdmin, 'audit.read', { agencyId: 'lcx' }, ancestry);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect(error).toMatchObject({
      code: 'access_denied',
      action: 'audit.read',
      reason: 'notPermitted',
      message: '您的角色没有执行此操作的权限。',
    });
  });

  it('returns quietly when allowed', () => {
    const target = { agencyId: 'lcx-jyj' };
    expect(() => assertCan(systemAdmin, 'account.create', target, ancestry)).not.toThrow();
  });
});

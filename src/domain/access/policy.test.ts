import { describe, expect, it } from 'vitest';
import { accessTable, actions, type Action } from './access-table.ts';
import { can, decideAccess, type AccessTarget } from './policy.ts';
import { roles, type Principal, type Role } from './roles.ts';
import { buildAncestry } from './scope.ts';

/**
 * The expected decision for every action × role, written out independently of `access-table.ts`:
 * changing who may do what means changing both, on purpose.
 */
const expectedGrid = `
                          reg hnd rev apr aad sad sec aud
staffConsole.enter         Y   Y   Y   Y   Y   Y   Y   Y
agency.read                Y   Y   Y   .   Y   Y   Y   .
agency.create              .   .   .   .   .   Y   .   .
agency.update              .   .   .   .   Y   Y   .   .
account.list               .   .   .   .   Y   Y   Y   .
account.create             .   .   .   .   Y   Y   .   .
account.update             .   .   .   .   Y   Y   .   .
account.resetPassword      .   .   .   .   Y   Y   .   .
account.unlock             .   .   .   .   .   .   Y   .
role.grant                 .   .   .   .   Y   Y   .   .
role.revoke                .   .   .   .   Y   Y   .   .
audit.read                 .   .   .   .   .   .   .   Y
audit.verify               .   .   .   .   .   .   .   Y
securitySettings.read      .   .   .   .   .   .   Y   .
securitySettings.update    .   .   .   .   .   .   Y   .
application.read           Y   Y   Y   .   .   .   .   .
application.register       Y   .   .   .   .   .   .   .
application.handle         .   Y   .   .   .   .   .   .
application.review         .   .   Y   .   .   .   .   .
application.viewPersonalData Y Y . . . . . .
application.import         Y   .   .   .   .   .   .   .
replyTemplate.update       .   .   Y   .   Y   .   .   .
calendar.read              Y   Y   Y   .   Y   Y   .   .
calendar.update            .   .   .   .   .   Y   .   .
info.read                  Y   Y   Y   Y   Y   .   .   .
info.draft                 .   Y   .   .   .   .   .   .
info.reviewFirst           .   .   Y   .   .   .   .   .
info.reviewSecond          .   .   Y   .   .   .   .   .
info.reviewFinal           .   .   .   Y   .   .   .   .
info.withdraw              .   .   .   Y   .   .   .   .
catalog.configure          .   .   .   .   Y   .   .   .
classification.update      .   .   .   .   .   Y   .   .
register.update            .   Y   .   .   .   .   .   .
art20Figures.update        .   Y   .   .   .   .   .   .
report.read                Y   Y   Y   .   .   .   .   .
report.edit                .   Y   .   .   .   .   .   .
report.publish             .   .   Y   .   .   .   .   .
`;

/** The grid's columns, in order. */
const gridRoles: Role[] = [
  'registrar',
  'handler',
  'reviewer',
  'approver',
  'agencyAdmin',
  'systemAdmin',
  'securityOfficer',
  'auditor',
];

function parseGrid(grid: string): Map<string, Map<Role, boolean>> {
  const rows = grid.trim().split('\n').slice(1);
  return new Map(
    rows.map((row) => {
      const [action, ...cells] = row.trim().split(/\s+/);
      return [action!, new Map(gridRoles.map((role, i) => [role, cells[i] === 'Y']))];
    }),
  );
}

const expected = parseGrid(expectedGrid);

/** 莲城县 (lcx) with two departments and a township; 教育局 (jyj) has a school office below it. */
const ancestry = buildAncestry(
  new Map([
    ['lcx', null],
    ['lcx-jyj', 'lcx'],
    ['lcx-gaj', 'lcx'],
    ['lcx-hhz', 'lcx'],
    ['lcx-jyj-xx', 'lcx-jyj'],
  ]),
);

/** A target that trips none of the 三员 constraints: another account, with an ordinary role. */
function neutralTarget(action: Action, agencyId: string): AccessTarget {
  const account = { agencyId, accountId: 'other', accountRoles: ['handler' as const] };
  if (action.startsWith('role.')) {
    return { ...account, grant: { role: 'registrar', includeSubtree: false } };
  }
  return action.startsWith('account.') ? account : { agencyId };
}

function principalWith(role: Role, agencyId: string, includeSubtree: boolean): Principal {
  return { accountId: 'me', grants: [{ role, agencyId, includeSubtree }] };
}

describe('access table', () => {
  it('lists the same actions as the expected grid, in the same order', () => {
    expect(actions).toEqual([...expected.keys()]);
  });

  it('names every role of the grid', () => {
    expect([...roles].sort()).toEqual([...gridRoles].sort());
  });

  it('gives every action a Chinese label', () => {
    for (const action of actions) expect(accessTable[action].label).toMatch(/^[\u4e00-\u9fff（）]+$/);
  });

  const cells = actions.flatMap((action) => gridRoles.map((role) => [action, role] as const));

  it.each(cells)('decides %s for %s in every scope', (action, role) => {
    const allowed = expected.get(action)!.get(role)!;
    /** The role granted in `grantAgency` (with or without its subtree) acting on `targetAgency`. */
    const decide = (grantAgency: string, includeSubtree: boolean, targetAgency: string) => {
      const principal = principalWith(role, grantAgency, includeSubtree);
      return can(principal, action, neutralTarget(action, targetAgency), ancestry);
    };
    const decisions = {
      anywhere: can(principalWith(role, 'lcx-jyj', false), action),
      ownAgency: decide('lcx-jyj', false, 'lcx-jyj'),
      otherAgency: decide('lcx-jyj', true, 'lcx-gaj'),
      parentAgency: decide('lcx-jyj', true, 'lcx'),
      subtree: decide('lcx', true, 'lcx-jyj-xx'),
      countyWithoutSubtree: decide('lcx', false, 'lcx-jyj'),
    };
    expect(decisions).toEqual({
      anywhere: allowed,
      ownAgency: allowed,
      otherAgency: false,
      parentAgency: false,
      subtree: allowed,
      countyWithoutSubtree: false,
    });
  });
});

describe('decideAccess reasons', () => {
  it('says notPermitted for a role the table leaves out, and outOfScope for another agency', () => {
    const handler = principalWith('handler', 'lcx-jyj', false);
    expect(decideAccess(handler, 'audit.read')).toEqual({ allowed: false, reason: 'notPermitted' });
    expect(decideAccess(handler, 'application.handle', { agencyId: 'lcx-gaj' }, ancestry)).toEqual({
      allowed: false,
      reason: 'outOfScope',
    });
  });

  it('keeps one person\'s grants apart: a role in one agency does not carry over to another', () => {
    const person: Principal = {
      accountId: 'me',
      grants: [
        { role: 'handler', agencyId: 'lcx-jyj', includeSubtree: false },
        { role: 'reviewer', agencyId: 'lcx-gaj', includeSubtree: false },
      ],
    };
    expect(can(person, 'application.handle', { agencyId: 'lcx-jyj' }, ancestry)).toBe(true);
    expect(can(person, 'application.handle', { agencyId: 'lcx-gaj' }, ancestry)).toBe(false);
    expect(can(person, 'application.review', { agencyId: 'lcx-jyj' }, ancestry)).toBe(false);
    expect(can(person, 'application.review', { agencyId: 'lcx-gaj' }, ancestry)).toBe(true);
  });

  it('covers only the own agency when no agency tree is passed', () => {
    const countyHandler = principalWith('handler', 'lcx', true);
    expect(can(countyHandler, 'application.handle', { agencyId: 'lcx' })).toBe(true);
    expect(can(countyHandler, 'application.handle', { agencyId: 'lcx-jyj' })).toBe(false);
  });

  it('accepts the agency tree as a function', () => {
    const isBelow = (agencyId: string, ancestorId: string) =>
      ancestry.get(agencyId)?.includes(ancestorId) ?? false;
    const countyHandler = principalWith('handler', 'lcx', true);
    const policeHandler = principalWith('handler', 'lcx-gaj', true);
    expect(can(countyHandler, 'application.handle', { agencyId: 'lcx-jyj-xx' }, isBelow)).toBe(true);
    expect(can(policeHandler, 'application.handle', { agencyId: 'lcx-jyj' }, isBelow)).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actions, isAllowedByTable, type Action } from './access-table.ts';
import { can, type AccessTarget } from './policy.ts';
import { roles, type Principal, type Role, type RoleGrant } from './roles.ts';
import { buildAncestry } from './scope.ts';

type Tree = Map<string, string | null>;

const agencyIdOf = (index: number) => `agency-${index}`;

/** An agency tree of 2–15 agencies: agency i hangs below one of the agencies before it. */
const treeArbitrary: fc.Arbitrary<Tree> = fc
  .integer({ min: 2, max: 15 })
  .chain((size) => fc.tuple(...Array.from({ length: size - 1 }, (_, i) => fc.nat(i))))
  .map(
    (parents) =>
      new Map([
        [agencyIdOf(0), null],
        ...parents.map((parent, i) => [agencyIdOf(i + 1), agencyIdOf(parent)] as const),
      ]),
  );

/** Any agency of the tree. */
const agencyOf = (tree: Tree) => fc.nat(tree.size - 1).map(agencyIdOf);

function isInSubtree(tree: Tree, agencyId: string, rootId: string): boolean {
  for (let id: string | null = agencyId; id !== null; id = tree.get(id) ?? null) {
    if (id === rootId) return true;
  }
  return false;
}

function isCoveredByAny(tree: Tree, grants: RoleGrant[], agencyId: string): boolean {
  return grants.some(
    (g) => g.agencyId === agencyId || (g.includeSubtree && isInSubtree(tree, agencyId, g.agencyId)),
  );
}

const roleArbitrary = fc.constantFrom(...roles);
const actionArbitrary = fc.constantFrom(...actions);

/** Any target the routes could build: any account (ours or another), any roles, any grant. */
function targetArbitrary(agencyId: string): fc.Arbitrary<AccessTarget> {
  return fc.record(
    {
      agencyId: fc.constant(agencyId),
      accountId: fc.constantFrom('me', 'other'),
      accountRoles: fc.uniqueArray(roleArbitrary, { maxLength: 3 }),
      grant: fc.record({ role: roleArbitrary, includeSubtree: fc.boolean() }),
    },
    { requiredKeys: ['agencyId'] },
  );
}

function grantsArbitrary(tree: Tree, role: fc.Arbitrary<Role> = roleArbitrary) {
  const grant = fc.record({ role, agencyId: agencyOf(tree), includeSubtree: fc.boolean() });
  return fc.array(grant, { minLength: 1, maxLength: 4 });
}

const runs = { numRuns: 500 };

describe('access policy properties', () => {
  it('never lets grants act on an agency outside their agencies and subtrees (a sibling)', () => {
    const scenario = treeArbitrary
      .chain((tree) =>
        fc.record({
          tree: fc.constant(tree),
          grants: grantsArbitrary(tree),
          targetId: agencyOf(tree),
          action: actionArbitrary,
        }),
      )
      .filter(({ tree, grants, targetId }) => !isCoveredByAny(tree, grants, targetId))
      .chain((s) => targetArbitrary(s.targetId).map((target) => ({ ...s, target })));
    fc.assert(
      fc.property(scenario, ({ tree, grants, action, target }) => {
        expect(can({ accountId: 'me', grants }, action, target, buildAncestry(tree))).toBe(false);
      }),
      runs,
    );
  });

  it('lets a grant with its subtree act on every agency below it, as the table allows', () => {
    const scenario = treeArbitrary
      .chain((tree) =>
        fc.record({
          tree: fc.constant(tree),
          rootId: agencyOf(tree),
          targetId: agencyOf(tree),
          role: roleArbitrary,
          action: actionArbitrary,
        }),
      )
      .filter(({ tree, rootId, targetId }) => isInSubtree(tree, targetId, rootId));
    const neutral = {
      accountId: 'other',
      accountRoles: [],
      grant: { role: 'handler' as const, includeSubtree: false },
    };
    fc.assert(
      fc.property(scenario, ({ tree, rootId, targetId, role, action }) => {
        const principal: Principal = {
          accountId: 'me',
          grants: [{ role, agencyId: rootId, includeSubtree: true }],
        };
        const target: AccessTarget = { ...neutral, agencyId: targetId };
        const expected = isAllowedByTable(role, action);
        expect(can(principal, action, target, buildAncestry(tree))).toBe(expected);
      }),
      runs,
    );
  });

  it('lets an auditor read and verify the audit log and enter the console, and nothing else', () => {
    const auditorActions: readonly Action[] = ['audit.read', 'audit.verify', 'staffConsole.enter'];
    const scenario = treeArbitrary.chain((tree) =>
      fc.record({
        tree: fc.constant(tree),
        grants: grantsArbitrary(tree, fc.constant('auditor')),
        action: actionArbitrary.filter((action) => !auditorActions.includes(action)),
        target: fc.option(agencyOf(tree).chain(targetArbitrary), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ tree, grants, action, target }) => {
        expect(can({ accountId: 'me', grants }, action, target, buildAncestry(tree))).toBe(false);
      }),
      runs,
    );
    const auditor: Principal = {
      accountId: 'me',
      grants: [{ role: 'auditor', agencyId: agencyIdOf(0), includeSubtree: true }],
    };
    const root = { agencyId: agencyIdOf(0) };
    for (const action of auditorActions) expect(can(auditor, action, root)).toBe(true);
  });

  it('never lets anyone change their own roles, whatever they hold', () => {
    const scenario = treeArbitrary.chain((tree) =>
      fc.record({
        tree: fc.constant(tree),
        grants: grantsArbitrary(tree),
        action: fc.constantFrom<Action>('role.grant', 'role.revoke'),
        target: agencyOf(tree)
          .chain(targetArbitrary)
          .map((target) => ({ ...target, accountId: 'me' })),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ tree, grants, action, target }) => {
        expect(can({ accountId: 'me', grants }, action, target, buildAncestry(tree))).toBe(false);
      }),
      runs,
    );
  });

  it('never lets a system admin, security officer or agency admin read the audit log', () => {
    const adminRoles = fc.constantFrom<Role>('systemAdmin', 'securityOfficer', 'agencyAdmin');
    const scenario = treeArbitrary.chain((tree) =>
      fc.record({ grants: grantsArbitrary(tree, adminRoles), agencyId: agencyOf(tree) }),
    );
    fc.assert(
      fc.property(scenario, ({ grants, agencyId }) => {
        expect(can({ accountId: 'me', grants }, 'audit.read', { agencyId })).toBe(false);
        expect(can({ accountId: 'me', grants }, 'audit.read')).toBe(false);
      }),
    );
  });
});

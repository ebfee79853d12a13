/**
 * Grants a role in an agency (optionally with its subtree) to an account. The access rules judge
 * both the grant's agency and the account's home agency, so an admin can neither hand out roles
 * outside their scope nor reach an account of another department; 三员分立 and "never to oneself"
 * come from the access table, the guarded roles from separated-duty-guards.ts.
 */
import { z } from 'zod';
import { assertCan, type AccessTarget } from '../domain/access/policy.ts';
import { roles, type RoleGrant } from '../domain/access/roles.ts';
import { loadAccountWithGrants, toAccountTarget } from './account-with-grants.ts';
import { loadAgencyContext } from './agency-context.ts';
import { recordAdministrationEvent } from './administration-audit.ts';
import { fail, succeed, type Actor, type AdministrationDeps, type Outcome } from './administration-store.ts';
import { checkboxValue, checkInput, singleLineText, type FieldLabels } from './input-check.ts';
import { assertMayReceiveRole } from './separated-duty-guards.ts';

export const roleGrantLabels: FieldLabels = { agencyCode: '授权机关', role: '角色', includeSubtree: '含下级机关' };

/** The body of `POST /api/v1/accounts/:id/roles` and of the console's grant form. */
export const roleGrantSchema = z.strictObject({
  agencyCode: singleLineText('授权机关', 40).pipe(z.string().min(1, '请选择授权机关。')),
  role: z.enum(roles, '请选择一个有效的角色。'),
  includeSubtree: checkboxValue('含下级机关'),
});

export interface GrantResult {
  grants: RoleGrant[];
  /** False when the account already held exactly this grant. */
  changed: boolean;
}

export async function grantRole(
  deps: Pick<AdministrationDeps, 'transaction'>,
  request: { actor: Actor; accountId: string; input: unknown; now: Date },
): Promise<Outcome<GrantResult>> {
  const checked = checkInput(roleGrantSchema, request.input, roleGrantLabels);
  if (!checked.ok) return fail(checked.issues);
  const { role, includeSubtree, agencyCode } = checked.value;
  const { actor, now } = request;
  return deps.transaction(async (store) => {
    const found = await loadAccountWithGrants(store, request.accountId);
    const context = await loadAgencyContext(store);
    const agency = context.byCode.get(agencyCode);
    if (agency === undefined) {
      return fail([{ code: 'agencyCode.unknown', path: 'agencyCode', message: '所选的机关不存在，请重新选择。' }]);
    }
    const { accountId, agencyId: homeAgencyId, accountRoles } = toAccountTarget(found);
    const target: AccessTarget = { agencyId: agency.id, accountId, accountRoles, grant: { role, includeSubtree } };
    assertCan(actor.principal, 'role.grant', target, context.ancestry);
    assertCan(actor.principal, 'role.grant', { ...target, agencyId: homeAgencyId }, context.ancestry);
    assertMayReceiveRole(role, found.account);
    const held = found.grants.find((g) => g.agencyId === agency.id && g.role === role);
    if (held?.includeSubtree === includeSubtree) return succeed({ grants: found.grants, changed: false });
    const grant: RoleGrant = { role, agencyId: agency.id, includeSubtree };
    await store.grantRole(accountId, grant);
    await recordAdministrationEvent(store, actor, {
      action: 'role.grant',
      target: { type: 'account', id: accountId },
      agencyId: agency.id,
      details: { username: found.account.username, role, agencyCode: agency.code, includeSubtree, replaced: held !== undefined },
    }, now);
    const grants = [...found.grants.filter((g) => g !== held), grant];
    return succeed({ grants, changed: true });
  });
}

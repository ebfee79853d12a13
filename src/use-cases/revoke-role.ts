/** Revokes one role grant of an account (`grantId` = `<agency code>.<role>`, see grant-id.ts). */
import { assertCan, type AccessTarget } from '../domain/access/policy.ts';
import type { RoleGrant } from '../domain/access/roles.ts';
import { loadAccountWithGrants, toAccountTarget } from './account-with-grants.ts';
import { loadAgencyContext } from './agency-context.ts';
import { RecordNotFoundError } from './administration-errors.ts';
import { recordAdministrationEvent } from './administration-audit.ts';
import type { Actor, AdministrationDeps } from './administration-store.ts';
import { parseGrantId } from './grant-id.ts';

export async function revokeRole(
  deps: Pick<AdministrationDeps, 'transaction'>,
  request: { actor: Actor; accountId: string; grantId: string; now: Date },
): Promise<RoleGrant[]> {
  const { actor, now } = request;
  const parsed = parseGrantId(request.grantId);
  if (parsed === null) throw new RecordNotFoundError('该角色授权不存在。');
  return deps.transaction(async (store) => {
    const found = await loadAccountWithGrants(store, request.accountId);
    const context = await loadAgencyContext(store);
    const agency = context.byCode.get(parsed.agencyCode);
    const grant = found.grants.find((g) => g.agencyId === agency?.id && g.role === parsed.role);
    const { accountId, agencyId: homeAgencyId, accountRoles } = toAccountTarget(found);
    if (agency === undefined || grant === undefined) {
      // Out of scope is refused before "no such grant", so that probing tells nothing.
      assertCan(actor.principal, 'account.list', { agencyId: homeAgencyId }, context.ancestry);
      throw new RecordNotFoundError('该角色授权不存在。');
    }
    const target: AccessTarget = { agencyId: agency.id, accountId, accountRoles, grant: { role: grant.role, includeSubtree: grant.includeSubtree } };
    assertCan(actor.principal, 'role.revoke', target, context.ancestry);
    assertCan(actor.principal, 'role.revoke', { ...target, agencyId: homeAgencyId }, context.ancestry);
    await store.revokeRole(accountId, { agencyId: agency.id, role: grant.role });
    await recordAdministrationEvent(store, actor, {
      action: 'role.revoke',
      target: { type: 'account', id: accountId },
      agencyId: agency.id,
      details: { username: found.account.username, role: grant.role, agencyCode: agency.code, includeSubtree: grant.includeSubtree },
    }, now);
    return found.grants.filter((g) => g !== grant);
  });
}

/**
 * Granting and revoking roles, unlocking, disabling and enabling accounts over the real database
 * adapter, on PGlite and PostgreSQL: scope on both the grant's agency and the account's home agency,
 * 三员分立, "never to oneself", and nothing written when refused.
 */
import { expect, it } from 'vitest';
import { buildSession } from '../../../../test/factories.ts';
import { describeEachDatabase } from '../../../../test/test-db.ts';
import { getAccountById, lockAccountUntil, setLoginCounters } from '../../../db/repositories/accounts.ts';
import { listAuditEntries } from '../../../db/repositories/audit-log.ts';
import { listRoleGrants } from '../../../db/repositories/role-grants.ts';
import { createSession } from '../../../db/repositories/sessions.ts';
import { grantRole } from '../../../use-cases/grant-role.ts';
import { revokeRole } from '../../../use-cases/revoke-role.ts';
import { setAccountEnabled } from '../../../use-cases/set-account-enabled.ts';
import { unlockAccount } from '../../../use-cases/unlock-account.ts';
import { createAdministrationDeps } from './administration-stores.ts';
import { countRows, createAdministrationWorld, createWorldAccount, type WorldMember } from './administration-test-world.ts';

const now = new Date('2025-04-01T02:00:00.000Z');

describeEachDatabase('role and account status use cases', ({ db }) => {
  const deps = () => createAdministrationDeps(db());

  it('lets an agency admin grant a business role in its agency, audited, and is idempotent', async () => {
    const { deptA, members } = await createAdministrationWorld(db());
    const accountId = members.handlerA.account.id;
    const input = { agencyCode: deptA.code, role: 'reviewer' };
    const granted = await grantRole(deps(), { actor: members.agencyAdminA.actor, accountId, input, now });
    expect(granted).toMatchObject({ ok: true, value: { changed: true } });
    expect((await listRoleGrants(db(), accountId)).map((g) => g.role).sort()).toEqual(['handler', 'reviewer']);
    const again = await grantRole(deps(), { actor: members.agencyAdminA.actor, accountId, input, now });
    expect(again).toMatchObject({ ok: true, value: { changed: false } });
    const { entries } = await listAuditEntries(db(), { targetId: accountId, action: 'role.grant' }, { offset: 0, limit: 5 });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({ role: 'reviewer', agencyCode: deptA.code, includeSubtree: false });
  });

  it.each<[string, WorldMember, WorldMember, string, 'deptA' | 'deptB' | 'county', boolean?]>([
    ['a role in another department', 'agencyAdminA', 'handlerA', 'reviewer', 'deptB'],
    ['a role to an account of another department', 'agencyAdminA', 'handlerB', 'reviewer', 'deptA'],
    ['a role with the subtree, wider than its own grant', 'agencyAdminA', 'handlerA', 'reviewer', 'deptA', true],
    ['a 三员 role', 'agencyAdminA', 'handlerA', 'auditor', 'deptA'],
    ['any role, being a handler', 'handlerA', 'registrarA', 'reviewer', 'deptA'],
    ['any role, being the auditor', 'auditor', 'handlerA', 'reviewer', 'deptA'],
    ['the security officer role to the auditor', 'systemAdmin', 'auditor', 'securityOfficer', 'county'],
    ['the auditor role to itself', 'systemAdmin', 'systemAdmin', 'auditor', 'county'],
    ['a role to itself', 'agencyAdminA', 'agencyAdminA', 'reviewer', 'deptA'],
  ])('refuses granting %s (%s to %s) and stores nothing', async (_, who, whom, role, where, includeSubtree = false) => {
    const world = await createAdministrationWorld(db());
    const before = await countRows(db());
    const input = { agencyCode: world[where].code, role, includeSubtree };
    const attempt = grantRole(deps(), { actor: world.members[who].actor, accountId: world.members[whom].account.id, input, now });
    await expect(attempt).rejects.toMatchObject({ code: 'access_denied' });
    expect(await countRows(db())).toEqual(before);
  });

  it('lets the system admin grant the auditor role only once the owner has set their own password', async () => {
    const { county, members } = await createAdministrationWorld(db());
    const fresh = await createWorldAccount(db(), 'handler', county, false, { mustChangePassword: true });
    const input = { agencyCode: county.code, role: 'auditor', includeSubtree: 'on' };
    const refused = grantRole(deps(), { actor: members.systemAdmin.actor, accountId: fresh.account.id, input, now });
    await expect(refused).rejects.toMatchObject({ code: 'access_denied', message: expect.stringContaining('初始密码') });
    const granted = await grantRole(deps(), { actor: members.systemAdmin.actor, accountId: members.handlerA.account.id, input, now });
    expect(granted).toMatchObject({ ok: true, value: { changed: true } });
    expect(await listRoleGrants(db(), members.handlerA.account.id)).toContainEqual(
      expect.objectContaining({ role: 'auditor', agencyId: county.id, includeSubtree: true }),
    );
  });

  it('answers bad grant input with Chinese issues', async () => {
    const { members } = await createAdministrationWorld(db());
    const accountId = members.handlerA.account.id;
    const outcome = await grantRole(deps(), { actor: members.systemAdmin.actor, accountId, input: { agencyCode: '', role: 'boss', includeSubtree: 'maybe' }, now });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.path).sort()).toEqual(['agencyCode', 'includeSubtree', 'role']);
  });

  it('revokes a grant by its id, audited; refuses another department; knows no unknown grant', async () => {
    const { deptA, deptB, members } = await createAdministrationWorld(db());
    const accountId = members.handlerA.account.id;
    const other = revokeRole(deps(), { actor: members.agencyAdminB.actor, accountId, grantId: `${deptA.code}.handler`, now });
    await expect(other).rejects.toMatchObject({ code: 'access_denied' });
    for (const grantId of [`${deptB.code}.handler`, `${deptA.code}.reviewer`, 'garbage']) {
      const missing = revokeRole(deps(), { actor: members.agencyAdminA.actor, accountId, grantId, now });
      await expect(missing).rejects.toMatchObject({ code: 'not_found' });
    }
    const left = await revokeRole(deps(), { actor: members.agencyAdminA.actor, accountId, grantId: `${deptA.code}.handler`, now });
    expect(left).toEqual([]);
    expect(await listRoleGrants(db(), accountId)).toEqual([]);
    const { entries } = await listAuditEntries(db(), { targetId: accountId, action: 'role.revoke' }, { offset: 0, limit: 5 });
    expect(entries).toHaveLength(1);
  });

  it('lets the security officer unlock a locked account, audited; nobody else', async () => {
    const { members } = await createAdministrationWorld(db());
    const accountId = members.handlerA.account.id;
    await setLoginCounters(db(), accountId, { failedLoginCount: 5, lockedUntil: new Date(now.getTime() + 10 * 60_000) });
    for (const who of ['systemAdmin', 'agencyAdminA', 'auditor'] as const) {
      await expect(unlockAccount(deps(), { actor: members[who].actor, accountId, now })).rejects.toMatchObject({ code: 'access_denied' });
    }
    const unlocked = await unlockAccount(deps(), { actor: members.securityOfficer.actor, accountId, now });
    expect(unlocked.wasLocked).toBe(true);
    expect(await getAccountById(db(), accountId)).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    const before = await countRows(db());
    expect((await unlockAccount(deps(), { actor: members.securityOfficer.actor, accountId, now })).wasLocked).toBe(false);
    expect(await countRows(db())).toEqual(before);
  });

  it('counts an expired lock as not locked but still clears the failures', async () => {
    const { members } = await createAdministrationWorld(db());
    const accountId = members.handlerB.account.id;
    await lockAccountUntil(db(), accountId, new Date(now.getTime() - 60_000));
    const result = await unlockAccount(deps(), { actor: members.securityOfficer.actor, accountId, now });
    expect(result.wasLocked).toBe(false);
    expect(await getAccountById(db(), accountId)).toMatchObject({ lockedUntil: null });
  });

  it('disables an account and ends its sessions, enables it again, each audited once', async () => {
    const { members } = await createAdministrationWorld(db());
    const accountId = members.handlerA.account.id;
    await createSession(db(), buildSession({ accountId, expiresAt: new Date('2025-04-01T12:00:00Z') }), now);
    const actor = members.agencyAdminA.actor;
    const disabled = await setAccountEnabled(deps(), { actor, accountId, enabled: false, now });
    expect(disabled).toMatchObject({ changed: true, account: { disabledAt: now } });
    expect((await setAccountEnabled(deps(), { actor, accountId, enabled: false, now })).changed).toBe(false);
    await setAccountEnabled(deps(), { actor, accountId, enabled: true, now });
    expect(await getAccountById(db(), accountId)).toMatchObject({ disabledAt: null });
    const { entries } = await listAuditEntries(db(), { targetId: accountId, action: 'account.' }, { offset: 0, limit: 10 });
    expect(entries.map((e) => e.action)).toEqual(['account.enable', 'account.disable']);
    expect(entries[1]!.details).toMatchObject({ sessionsEnded: 1 });
  });

  it.each<[WorldMember, WorldMember]>([
    ['agencyAdminA', 'agencyAdminA'],
    ['agencyAdminA', 'handlerB'],
    ['agencyAdminA', 'auditor'],
    ['securityOfficer', 'handlerA'],
    ['handlerA', 'registrarA'],
  ])('refuses %s disabling %s', async (who, whom) => {
    const { members } = await createAdministrationWorld(db());
    const before = await countRows(db());
    const attempt = setAccountEnabled(deps(), { actor: members[who].actor, accountId: members[whom].account.id, enabled: false, now });
    await expect(attempt).rejects.toMatchObject({ code: 'access_denied' });
    expect(await countRows(db())).toEqual(before);
  });
});

/**
 * The account use cases (create, list, show, reset password) over the real database adapter, on
 * PGlite and PostgreSQL: the access rules against the record's agency, 三员分立, issues for bad
 * input, and one transaction with the audit entry (nothing written when refused).
 */
import { expect, it } from 'vitest';
import { buildSession } from '../../../../test/factories.ts';
import { describeEachDatabase } from '../../../../test/test-db.ts';
import { needsRehash, verifyPassword } from '../../../auth/password-hash.ts';
import { getAccountById } from '../../../db/repositories/accounts.ts';
import { listAuditEntries } from '../../../db/repositories/audit-log.ts';
import { createSession } from '../../../db/repositories/sessions.ts';
import { createAccount } from '../../../use-cases/create-account.ts';
import { getAccount } from '../../../use-cases/get-account.ts';
import { listAccounts } from '../../../use-cases/list-accounts.ts';
import { resetPassword } from '../../../use-cases/reset-password.ts';
import { createAdministrationDeps, createAdministrationStore } from './administration-stores.ts';
import { countRows, createAdministrationWorld, createWorldAccount } from './administration-test-world.ts';

const now = new Date('2025-04-01T02:00:00.000Z');

describeEachDatabase('account use cases', ({ db }) => {
  const deps = () => createAdministrationDeps(db());

  it('creates an account with a first role, a one-time password to change and an audit entry', async () => {
    const { deptA, members } = await createAdministrationWorld(db());
    const input = { agencyCode: deptA.code, username: ` New.Clerk-${deptA.code} `, displayName: '新 同事', role: 'handler' };
    const outcome = await createAccount(deps(), { actor: members.agencyAdminA.actor, input, now });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const { account, grants, oneTimePassword } = outcome.value;
    expect(account).toMatchObject({ username: `new.clerk-${deptA.code}`, displayName: '新 同事', agencyId: deptA.id, mustChangePassword: true });
    expect(account).not.toHaveProperty('passwordHash');
    expect(grants).toEqual([{ role: 'handler', agencyId: deptA.id, includeSubtree: false }]);
    const stored = await getAccountById(db(), account.id);
    expect(await verifyPassword(oneTimePassword, stored!.passwordHash)).toBe(true);
    expect(needsRehash(stored!.passwordHash)).toBe(false);
    const { entries } = await listAuditEntries(db(), { targetId: account.id }, { offset: 0, limit: 10 });
    expect(entries.map((e) => e.action)).toEqual(['account.create']);
    expect(entries[0]).toMatchObject({ actorAccountId: members.agencyAdminA.account.id, agencyId: deptA.id, ip: '192.0.2.1' });
    expect(JSON.stringify(entries[0]!.details)).not.toContain(oneTimePassword);
  });

  it('refuses an agency admin who creates an account in another department, and stores nothing', async () => {
    const { deptB, members } = await createAdministrationWorld(db());
    const before = await countRows(db());
    const input = { agencyCode: deptB.code, username: `x-${deptB.code}`, displayName: '越权' };
    await expect(createAccount(deps(), { actor: members.agencyAdminA.actor, input, now })).rejects.toMatchObject({ code: 'access_denied' });
    expect(await countRows(db())).toEqual(before);
  });

  it.each(['auditor', 'securityOfficer'])('refuses to create an account that starts as %s, even for the system admin', async (role) => {
    const { deptA, members } = await createAdministrationWorld(db());
    const before = await countRows(db());
    const input = { agencyCode: deptA.code, username: `x-${deptA.code}`, displayName: '三员', role };
    await expect(createAccount(deps(), { actor: members.systemAdmin.actor, input, now })).rejects.toMatchObject({ code: 'access_denied' });
    expect(await countRows(db())).toEqual(before);
  });

  it.each([
    ['no fields', {}, ['agencyCode', 'username', 'displayName']],
    ['wrong types', { agencyCode: 1, username: ['a'], displayName: { x: 1 } }, ['agencyCode', 'username', 'displayName']],
    ['a 1 MB name', { agencyCode: 'lcx', username: 'zhang', displayName: '长'.repeat(1 << 20) }, ['displayName']],
    ['a bad username', { agencyCode: 'lcx', username: "'; DROP TABLE accounts; --", displayName: '张三' }, ['username']],
    ['an unknown field', { agencyCode: 'lcx', username: 'zhang', displayName: '张三', isAdmin: true }, ['isAdmin']],
    ['an unknown role', { agencyCode: 'lcx', username: 'zhang', displayName: '张三', role: 'boss' }, ['role']],
  ])('answers %s with Chinese issues and stores nothing', async (_, input, paths) => {
    const { members } = await createAdministrationWorld(db());
    const before = await countRows(db());
    const outcome = await createAccount(deps(), { actor: members.systemAdmin.actor, input, now });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => i.path).sort()).toEqual([...paths].sort());
    for (const issue of outcome.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countRows(db())).toEqual(before);
  });

  it('answers a taken username (in any case) and an unknown agency with issues', async () => {
    const { deptA, members } = await createAdministrationWorld(db());
    const taken = members.handlerA.account.username.toUpperCase();
    const actor = members.systemAdmin.actor;
    const first = await createAccount(deps(), { actor, input: { agencyCode: deptA.code, username: taken, displayName: '重名' }, now });
    expect(first).toMatchObject({ ok: false, issues: [{ code: 'username.taken', path: 'username' }] });
    const second = await createAccount(deps(), { actor, input: { agencyCode: 'no-such-agency', username: `u-${deptA.code}`, displayName: '某' }, now });
    expect(second).toMatchObject({ ok: false, issues: [{ code: 'agencyCode.unknown' }] });
  });

  it('turns a username taken at the same moment (the unique index) into username_taken, not a crash', async () => {
    const { deptA, members } = await createAdministrationWorld(db());
    const store = createAdministrationStore(db());
    const account = { agencyId: deptA.id, username: members.handlerA.account.username, displayName: '并发', passwordHash: 'x', mustChangePassword: true };
    await expect(store.createAccount(account, [])).rejects.toMatchObject({ code: 'username_taken' });
  });

  it('lists only the accounts of the agencies the principal covers', async () => {
    const { deptA, deptB, members } = await createAdministrationWorld(db());
    const ofAdminA = await listAccounts(deps(), { principal: members.agencyAdminA.principal });
    const homes = new Set(ofAdminA.accounts.map((a) => a.account.agencyId));
    expect(homes).toEqual(new Set([deptA.id]));
    expect(ofAdminA.accounts.map((a) => a.account.id)).toContain(members.handlerA.account.id);
    expect(ofAdminA.scope.map((a) => a.id)).toEqual([deptA.id]);
    const ofSystemAdmin = await listAccounts(deps(), { principal: members.systemAdmin.principal });
    const ids = ofSystemAdmin.accounts.map((a) => a.account.id);
    expect(ids).toEqual(expect.arrayContaining([members.handlerA.account.id, members.handlerB.account.id, members.auditor.account.id]));
    const handlerB = ofSystemAdmin.accounts.find((a) => a.account.id === members.handlerB.account.id);
    expect(handlerB?.grants).toEqual([{ role: 'handler', agencyId: deptB.id, includeSubtree: false }]);
  });

  it('refuses the account list to a handler, and another department to an agency admin', async () => {
    const { deptB, members } = await createAdministrationWorld(db());
    await expect(listAccounts(deps(), { principal: members.handlerA.principal })).rejects.toMatchObject({ code: 'access_denied' });
    await expect(listAccounts(deps(), { principal: members.auditor.principal })).rejects.toMatchObject({ code: 'access_denied' });
    const filtered = listAccounts(deps(), { principal: members.agencyAdminA.principal, agencyCode: deptB.code });
    await expect(filtered).rejects.toMatchObject({ code: 'access_denied' });
  });

  it('shows an account in scope, refuses one outside it, and knows no unknown or malformed id', async () => {
    const { members } = await createAdministrationWorld(db());
    const shown = await getAccount(deps(), { principal: members.agencyAdminA.principal, accountId: members.handlerA.account.id });
    expect(shown.account.username).toBe(members.handlerA.account.username);
    const other = getAccount(deps(), { principal: members.agencyAdminA.principal, accountId: members.handlerB.account.id });
    await expect(other).rejects.toMatchObject({ code: 'access_denied' });
    for (const accountId of ['00000000-0000-4000-8000-000000000000', "1' or '1'='1"]) {
      await expect(getAccount(deps(), { principal: members.systemAdmin.principal, accountId })).rejects.toMatchObject({ code: 'not_found' });
    }
  });

  it('resets a password: one-time password, must change, every session ended, audited', async () => {
    const { members } = await createAdministrationWorld(db());
    const target = members.handlerA.account;
    await createSession(db(), buildSession({ accountId: target.id, expiresAt: new Date('2025-04-01T12:00:00Z') }), now);
    const reset = await resetPassword(deps(), { actor: members.agencyAdminA.actor, accountId: target.id, now });
    expect(reset.sessionsEnded).toBe(1);
    const stored = await getAccountById(db(), target.id);
    expect(stored).toMatchObject({ mustChangePassword: true, passwordChangedAt: now });
    expect(await verifyPassword(reset.oneTimePassword, stored!.passwordHash)).toBe(true);
    const { entries } = await listAuditEntries(db(), { targetId: target.id, action: 'account.passwordReset' }, { offset: 0, limit: 5 });
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries[0])).not.toContain(reset.oneTimePassword);
  });

  it.each([
    ['the system admin', 'systemAdmin', 'auditor'],
    ['the system admin', 'systemAdmin', 'securityOfficer'],
    ['the system admin', 'systemAdmin', 'systemAdmin'],
    ['an agency admin', 'agencyAdminA', 'handlerB'],
    ['the security officer', 'securityOfficer', 'handlerA'],
    ['the auditor', 'auditor', 'handlerA'],
    ['a handler', 'handlerA', 'registrarA'],
  ] as const)('refuses %s (%s) resetting the password of %s, and changes nothing', async (_, who, whose) => {
    const world = await createAdministrationWorld(db());
    const target = whose === 'systemAdmin' ? await createWorldAccount(db(), 'systemAdmin', world.county, true) : world.members[whose];
    const before = await countRows(db());
    const hashBefore = (await getAccountById(db(), target.account.id))!.passwordHash;
    const attempt = resetPassword(deps(), { actor: world.members[who].actor, accountId: target.account.id, now });
    await expect(attempt).rejects.toMatchObject({ code: 'access_denied' });
    expect(await countRows(db())).toEqual(before);
    expect((await getAccountById(db(), target.account.id))!.passwordHash).toBe(hashBefore);
  });

  it('lets the security officer reset the password of a 三员 account, but not its own', async () => {
    const { members } = await createAdministrationWorld(db());
    for (const whose of ['auditor', 'systemAdmin'] as const) {
      const reset = await resetPassword(deps(), { actor: members.securityOfficer.actor, accountId: members[whose].account.id, now });
      expect(reset.account.mustChangePassword).toBe(true);
    }
    const own = resetPassword(deps(), { actor: members.securityOfficer.actor, accountId: members.securityOfficer.account.id, now });
    await expect(own).rejects.toMatchObject({ code: 'access_denied' });
  });
});

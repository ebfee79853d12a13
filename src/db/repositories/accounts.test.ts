import { expect, it } from 'vitest';
import { buildAccount, createTestAccount, createTestAgency } from '../../../test/factories.ts';
import { describeEachDatabase } from '../../../test/test-db.ts';
import {
  createAccount,
  getAccountById,
  getAccountByUsername,
  listAccountsByAgency,
  lockAccountUntil,
  recordSuccessfulLogin,
  setAccountDisabled,
  setLoginCounters,
  setPassword,
} from './accounts.ts';
import { grantRoles, listRoleGrants, listRoleGrantsOf, revokeRole } from './role-grants.ts';

describeEachDatabase('accounts repository', ({ db }) => {
  it('creates an account with its grants, must change the password, and finds it', async () => {
    const agency = await createTestAgency(db());
    const account = await createAccount(db(), buildAccount({ agencyId: agency.id, displayName: '王承办' }), [
      { agencyId: agency.id, role: 'handler', includeSubtree: false },
      { agencyId: agency.id, role: 'reviewer', includeSubtree: true },
    ]);
    expect(account).toMatchObject({ agencyId: agency.id, displayName: '王承办', mustChangePassword: true, failedLoginCount: 0, lockedUntil: null });
    expect(await getAccountById(db(), account.id)).toEqual(account);
    const grants = await listRoleGrants(db(), account.id);
    expect(grants.map((g) => [g.role, g.includeSubtree])).toEqual([
      ['handler', false],
      ['reviewer', true],
    ]);
  });

  it('finds a username whatever its case, and refuses the same name in another case', async () => {
    const account = await createTestAccount(db(), { username: `Zhang-${Date.now().toString(36)}` });
    expect((await getAccountByUsername(db(), account.username.toUpperCase()))?.id).toBe(account.id);
    expect((await getAccountByUsername(db(), account.username.toLowerCase()))?.id).toBe(account.id);
    await expect(createTestAccount(db(), { username: account.username.toLowerCase() })).rejects.toThrow();
    expect(await getAccountByUsername(db(), 'nobody-here')).toBeNull();
  });

  it('creates nothing when a grant fails (one transaction)', async () => {
    const agency = await createTestAgency(db());
    const input = buildAccount({ agencyId: agency.id });
    await expect(createAccount(db(), input, [{ agencyId: agency.id, role: 'emperor' as never, includeSubtree: false }])).rejects.toThrow();
    expect(await getAccountByUsername(db(), input.username)).toBeNull();
  });

  it('locks the row for update inside a transaction', async () => {
    const account = await createTestAccount(db());
    const locked = await db().transaction((tx) => getAccountByUsername(tx, account.username, { forUpdate: true }));
    expect(locked?.id).toBe(account.id);
  });

  it('stores failure counters, a lock, and clears them on a successful login', async () => {
    const account = await createTestAccount(db());
    const until = new Date('2025-03-01T09:15:00.000Z');
    await setLoginCounters(db(), account.id, { failedLoginCount: 5, lockedUntil: until });
    expect(await getAccountById(db(), account.id)).toMatchObject({ failedLoginCount: 5, lockedUntil: until });
    const now = new Date('2025-03-01T09:20:00.000Z');
    await recordSuccessfulLogin(db(), account.id, now);
    expect(await getAccountById(db(), account.id)).toMatchObject({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
  });

  it('locks and unlocks an account', async () => {
    const account = await createTestAccount(db());
    const until = new Date('2025-03-01T10:00:00.000Z');
    await setLoginCounters(db(), account.id, { failedLoginCount: 3, lockedUntil: null });
    await lockAccountUntil(db(), account.id, until);
    expect(await getAccountById(db(), account.id)).toMatchObject({ lockedUntil: until, failedLoginCount: 3 });
    await lockAccountUntil(db(), account.id, null);
    expect(await getAccountById(db(), account.id)).toMatchObject({ lockedUntil: null, failedLoginCount: 0 });
  });

  it('sets a new password and whether it must be changed', async () => {
    const account = await createTestAccount(db());
    const now = new Date('2025-03-02T01:00:00.000Z');
    await setPassword(db(), account.id, 'scrypt$new', { now, mustChangePassword: false });
    expect(await getAccountById(db(), account.id)).toMatchObject({ passwordHash: 'scrypt$new', mustChangePassword: false, passwordChangedAt: now });
  });

  it('disables and enables an account', async () => {
    const account = await createTestAccount(db());
    const at = new Date('2025-03-03T00:00:00.000Z');
    await setAccountDisabled(db(), account.id, at);
    expect((await getAccountById(db(), account.id))?.disabledAt).toEqual(at);
    await setAccountDisabled(db(), account.id, null);
    expect((await getAccountById(db(), account.id))?.disabledAt).toBeNull();
  });

  it('lists the accounts of some agencies only', async () => {
    const a = await createTestAgency(db());
    const b = await createTestAgency(db());
    const inA = await createTestAccount(db(), { agencyId: a.id });
    const inB = await createTestAccount(db(), { agencyId: b.id });
    await createTestAccount(db());
    expect((await listAccountsByAgency(db(), [a.id])).map((x) => x.id)).toEqual([inA.id]);
    expect(new Set((await listAccountsByAgency(db(), [a.id, b.id])).map((x) => x.id))).toEqual(new Set([inA.id, inB.id]));
    expect(await listAccountsByAgency(db(), [])).toEqual([]);
    expect(await listAccountsByAgency(db(), ['not-a-uuid'])).toEqual([]);
  });
});

describeEachDatabase('role grants repository', ({ db }) => {
  it('grants, updates the subtree flag of an existing grant, and revokes', async () => {
    const agency = await createTestAgency(db());
    const account = await createTestAccount(db(), { agencyId: agency.id }, ['handler']);
    await grantRoles(db(), [{ accountId: account.id, agencyId: agency.id, role: 'handler', includeSubtree: true }]);
    expect(await listRoleGrants(db(), account.id)).toEqual([{ accountId: account.id, agencyId: agency.id, role: 'handler', includeSubtree: true }]);
    expect(await revokeRole(db(), { accountId: account.id, agencyId: agency.id, role: 'handler' })).toBe(true);
    expect(await revokeRole(db(), { accountId: account.id, agencyId: agency.id, role: 'handler' })).toBe(false);
    expect(await listRoleGrants(db(), account.id)).toEqual([]);
  });

  it('refuses a role that does not exist', async () => {
    const account = await createTestAccount(db());
    await expect(grantRoles(db(), [{ accountId: account.id, agencyId: account.agencyId, role: 'root' as never, includeSubtree: false }])).rejects.toThrow();
  });

  it('lists the grants of several accounts at once', async () => {
    const one = await createTestAccount(db(), {}, ['registrar']);
    const two = await createTestAccount(db(), {}, ['auditor', 'handler']);
    const none = await createTestAccount(db());
    const grants = await listRoleGrantsOf(db(), [one.id, two.id, none.id]);
    expect(grants.get(one.id)?.map((g) => g.role)).toEqual(['registrar']);
    expect(grants.get(two.id)?.map((g) => g.role)).toEqual(['auditor', 'handler']);
    expect(grants.get(none.id)).toEqual([]);
  });
});

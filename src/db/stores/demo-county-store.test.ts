import { expect, it } from 'vitest';
import { hashTestPassword } from '../../../test/http-harness.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/test-db.ts';
import { verifyPassword } from '../../auth/password-hash.ts';
import { getAccountByUsername } from '../repositories/accounts.ts';
import { getAgencyByCode, listAgencies, listSubtreeIds } from '../repositories/agencies.ts';
import { iterateAuditEntries } from '../repositories/audit-log.ts';
import { listRoleGrants } from '../repositories/role-grants.ts';
import { createDemoCountyStore } from './demo-county-store.ts';
import { listDemoLogins, seedDemoCounty, type SeedDemoCountyDeps } from '../../use-cases/seed-demo-county.ts';

const now = new Date('2025-01-06T01:00:00.000Z');
/** A stand-in for scrypt where the test does not verify passwords (it takes ~0.1 s per hash). */
const quickHash = async (plain: string) => `test$${plain}`;

describeEachDatabase('seedDemoCounty', ({ db, kind }) => {
  it('seeds the county tree, one account per role with its grant, and an audit entry', async () => {
    const outcome = await seedDemoCounty({ ...createDemoCountyStore(db()), hashPassword: hashTestPassword }, { isProduction: false, now });
    expect(outcome).toMatchObject({ seeded: true, agencyCount: 16 });
    const county = await getAgencyByCode(db(), 'lcx');
    expect(county).toMatchObject({ name: '莲城县人民政府', kind: 'government', parentId: null });
    expect(await listSubtreeIds(db(), county!.id)).toHaveLength(16);
    expect((await listAgencies(db())).find((a) => a.code === 'lcx-zrzy')).toMatchObject({ name: '莲城县自然资源局', parentId: county!.id });
    for (const login of listDemoLogins()) {
      const account = await getAccountByUsername(db(), login.username);
      expect(account).toMatchObject({ displayName: login.displayName, mustChangePassword: false });
      expect(await verifyPassword(login.password, account!.passwordHash)).toBe(true);
      const grants = await listRoleGrants(db(), account!.id);
      expect(grants.map((g) => g.role)).toEqual([login.role]);
      expect(grants[0]!.agencyId).toBe((await getAgencyByCode(db(), login.agencyCode))!.id);
    }
    const entries = [];
    for await (const entry of iterateAuditEntries(db())) entries.push(entry);
    expect(entries.map((e) => e.action)).toEqual(['system.seedDemo']);
  }, 60_000);

  it('does nothing on a database that is not empty', async () => {
    expect(await seedDemoCounty({ ...createDemoCountyStore(db()), hashPassword: quickHash }, { isProduction: false, now })).toEqual({
      seeded: false,
      reason: 'not_empty',
    });
    expect(await listAgencies(db())).toHaveLength(16);
  });

  it('seeds once when two instances start together', async () => {
    const fresh = await openTestDatabase(kind);
    try {
      const deps: SeedDemoCountyDeps = { ...createDemoCountyStore(fresh.db), hashPassword: quickHash };
      const outcomes = await Promise.all([seedDemoCounty(deps, { isProduction: false, now }), seedDemoCounty(deps, { isProduction: false, now })]);
      expect(outcomes.map((o) => o.seeded).sort()).toEqual([false, true]);
      expect(await listAgencies(fresh.db)).toHaveLength(16);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});

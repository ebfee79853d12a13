import { expect, it } from 'vitest';
import { createTestAgency } from '../../../test/factories.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/test-db.ts';
import { applicationTables, isDatabaseEmpty, listPublicTables } from './tables.ts';

describeEachDatabase('application tables', ({ db, kind }) => {
  it('lists exactly the tables the migrations create, so backups cannot miss one', async () => {
    expect([...applicationTables.map((t) => t.name)].sort()).toEqual(await listPublicTables(db()));
  });

  it('tells an empty database from one with a row', async () => {
    const fresh = await openTestDatabase(kind);
    try {
      expect(await isDatabaseEmpty(fresh.db)).toBe(true);
      await createTestAgency(fresh.db);
      expect(await isDatabaseEmpty(fresh.db)).toBe(false);
    } finally {
      await fresh.close();
    }
  });
});

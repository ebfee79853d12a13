import { describe, expect, it } from 'vitest';
import { roles } from '../domain/access/roles.ts';
import { DemoSeedForbiddenError, listDemoLogins, seedDemoCounty, type SeedDemoCountyDeps } from './seed-demo-county.ts';

// Seeding a real database (both kinds) is tested in src/db/stores/demo-county-store.test.ts.
const now = new Date('2025-01-06T01:00:00.000Z');
const quickHash = async (plain: string) => `test$${plain}`;

describe('seedDemoCounty in production', () => {
  it('refuses before touching the database', async () => {
    const deps: SeedDemoCountyDeps = {
      runExclusive: () => Promise.reject(new Error('must not be called')),
      hashPassword: quickHash,
    };
    const error = await seedDemoCounty(deps, { isProduction: true, now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoSeedForbiddenError);
    expect((error as DemoSeedForbiddenError).code).toBe('demo_seed_forbidden');
  });
});

describe('listDemoLogins', () => {
  it('names the role and the agency of every login in Chinese', () => {
    const logins = listDemoLogins();
    expect(new Set(logins.map((l) => l.role))).toEqual(new Set(roles));
    expect(logins.find((l) => l.role === 'handler')).toMatchObject({ roleName: '承办人', agencyName: '莲城县自然资源局' });
  });
});

/**
 * Backup → restore round trips between the two database kinds: every table must come back row for
 * row (compared as the database's own JSON of each row), the audit chain must still verify, and the
 * sequences must continue after the restored rows.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildAuditEntry, buildSession, createTestAccount } from '../../../test/factories.ts';
import { openTestDatabase, postgresStatus, type TestDatabase } from '../../../test/test-db.ts';
import { backupDatabase } from '../../use-cases/backup-database.ts';
import { BackupInvalidError, restoreDatabase, RestoreRefusedError } from '../../use-cases/restore-database.ts';
import { seedDemoCounty } from '../../use-cases/seed-demo-county.ts';
import { verifyAuditTrail } from '../../use-cases/verify-audit-trail.ts';
import type { DatabaseKind } from '../database.ts';
import { appendAuditEntry } from '../repositories/audit-log.ts';
import { createSession } from '../repositories/sessions.ts';
import { isDatabaseEmpty } from '../repositories/tables.ts';
import { createAuditStore } from './audit-store.ts';
import { createBackupStore } from './backup-store.ts';
import { createDemoCountyStore } from './demo-county-store.ts';

const now = new Date('2025-05-04T03:02:01.000Z');
const canUsePostgres = postgresStatus === 'reachable' || process.env.CI !== undefined;
const pairs: [DatabaseKind, DatabaseKind][] = [
  ['pglite', 'pglite'],
  ['postgres', 'pglite'],
  ['pglite', 'postgres'],
  ['postgres', 'postgres'],
];

async function fillSource(source: TestDatabase): Promise<void> {
  const db = source.db;
  await seedDemoCounty({ ...createDemoCountyStore(db), hashPassword: async (p) => `test$${p.length}` }, { isProduction: false, now });
  // A child whose id sorts before its parent's: the restore must not depend on row order.
  await db.execute(sql`insert into agencies (id, parent_id, code, name, kind) values
    ('ffffffff-0000-4000-8000-000000000001', null, 'zz-parent', '上级', 'government')`);
  await db.execute(sql`insert into agencies (id, parent_id, code, name, kind, created_at) values
    ('00000000-0000-4000-8000-000000000002', 'ffffffff-0000-4000-8000-000000000001', 'aa-child', '下级', 'township', '2024-02-29 12:34:56.789012+00')`);
  const account = await createTestAccount(db, { displayName: '引号"与\\反斜杠\n换行' }, ['handler']);
  await createSession(db, buildSession({ accountId: account.id }), now);
  for (let i = 0; i < 25; i += 1) {
    await appendAuditEntry(db, buildAuditEntry({ actorAccountId: account.id, details: { i, nested: { 中文: '莲城', list: [i, null, 1.5] } } }));
  }
}

async function backupLines(db: TestDatabase): Promise<string[]> {
  const lines: string[] = [];
  await backupDatabase(createBackupStore(db.db), async (line) => void lines.push(line), now);
  return lines;
}

async function* asLines(lines: readonly string[]): AsyncGenerator<string> {
  yield* lines;
}

describe.each(pairs)('backup from %s, restore into %s', (from, to) => {
  const needsPostgres = from === 'postgres' || to === 'postgres';
  it.skipIf(needsPostgres && !canUsePostgres)('restores every table row for row', async () => {
    const source = await openTestDatabase(from);
    const target = await openTestDatabase(to);
    try {
      await fillSource(source);
      const lines = await backupLines(source);
      const summary = await restoreDatabase(createBackupStore(target.db), asLines(lines));
      // 16 demo agencies, the parent and child above, and the test account's own agency.
      expect(summary.rowCounts).toEqual({ agencies: 19, accounts: 9, role_grants: 9, sessions: 1, audit_log: 26 });
      // Same rows, same JSON, same order; only the header's createdAt could differ, and it does not here.
      expect(await backupLines(target)).toEqual(lines);
      const verification = await verifyAuditTrail(createAuditStore(target.db));
      expect(verification).toMatchObject({ count: 26, brokenLink: null });
      const next = await appendAuditEntry(target.db, buildAuditEntry());
      expect(next.seq).toBe(27);
      expect(next.prevHash).toBe(verification.lastHash);
    } finally {
      await Promise.all([source.close(), target.close()]);
    }
  });
});

describe.each(['pglite', 'postgres'] as const)('restore refusals on %s', (kind) => {
  it.skipIf(kind === 'postgres' && !canUsePostgres)('rolls back a truncated file and refuses a database that is not empty', async () => {
    const source = await openTestDatabase(kind);
    const target = await openTestDatabase(kind);
    try {
      await fillSource(source);
      const lines = await backupLines(source);
      const truncated = lines.slice(0, -3);
      await expect(restoreDatabase(createBackupStore(target.db), asLines(truncated))).rejects.toBeInstanceOf(BackupInvalidError);
      expect(await isDatabaseEmpty(target.db)).toBe(true);
      await restoreDatabase(createBackupStore(target.db), asLines(lines));
      const error = await restoreDatabase(createBackupStore(target.db), asLines(lines)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RestoreRefusedError);
      expect((error as RestoreRefusedError).code).toBe('restore_target_not_empty');
      expect(await backupLines(target)).toEqual(lines);
    } finally {
      await Promise.all([source.close(), target.close()]);
    }
  });
});

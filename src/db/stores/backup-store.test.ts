/**
 * Backup → restore round trips between the two database kinds: every table must come back row for
 * row (compared as the database's own JSON of each row), the audit chain must still verify, and the
 * sequences must continue after the restored rows.
 */
import { sql } from 'drizzle-orm';
import { defaultClassifications } from '../../domain/catalog/classification.ts';
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
  // An application with its event and a file: jsonb, dates and bytea (with 0x00 and 0xff) must round-trip.
  await db.execute(sql`insert into calendar_years (year, notice) values (2026, '国务院办公厅关于2026年部分节假日安排的通知')`);
  await db.execute(sql`insert into calendar_days (day, source, kind, name) values ('2026-10-01', 'official', 'holiday', '国庆节')`);
  await db.execute(sql`insert into applications (id, agency_id, tracking_number, query_code_hash, channel, applicant_type, applicant,
    contact, description, delivery_form, delivery_method, submitted_at, received_on, status)
    values ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-000000000002', 'YSQ-AA-2026-00001', 'h', 'online',
    'naturalPerson', '{"kind":"naturalPerson","name":"张三"}', '{"phone":"13800000000"}', '申请公开"引号"', 'paper', 'post',
    '2026-03-02 08:00:00+00', '2026-03-02', 'inProgress')`);
  await db.execute(sql`insert into application_events (application_id, seq, agency_id, kind, "on", body)
    values ('00000000-0000-4000-8000-0000000000a1', 1, '00000000-0000-4000-8000-000000000002', 'received', '2026-03-02', '{"kind":"received"}')`);
  await db.execute(sql`insert into application_files (application_id, agency_id, role, filename, media_type, size, sha256, content)
    values ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-000000000002', 'attachment', '身份证.pdf',
    'application/pdf', 4, 'x', decode('00ff2541', 'hex'))`);
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
      expect(summary.rowCounts).toEqual({
        agencies: 19, accounts: 11, role_grants: 11, sessions: 1, audit_log: 26, calendar_years: 1, calendar_days: 1,
        applications: 1, application_events: 1, application_files: 1, tracking_sequences: 0, reply_templates: 0, reminders: 0,
        // The default trees the migrations seed come back from the backup, replacing the target's own.
        classifications: defaultClassifications.subject.length + defaultClassifications.genre.length,
        catalog_settings: 0, index_sequences: 0, info_items: 0, info_item_history: 0, info_item_attachments: 0, register_events: 0, art20_figures: 0,
      });
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

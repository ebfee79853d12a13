/**
 * `kill -9` while 50 writers are busy: every write that was acknowledged must be there after
 * reopening, the database must open cleanly (migrations checked, lock taken over) and the audit
 * chain must verify. Prints the measured numbers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../src/config.ts';
import { listAgencies } from '../src/db/repositories/agencies.ts';
import { appendAuditEntry, iterateAuditEntries } from '../src/db/repositories/audit-log.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { createAuditStore } from '../src/db/stores/audit-store.ts';
import { verifyAuditTrail } from '../src/use-cases/verify-audit-trail.ts';
import { runUntilAcknowledged } from './crash-harness.ts';
import { buildAuditEntry } from './factories.ts';
import { createPostgresDatabase, postgresStatus } from './test-db.ts';

const writerScript = new URL('./durability-writer.ts', import.meta.url).pathname;
const minAcks = 200;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

async function crashAndCheck(database: DatabaseConfig, env: NodeJS.ProcessEnv): Promise<void> {
  const run = await runUntilAcknowledged(writerScript, { env: { ...env, WRITERS: '50' }, minAcks, timeoutMs: 240_000 });
  expect(run.signal).toBe('SIGKILL');
  const started = performance.now();
  const handle = await openDatabase({ database });
  const reopenMs = performance.now() - started;
  try {
    const seqs = new Set<string>();
    for await (const entry of iterateAuditEntries(handle.db)) seqs.add(String(entry.seq));
    const codes = new Set((await listAgencies(handle.db)).map((a) => a.code));
    const acked = run.acknowledged.map((line) => line.split(' ') as [string, string]);
    const missing = acked.filter(([kind, id]) => !(kind === 'audit' ? seqs.has(id) : codes.has(id)));
    const verification = await verifyAuditTrail(createAuditStore(handle.db));
    console.info(
      `[durability ${database.kind}] acknowledged ${run.acknowledged.length} writes in ${Math.round(run.writeMs)} ms ` +
        `(${Math.round((run.acknowledged.length / run.writeMs) * 1000)}/s); after SIGKILL: ${seqs.size} audit entries + ${codes.size} agencies stored, ` +
        `${missing.length} acknowledged writes missing; reopened in ${Math.round(reopenMs)} ms; audit chain ${verification.brokenLink === null ? 'intact' : 'BROKEN'}`,
    );
    expect(missing).toEqual([]);
    expect(verification.brokenLink).toBeNull();
    // Opens cleanly means writable too: the chain continues after the crash.
    expect((await appendAuditEntry(handle.db, buildAuditEntry())).prevHash).toBe(verification.lastHash);
  } finally {
    await handle.close();
  }
}

describe('durability under kill -9', () => {
  it('keeps every acknowledged write on PGlite', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gongkai-crash-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const dataDir = join(root, 'data');
    await crashAndCheck({ kind: 'pglite', dataDir }, { DATA_DIR: dataDir, DATABASE_URL: '' });
  }, 300_000);

  it.skipIf(postgresStatus !== 'reachable' && !process.env.CI)('keeps every acknowledged write on PostgreSQL', async () => {
    const { url, drop } = await createPostgresDatabase();
    cleanups.push(drop);
    await crashAndCheck({ kind: 'postgres', url }, { DATABASE_URL: url });
  }, 300_000);
});

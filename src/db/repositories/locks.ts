/**
 * Transaction-scoped advisory locks: held until the surrounding transaction ends, released by
 * PostgreSQL even when the process dies. Each purpose has its own fixed key.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../database.ts';

const lockKeys = {
  /** Only one process migrates at a time. */
  migrate: 7_146_031_001,
  /** Audit entries are appended one after another, so each sees its predecessor's hash. */
  auditAppend: 7_146_031_002,
  /** Two instances starting on an empty database seed it once. */
  seedDemo: 7_146_031_003,
} as const;

export type LockName = keyof typeof lockKeys;

/** Waits for the lock; must be called inside a transaction. */
export async function takeTransactionLock(tx: Database, name: LockName): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${lockKeys[name]})`);
}

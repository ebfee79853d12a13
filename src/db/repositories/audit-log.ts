/**
 * The audit trail: append (hash-chained, serialised by an advisory lock), list with filters, and
 * iterate everything in seq order for verification and backups. Nothing here updates or deletes.
 */
import { and, asc, count, desc, eq, gt, gte, inArray, like, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditEntryContent } from '../../domain/audit/audit-entry.ts';
import { genesisHash, hashEntry } from '../../domain/audit/hash-chain.ts';
import { queryRows, type Database } from '../database.ts';
import { auditLog } from '../schema/audit-log.ts';
import { isUuid } from './ids.ts';
import { takeTransactionLock } from './locks.ts';

export interface AuditFilters {
  actorAccountId?: string;
  /** An exact action (`account.login`) or a prefix ending in a dot (`account.`). */
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Only entries of these agencies (an auditor's scope). */
  agencyIds?: readonly string[];
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
}

/**
 * Appends an entry after the newest one. The lock is held until the surrounding transaction ends,
 * so concurrent appends line up one after another and each sees its predecessor's hash; when the
 * caller's transaction rolls back, its entry disappears with it and the chain stays whole.
 */
export async function appendAuditEntry(db: Database, entry: AuditEntryContent): Promise<AuditEntry> {
  return db.transaction(async (tx) => {
    await takeTransactionLock(tx, 'auditAppend');
    const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    const [next] = await queryRows<{ seq: string }>(tx, sql`select nextval(pg_get_serial_sequence('audit_log', 'seq'))::text as seq`);
    const seq = Number(next!.seq);
    const prevHash = last?.hash ?? genesisHash;
    const stored = { ...entry, seq, prevHash, hash: hashEntry(prevHash, seq, entry) };
    await tx.insert(auditLog).values(stored);
    return stored;
  });
}

export async function listAuditEntries(
  db: Database,
  filters: AuditFilters,
  page: { offset: number; limit: number },
): Promise<AuditPage> {
  const where = and(...filterConditions(filters));
  const entries = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.seq))
    .offset(page.offset)
    .limit(page.limit);
  const [total] = await db.select({ n: count() }).from(auditLog).where(where);
  return { entries, total: total?.n ?? 0 };
}

/** Every entry in seq order, fetched in batches (keyset on seq), for verification. */
export async function* iterateAuditEntries(db: Database, batchSize = 1000): AsyncGenerator<AuditEntry> {
  let afterSeq = 0;
  for (;;) {
    const batch = await db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(batchSize);
    yield* batch;
    if (batch.length < batchSize) return;
    afterSeq = batch.at(-1)!.seq;
  }
}

export async function countAuditEntries(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return row?.n ?? 0;
}

function filterConditions(filters: AuditFilters): SQL[] {
  const conditions: (SQL | undefined)[] = [
    filters.actorAccountId === undefined ? undefined : accountCondition(filters.actorAccountId),
    actionCondition(filters.action),
    filters.targetType === undefined ? undefined : eq(auditLog.targetType, filters.targetType),
    filters.targetId === undefined ? undefined : eq(auditLog.targetId, filters.targetId),
    filters.agencyIds === undefined ? undefined : agencyCondition(filters.agencyIds),
    filters.from === undefined ? undefined : gte(auditLog.occurredAt, filters.from),
    filters.to === undefined ? undefined : lt(auditLog.occurredAt, filters.to),
  ];
  return conditions.filter((c): c is SQL => c !== undefined);
}

function actionCondition(action: string | undefined): SQL | undefined {
  if (action === undefined) return undefined;
  if (!action.endsWith('.')) return eq(auditLog.action, action);
  // LIKE wildcards in the prefix are escaped: `account_.` must not match `accountX.`.
  return like(auditLog.action, `${action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

function accountCondition(accountId: string): SQL {
  return isUuid(accountId) ? eq(auditLog.actorAccountId, accountId) : sql`false`;
}

function agencyCondition(agencyIds: readonly string[]): SQL {
  const ids = agencyIds.filter(isUuid);
  return ids.length === 0 ? sql`false` : inArray(auditLog.agencyId, ids);
}

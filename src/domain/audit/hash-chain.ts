/**
 * The audit trail's hash chain: each entry's hash covers its content and the previous entry's hash,
 * so changing, removing or reordering any entry breaks every link after it. (Removing the newest
 * entries leaves a valid shorter chain; that needs an anchor outside the database, such as the
 * count and last hash printed by `gongkai audit verify` and kept elsewhere.)
 */
import { createHash } from 'node:crypto';
import type { AuditEntry, AuditEntryContent, JsonValue } from './audit-entry.ts';

/** The `prevHash` of the first entry. */
export const genesisHash = '0'.repeat(64);

export type BrokenLinkReason = 'prev_hash_mismatch' | 'hash_mismatch' | 'seq_not_increasing';

export interface BrokenLink {
  seq: number;
  reason: BrokenLinkReason;
  /** What is wrong, in Chinese, for the auditor. */
  message: string;
}

/**
 * Stable text of an entry: keys sorted at every level, the time as an ISO string, so the same entry
 * always gives the same bytes whichever database or driver handed it over.
 */
export function serializeAuditEntry(seq: number, entry: AuditEntryContent): string {
  const { occurredAt, actorAccountId, actorName, action, targetType, targetId, agencyId, ip, details } = entry;
  return canonicalJson({
    seq,
    occurredAt: occurredAt.toISOString(),
    actorAccountId,
    actorName,
    action,
    targetType,
    targetId,
    agencyId,
    ip,
    details,
  });
}

/** SHA-256 (hex) of the previous hash and the canonical entry. */
export function hashEntry(prevHash: string, seq: number, entry: AuditEntryContent): string {
  return createHash('sha256').update(`${prevHash}\n${serializeAuditEntry(seq, entry)}`, 'utf8').digest('hex');
}

/**
 * Checks one entry against the one before it (`previous` is null for the first entry). Returns the
 * broken link, or null when the entry is intact and follows its predecessor.
 */
export function checkLink(previous: Pick<AuditEntry, 'seq' | 'hash'> | null, entry: AuditEntry): BrokenLink | null {
  if (previous !== null && entry.seq <= previous.seq) {
    return { seq: entry.seq, reason: 'seq_not_increasing', message: `第 ${entry.seq} 条的序号不大于前一条（${previous.seq}），顺序被改动` };
  }
  const expectedPrev = previous?.hash ?? genesisHash;
  if (entry.prevHash !== expectedPrev) {
    const before = previous === null ? '链首' : `第 ${previous.seq} 条`;
    return { seq: entry.seq, reason: 'prev_hash_mismatch', message: `第 ${entry.seq} 条记录的前一哈希与${before}的哈希不符：其间有记录被删除、插入或改动` };
  }
  if (hashEntry(entry.prevHash, entry.seq, entry) !== entry.hash) {
    return { seq: entry.seq, reason: 'hash_mismatch', message: `第 ${entry.seq} 条记录的内容与其哈希不符：该记录被改动` };
  }
  return null;
}

/** The first broken link of a chain given in seq order, or null when the whole chain is intact. */
export function findFirstBrokenLink(entries: Iterable<AuditEntry>): BrokenLink | null {
  let previous: AuditEntry | null = null;
  for (const entry of entries) {
    const broken = checkLink(previous, entry);
    if (broken !== null) return broken;
    previous = entry;
  }
  return null;
}

/**
 * JSON with object keys sorted (recursively); arrays keep their order. Keys whose value is undefined
 * are left out, as JSON.stringify and the jsonb column do, so the hash matches what is read back.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  // An undefined array element becomes null, as in JSON.stringify.
  if (Array.isArray(value)) return `[${value.map((v: JsonValue | undefined) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`).join(',')}}`;
}

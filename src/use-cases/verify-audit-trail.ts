/** `gongkai audit verify`: walks the whole audit trail in order and reports the first broken link. */
import type { AuditEntry } from '../domain/audit/audit-entry.ts';
import { checkLink, type BrokenLink } from '../domain/audit/hash-chain.ts';

export interface AuditEntrySource {
  /** Every entry in seq order. */
  iterate(): AsyncIterable<AuditEntry>;
}

export interface AuditVerification {
  /** Entries checked (up to and including the broken one). */
  count: number;
  brokenLink: BrokenLink | null;
  /** The hash of the last intact entry: kept outside the database, it shows later whether the newest entries were removed. */
  lastHash: string | null;
}

export async function verifyAuditTrail(source: AuditEntrySource): Promise<AuditVerification> {
  let previous: AuditEntry | null = null;
  let count = 0;
  for await (const entry of source.iterate()) {
    count += 1;
    const brokenLink = checkLink(previous, entry);
    if (brokenLink !== null) return { count, brokenLink, lastHash: previous?.hash ?? null };
    previous = entry;
  }
  return { count, brokenLink: null, lastHash: previous?.hash ?? null };
}

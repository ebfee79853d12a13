import { describe, expect, it } from 'vitest';
import type { AuditEntry, AuditEntryContent } from '../domain/audit/audit-entry.ts';
import { genesisHash, hashEntry } from '../domain/audit/hash-chain.ts';
import { verifyAuditTrail } from './verify-audit-trail.ts';

// Against both databases, with rows changed behind the trigger: src/db/stores/audit-store.test.ts.
const content: AuditEntryContent = {
  occurredAt: new Date('2025-03-01T00:00:00.000Z'),
  actorAccountId: null,
  actorName: '系统',
  action: 'system.start',
  targetType: null,
  targetId: null,
  agencyId: null,
  ip: null,
  details: {},
};

function chainOf(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let seq = 1; seq <= length; seq += 1) {
    const prevHash = entries.at(-1)?.hash ?? genesisHash;
    const entry = { ...content, details: { seq } };
    entries.push({ ...entry, seq, prevHash, hash: hashEntry(prevHash, seq, entry) });
  }
  return entries;
}

function sourceOf(entries: readonly AuditEntry[]) {
  return {
    async *iterate() {
      yield* entries;
    },
  };
}

describe('verifyAuditTrail', () => {
  it('counts every entry of an intact trail and gives the last hash', async () => {
    const entries = chainOf(5);
    expect(await verifyAuditTrail(sourceOf(entries))).toEqual({ count: 5, brokenLink: null, lastHash: entries[4]!.hash });
  });

  it('stops at the first broken link and gives the last intact hash', async () => {
    const entries = chainOf(5).map((e) => (e.seq === 4 ? { ...e, actorName: '某人' } : e));
    const result = await verifyAuditTrail(sourceOf(entries));
    expect(result).toMatchObject({ count: 4, brokenLink: { seq: 4, reason: 'hash_mismatch' }, lastHash: entries[2]!.hash });
  });

  it('reports an empty trail as intact', async () => {
    expect(await verifyAuditTrail(sourceOf([]))).toEqual({ count: 0, brokenLink: null, lastHash: null });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, AuditEntryContent, JsonValue } from './audit-entry.ts';
import { canonicalJson, findFirstBrokenLink, genesisHash, hashEntry, serializeAuditEntry } from './hash-chain.ts';

const content: AuditEntryContent = {
  occurredAt: new Date('2025-03-01T08:30:00.123Z'),
  actorAccountId: '7b0d3b8e-3a52-4f55-9d3c-3c1f2f3f4a10',
  actorName: '王承办',
  action: 'account.login',
  targetType: 'account',
  targetId: '7b0d3b8e-3a52-4f55-9d3c-3c1f2f3f4a10',
  agencyId: null,
  ip: '192.0.2.1',
  details: { userAgent: 'Mozilla', attempts: 1 },
};

function chainOf(contents: readonly AuditEntryContent[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const [i, c] of contents.entries()) {
    const prevHash = entries.at(-1)?.hash ?? genesisHash;
    const seq = i + 1;
    entries.push({ ...c, seq, prevHash, hash: hashEntry(prevHash, seq, c) });
  }
  return entries;
}

const chain = chainOf([content, { ...content, action: 'account.logout' }, { ...content, action: 'agency.update', details: {} }]);

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });

  it('gives the same text for objects that differ only in key order', () => {
    const entry = fc.dictionary(fc.string(), fc.jsonValue());
    fc.assert(
      fc.property(entry, (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed as JsonValue)).toBe(canonicalJson(value as JsonValue));
      }),
    );
  });

  it('round-trips through JSON.parse to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value as JsonValue))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('hashEntry', () => {
  it('is 64 hex digits and changes with the previous hash, the seq and every field', () => {
    const base = hashEntry(genesisHash, 1, content);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEntry('f'.repeat(64), 1, content)).not.toBe(base);
    expect(hashEntry(genesisHash, 2, content)).not.toBe(base);
    const changes: Partial<AuditEntryContent>[] = [
      { occurredAt: new Date('2025-03-01T08:30:00.124Z') },
      { actorAccountId: null },
      { actorName: '王承办 ' },
      { action: 'account.logout' },
      { targetType: null },
      { targetId: 'x' },
      { agencyId: '7b0d3b8e-3a52-4f55-9d3c-3c1f2f3f4a11' },
      { ip: null },
      { details: { userAgent: 'Mozilla', attempts: 2 } },
    ];
    for (const change of changes) expect(hashEntry(genesisHash, 1, { ...content, ...change })).not.toBe(base);
  });

  it('does not depend on the key order of the details', () => {
    const reordered = { ...content, details: { attempts: 1, userAgent: 'Mozilla' } };
    expect(hashEntry(genesisHash, 1, reordered)).toBe(hashEntry(genesisHash, 1, content));
  });

  it('serialises the time as an ISO string and the seq as a number', () => {
    expect(serializeAuditEntry(7, content)).toContain('"occurredAt":"2025-03-01T08:30:00.123Z"');
    expect(serializeAuditEntry(7, content)).toContain('"seq":7');
  });
});

describe('findFirstBrokenLink', () => {
  it('finds nothing in an intact chain or an empty one', () => {
    expect(findFirstBrokenLink(chain)).toBeNull();
    expect(findFirstBrokenLink([])).toBeNull();
  });

  it('finds an entry whose content was changed', () => {
    const tampered = chain.map((e) => (e.seq === 2 ? { ...e, actorName: '某人' } : e));
    expect(findFirstBrokenLink(tampered)).toMatchObject({ seq: 2, reason: 'hash_mismatch' });
  });

  it('finds a removed entry at its successor', () => {
    expect(findFirstBrokenLink([chain[0]!, chain[2]!])).toMatchObject({ seq: 3, reason: 'prev_hash_mismatch' });
  });

  it('finds a first entry that does not start from the genesis hash', () => {
    expect(findFirstBrokenLink(chain.slice(1))).toMatchObject({ seq: 2, reason: 'prev_hash_mismatch' });
  });

  it('finds a forged entry that was rehashed but not relinked', () => {
    const forged = { ...chain[1]!, actorName: '某人' };
    forged.hash = hashEntry(forged.prevHash, forged.seq, forged);
    expect(findFirstBrokenLink([chain[0]!, forged, chain[2]!])).toMatchObject({ seq: 3, reason: 'prev_hash_mismatch' });
  });

  it('finds entries out of seq order', () => {
    expect(findFirstBrokenLink([chain[1]!, chain[0]!])).toMatchObject({ reason: expect.stringMatching(/prev_hash_mismatch|seq_not_increasing/) });
    const duplicateSeq = { ...chain[1]!, seq: 1 };
    expect(findFirstBrokenLink([chain[0]!, duplicateSeq])).toMatchObject({ seq: 1, reason: 'seq_not_increasing' });
  });

  it('explains the break in Chinese', () => {
    const tampered = chain.map((e) => (e.seq === 2 ? { ...e, details: { forged: true } } : e));
    expect(findFirstBrokenLink(tampered)?.message).toContain('第 2 条');
  });
});

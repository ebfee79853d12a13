import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { buildAuditEntry, createTestAgency } from '../../../test/factories.ts';
import { describeEachDatabase } from '../../../test/test-db.ts';
import { findFirstBrokenLink, genesisHash, hashEntry } from '../../domain/audit/hash-chain.ts';
import type { AuditEntry } from '../../domain/audit/audit-entry.ts';
import type { Database } from '../database.ts';
import { appendAuditEntry, countAuditEntries, iterateAuditEntries, listAuditEntries } from './audit-log.ts';

async function collect(db: Database, batchSize?: number): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for await (const entry of iterateAuditEntries(db, batchSize)) entries.push(entry);
  return entries;
}

describeEachDatabase('audit log repository', ({ db }) => {
  it('chains the first entry to the genesis hash and each next one to its predecessor', async () => {
    const first = await appendAuditEntry(db(), buildAuditEntry({ action: 'account.login' }));
    const second = await appendAuditEntry(db(), buildAuditEntry({ action: 'account.logout' }));
    expect(first.prevHash).toBe(genesisHash);
    expect(first.hash).toBe(hashEntry(genesisHash, first.seq, first));
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(second.prevHash).toBe(first.hash);
  });

  it('reads back exactly what was hashed (times, nulls, nested details)', async () => {
    const entry = buildAuditEntry({
      occurredAt: new Date('2025-12-31T23:59:59.999Z'),
      details: { 中文: '莲城县', nested: { list: [1, 2.5, null, true], empty: {} }, quote: '"\'\\' },
    });
    const stored = await appendAuditEntry(db(), entry);
    const [read] = await collect(db()).then((all) => all.filter((e) => e.seq === stored.seq));
    expect(read).toEqual(stored);
    expect(read!.hash).toBe(hashEntry(read!.prevHash, read!.seq, read!));
  });

  it('keeps one unbroken chain under 40 concurrent appends', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => appendAuditEntry(db(), buildAuditEntry({ details: { writer: i } }))));
    const entries = await collect(db(), 7);
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(findFirstBrokenLink(entries)).toBeNull();
    expect(await countAuditEntries(db())).toBe(entries.length);
  });

  it('loses the entry, not the chain, when the surrounding transaction rolls back', async () => {
    const rollback = new Error('rolled back on purpose');
    await expect(
      db().transaction(async (tx) => {
        await appendAuditEntry(tx, buildAuditEntry({ action: 'agency.update' }));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    await appendAuditEntry(db(), buildAuditEntry());
    expect(findFirstBrokenLink(await collect(db()))).toBeNull();
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows', async () => {
    const entry = await appendAuditEntry(db(), buildAuditEntry());
    await expect(db().execute(sql`update audit_log set actor_name = 'x' where seq = ${entry.seq}`)).rejects.toThrow();
    await expect(db().execute(sql`delete from audit_log where seq = ${entry.seq}`)).rejects.toThrow();
    await expect(db().execute(sql`truncate audit_log`)).rejects.toThrow();
    const stillThere = (await collect(db())).find((e) => e.seq === entry.seq);
    expect(stillThere).toEqual(entry);
  });

  it('lists entries newest first, filtered and paged, with the total', async () => {
    const agency = await createTestAgency(db());
    const other = await createTestAgency(db());
    const target = { targetType: 'agency', targetId: agency.id };
    for (const [i, action] of ['agency.update', 'agency.update', 'account.login'].entries()) {
      await appendAuditEntry(db(), buildAuditEntry({ action, agencyId: agency.id, ...target, occurredAt: new Date(Date.UTC(2024, 0, 1 + i)) }));
    }
    await appendAuditEntry(db(), buildAuditEntry({ action: 'agency.update', agencyId: other.id }));
    const page = await listAuditEntries(db(), { agencyIds: [agency.id], action: 'agency.update' }, { offset: 0, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.entries).toHaveLength(1);
    expect(page.entries[0]!.occurredAt).toEqual(new Date(Date.UTC(2024, 0, 2)));
    const byPrefix = await listAuditEntries(db(), { agencyIds: [agency.id], action: 'agency.' }, { offset: 0, limit: 10 });
    expect(byPrefix.total).toBe(2);
    const byTime = await listAuditEntries(db(), { ...target, from: new Date(Date.UTC(2024, 0, 2)), to: new Date(Date.UTC(2024, 0, 3)) }, { offset: 0, limit: 10 });
    expect(byTime.entries.map((e) => e.action)).toEqual(['agency.update']);
  });

  it('matches nothing for an empty agency scope, a malformed id, or a prefix with wildcards', async () => {
    await appendAuditEntry(db(), buildAuditEntry({ action: 'account.login' }));
    expect((await listAuditEntries(db(), { agencyIds: [] }, { offset: 0, limit: 10 })).total).toBe(0);
    expect((await listAuditEntries(db(), { actorAccountId: 'x' }, { offset: 0, limit: 10 })).total).toBe(0);
    expect((await listAuditEntries(db(), { action: '%.' }, { offset: 0, limit: 10 })).total).toBe(0);
    expect((await listAuditEntries(db(), { action: 'accoun_.' }, { offset: 0, limit: 10 })).total).toBe(0);
  });
});

import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { buildAuditEntry } from '../../../test/factories.ts';
import { describeEachDatabase } from '../../../test/test-db.ts';
import { appendAuditEntry } from '../repositories/audit-log.ts';
import { createAuditStore } from './audit-store.ts';
import { genesisHash, hashEntry } from '../../domain/audit/hash-chain.ts';
import { verifyAuditTrail } from '../../use-cases/verify-audit-trail.ts';

/** What a superuser could do: switch the append-only trigger off, change rows, switch it on again. */
async function tamper(db: Parameters<typeof appendAuditEntry>[0], statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_reject_update_delete`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_reject_update_delete`);
  });
}

// Each test builds on the previous one's rows: the chain is checked, then broken in a new way each time.
describeEachDatabase('verifyAuditTrail', ({ db }) => {
  it('reports an empty trail as intact', async () => {
    expect(await verifyAuditTrail(createAuditStore(db()))).toEqual({ count: 0, brokenLink: null, lastHash: null });
  });

  it('counts an intact trail and gives its last hash', async () => {
    const store = createAuditStore(db());
    let last = await appendAuditEntry(db(), buildAuditEntry());
    for (let i = 0; i < 4; i += 1) last = await appendAuditEntry(db(), buildAuditEntry({ details: { i } }));
    expect(await verifyAuditTrail(store)).toEqual({ count: 5, brokenLink: null, lastHash: last.hash });
  });

  it('finds a row whose content was changed behind the trigger', async () => {
    await tamper(db(), sql`update audit_log set actor_name = '某人' where seq = 3`);
    const result = await verifyAuditTrail(createAuditStore(db()));
    expect(result.brokenLink).toMatchObject({ seq: 3, reason: 'hash_mismatch' });
    expect(result.count).toBe(3);
    await tamper(db(), sql`update audit_log set actor_name = '系统' where seq = 3`);
    expect((await verifyAuditTrail(createAuditStore(db()))).brokenLink).toBeNull();
  });

  it('finds a deleted row at the next one', async () => {
    await tamper(db(), sql`delete from audit_log where seq = 2`);
    expect((await verifyAuditTrail(createAuditStore(db()))).brokenLink).toMatchObject({ seq: 3, reason: 'prev_hash_mismatch' });
  });
});

describeEachDatabase('verifyAuditTrail with a forged row', ({ db }) => {
  it('finds a row inserted with a well-formed hash that does not link to the chain', async () => {
    await appendAuditEntry(db(), buildAuditEntry());
    const forged = buildAuditEntry({ actorName: '伪造者' });
    const hash = hashEntry(genesisHash, 2, forged);
    // Inserting is allowed (the trigger only forbids changes); the chain must expose it.
    await db().execute(sql`insert into audit_log (seq, occurred_at, actor_name, action, details, prev_hash, hash)
      values (2, ${forged.occurredAt.toISOString()}, ${forged.actorName}, ${forged.action}, ${JSON.stringify(forged.details)}::jsonb, ${genesisHash}, ${hash})`);
    const result = await verifyAuditTrail(createAuditStore(db()));
    expect(result.brokenLink).toMatchObject({ seq: 2, reason: 'prev_hash_mismatch' });
    expect(result.brokenLink?.message).toContain('第 2 条');
  });
});

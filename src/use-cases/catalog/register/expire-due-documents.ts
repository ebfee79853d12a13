/**
 * Automatic expiry (system, run daily by the server): a document whose validity period (有效期至)
 * has passed expires the next day. In ONE transaction, serialised against other runs: each due
 * document gets its `expired` event dated the day after its period, its validity, a history line
 * and an audit entry by the system. Running it again the same day finds nothing more to do.
 */
import type { IsoDate } from '../../../domain/calendar/iso-date.ts';
import { dueExpiries } from '../../../domain/catalog/register.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import type { RegisterDeps } from './register-store.ts';

export interface ExpiredDocument {
  itemId: string;
  agencyId: string;
  indexNumber: string;
  title: string;
  effectiveOn: IsoDate;
}

const systemActor = { accountId: null, name: '系统' };

export async function expireDueDocuments(deps: RegisterDeps, today: IsoDate): Promise<ExpiredDocument[]> {
  const now = deps.now();
  return deps.transaction(async (store) => {
    await store.lockExpiryRun();
    const candidates = await store.listExpiryCandidates(today);
    const events = await store.listRegisterEvents(candidates.map((c) => c.id));
    const due = dueExpiries(
      candidates.map((c) => ({ id: c.id, validUntil: c.validUntil, events: events.filter((e) => e.itemId === c.id) })),
      today,
    );
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const expired: ExpiredDocument[] = [];
    for (const { id, effectiveOn } of due) {
      const item = byId.get(id)!;
      const note = `有效期至${item.validUntil ?? ''}，期满自动失效`;
      await store.insertRegisterEvent({ itemId: id, agencyId: item.agencyId, event: 'expired', effectiveOn, relatedItemId: null, note, recordedByAccountId: null, recordedAt: now });
      await store.recordValidityChange({ itemId: id, agencyId: item.agencyId, validity: 'expired', action: 'expired', actorAccountId: null, comment: `失效，${effectiveOn}起：${note}`, at: now });
      await recordAuditEntry(
        { append: (entry) => store.appendAudit(entry) },
        {
          actor: systemActor,
          action: 'register.expire',
          target: { type: 'infoItem', id },
          agencyId: item.agencyId,
          details: { indexNumber: item.indexNumber, title: item.title, validUntil: item.validUntil, effectiveOn, validityBefore: item.validity },
        },
        now,
      );
      expired.push({ itemId: id, agencyId: item.agencyId, indexNumber: item.indexNumber, title: item.title, effectiveOn });
    }
    return expired;
  });
}

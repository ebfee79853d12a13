/**
 * One step of an item's life, written twice in the caller's transaction: into the item's own
 * history (shown on the item page, with the comment) and into the audit trail (who, when, from
 * where; hash-chained).
 */
import type { JsonObject } from '../../../domain/audit/audit-entry.ts';
import type { HistoryAction } from '../../../domain/catalog/review.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import type { InfoItemRecord, InfoItemStore, StaffActor } from './info-item-store.ts';

export interface ItemStep {
  action: HistoryAction;
  stage?: string | null;
  from: string | null;
  to: string;
  comment?: string | null;
  /** More for the audit entry (file names, the scheduled time …). */
  details?: JsonObject;
}

/** Null actor: the system (scheduled publication). */
export async function recordItemStep(store: InfoItemStore, item: InfoItemRecord, actor: StaffActor | null, step: ItemStep, now: Date): Promise<void> {
  const actorAccountId = actor?.principal.accountId ?? null;
  const comment = step.comment ?? null;
  const stage = step.stage ?? null;
  await store.appendHistory({ itemId: item.id, agencyId: item.agencyId, action: step.action, stage, fromStatus: step.from, toStatus: step.to, actorAccountId, comment, at: now });
  await recordAuditEntry(
    { append: (entry) => store.appendAudit(entry) },
    {
      actor: { accountId: actorAccountId, name: actor?.name ?? '系统（定时发布）' },
      action: `info.${step.action}`,
      target: { type: 'infoItem', id: item.id },
      agencyId: item.agencyId,
      ip: actor?.ip ?? null,
      details: { indexNumber: item.indexNumber, title: item.title, stage, from: step.from, to: step.to, comment, ...step.details },
    },
    now,
  );
}

/**
 * The review steps of 三审制 in ONE transaction each: submit (the author), approve or send back at
 * 初审/复审/终审 (each by its action, never the author, never one person at two stages of a round),
 * withdraw (签发人). The item is locked, the step decided by the pure rules
 * (domain/catalog/review.ts) on its history — a refusal writes nothing — then the status and dates
 * are written, with the history entry and the audit entry. Publishing sets 发布日期; a rule or
 * normative document also gets its `issued` register event and is in force from then on.
 */
import { registerKinds } from '../../../domain/catalog/info-item.ts';
import { actionRequiredFor, decideReview, type ReviewCommand, type ReviewTransition } from '../../../domain/catalog/review.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import { loadItemFor } from './info-item-access.ts';
import { recordItemStep } from './info-item-history.ts';
import type { InfoItemChanges, InfoItemDeps, InfoItemRecord, InfoItemStore, StaffActor } from './info-item-store.ts';

export type StaffReviewCommand = Exclude<ReviewCommand, { kind: 'publishScheduled' }>;

export interface ReviewedItem {
  item: InfoItemRecord;
  transition: ReviewTransition;
}

export async function reviewInfoItem(deps: InfoItemDeps, request: { actor: StaffActor; itemId: string; command: StaffReviewCommand }): Promise<ReviewedItem> {
  const { actor, command } = request;
  const now = deps.now();
  return deps.transaction(async (store) => {
    const { item } = await loadItemFor(store, actor.principal, actionRequiredFor(command)!, request.itemId, { lock: true });
    const history = await store.listHistory(item.id);
    const transition = decideReview(item, history, actor.principal.accountId, command, now);
    return { item: await applyTransition(store, item, transition, actor, now), transition };
  });
}

/** Writes a decided transition: the item's columns, the register's `issued` event, history and audit. */
export async function applyTransition(store: InfoItemStore, item: InfoItemRecord, transition: ReviewTransition, actor: StaffActor | null, now: Date): Promise<InfoItemRecord> {
  const changes: InfoItemChanges = { status: transition.to };
  if (transition.to === 'scheduled') changes.scheduledAt = transition.scheduledAt;
  if (transition.to === 'draft') changes.scheduledAt = null;
  if (transition.to === 'withdrawn') changes.withdrawnAt = now;
  const isRegisterDocument = registerKinds.includes(item.kind);
  if (transition.publishesNow) {
    changes.publishedAt = now;
    changes.publishedOn = chinaDateOf(now);
    if (isRegisterDocument) changes.validity = 'inForce';
  }
  const updated = await store.updateItem(item.id, changes, now);
  if (transition.publishesNow && isRegisterDocument) {
    const effectiveOn = item.validFrom ?? changes.publishedOn!;
    await store.insertRegisterEvent({ itemId: item.id, agencyId: item.agencyId, event: 'issued', effectiveOn, recordedByAccountId: actor?.principal.accountId ?? null, recordedAt: now });
  }
  const details = transition.scheduledAt === null ? {} : { scheduledAt: transition.scheduledAt.toISOString() };
  await recordItemStep(store, updated, actor, { action: transition.action, stage: transition.stage, from: transition.from, to: transition.to, comment: transition.comment, details }, now);
  return updated;
}

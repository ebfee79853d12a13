/**
 * Scheduled publication: every item whose 终审 chose a publication time that has now come is
 * published, each in its own transaction (one item's trouble does not hold up the others), by the
 * system — with the same effects as a publication at 终审 (发布日期, the register's `issued` event).
 * Run by a timer in `gongkai serve`; safe to run often and from two processes (the row lock and
 * the status check make a second run a no-op).
 */
import { decideReview, ReviewRefusedError } from '../../../domain/catalog/review.ts';
import { applyTransition } from './review-info-item.ts';
import type { InfoItemDeps, InfoItemRecord } from './info-item-store.ts';

export async function publishDueItems(deps: InfoItemDeps): Promise<InfoItemRecord[]> {
  const now = deps.now();
  const ids = await deps.transaction((store) => store.listDueScheduledIds(now));
  const published: InfoItemRecord[] = [];
  for (const id of ids) {
    const item = await deps.transaction(async (store) => {
      const locked = await store.lockItem(id);
      if (locked === null) return null;
      try {
        const transition = decideReview(locked, await store.listHistory(id), null, { kind: 'publishScheduled' }, now);
        return await applyTransition(store, locked, transition, null, now);
      } catch (error) {
        // Withdrawn or rescheduled since the list was read: nothing to publish.
        if (error instanceof ReviewRefusedError) return null;
        throw error;
      }
    });
    if (item !== null) published.push(item);
  }
  return published;
}

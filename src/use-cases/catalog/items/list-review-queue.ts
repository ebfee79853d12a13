/**
 * 待我审核: for each review stage the viewer can decide somewhere, the items waiting at it in
 * those agencies — each marked when this viewer may not decide it (their own draft, or a stage of
 * the same round they already decided) — and for a drafter, their drafts that were sent back, with
 * the comment.
 */
import type { Principal } from '../../../domain/access/roles.ts';
import { reviewStages, type ReviewStage } from '../../../domain/catalog/info-item.ts';
import { actionOfStage, findReviewerProblem, statusOfStage } from '../../../domain/catalog/review.ts';
import { listAgenciesWhere, loadAgencyContext } from '../../agency-context.ts';
import type { InfoItemDeps, InfoItemHistoryRecord, InfoItemSummary } from './info-item-store.ts';

/** More than this waiting at one stage is a backlog the list cannot fix; the catalogue list has them all. */
const queueLimit = 200;

export interface QueueEntry extends InfoItemSummary {
  agencyName: string;
  authorName: string | null;
  /** Why this viewer may not decide it (another reviewer must), or null. */
  blockedBy: string | null;
  /** When it reached the stage. */
  waitingSince: Date;
}

export interface SentBackDraft extends InfoItemSummary {
  agencyName: string;
  comment: string;
  sentBackBy: string;
  sentBackAt: Date;
}

export interface ReviewQueue {
  stages: { stage: ReviewStage; entries: QueueEntry[] }[];
  sentBack: SentBackDraft[];
}

export async function listReviewQueue(deps: InfoItemDeps, request: { principal: Principal }): Promise<ReviewQueue> {
  const { principal } = request;
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agencyName = (id: string) => context.byId.get(id)?.name ?? '';
    const waiting: { stage: ReviewStage; items: InfoItemSummary[] }[] = [];
    for (const stage of reviewStages) {
      const agencyIds = listAgenciesWhere(principal, actionOfStage[stage], context).map((a) => a.id);
      if (agencyIds.length > 0) waiting.push({ stage, items: await store.listItemsInStatus(statusOfStage[stage], agencyIds, queueLimit) });
    }
    const draftAgencyIds = listAgenciesWhere(principal, 'info.draft', context).map((a) => a.id);
    const drafts = draftAgencyIds.length === 0 ? [] : (await store.listItems({ agencyIds: draftAgencyIds, status: 'draft', authorAccountId: principal.accountId, offset: 0, limit: queueLimit })).rows;
    const all = [...waiting.flatMap((w) => w.items), ...drafts];
    const histories = await store.listHistoriesOf(all.map((i) => i.id));
    const names = await store.listAccountNames([...all.map((i) => i.authorAccountId), ...[...histories.values()].flat().map((h) => h.actorAccountId)].filter((id): id is string => id !== null));
    const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
    const stages = waiting.map(({ stage, items }) => ({
      stage,
      entries: items.map((item) => {
        const history = histories.get(item.id) ?? [];
        return {
          ...item,
          agencyName: agencyName(item.agencyId),
          authorName: nameOf(item.authorAccountId),
          blockedBy: findReviewerProblem(item, history, principal.accountId, stage)?.message ?? null,
          waitingSince: history.at(-1)?.at ?? item.updatedAt,
        };
      }),
    }));
    const sentBack = drafts.flatMap((item) => {
      const last = lastReviewStep(histories.get(item.id) ?? []);
      if (last?.action !== 'sendBack') return [];
      return [{ ...item, agencyName: agencyName(item.agencyId), comment: last.comment ?? '', sentBackBy: nameOf(last.actorAccountId) ?? '', sentBackAt: last.at }];
    });
    return { stages, sentBack };
  });
}

/** The latest step that moved the item (edits of the draft after a send-back do not count). */
function lastReviewStep(history: readonly InfoItemHistoryRecord[]): InfoItemHistoryRecord | undefined {
  return history.filter((h) => h.action === 'submit' || h.action === 'sendBack').at(-1);
}

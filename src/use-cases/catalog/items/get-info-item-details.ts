/**
 * The item page: the item with its metadata (classification names, the document it interprets),
 * body, attachments and history (with who acted), and what the viewer may do now — edit and submit
 * (the author of a draft), decide the stage it waits at (with the reason when this viewer may not),
 * withdraw. The draft form's choices come along when the viewer may edit.
 */
import type { Principal } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { ReviewStage } from '../../../domain/catalog/info-item.ts';
import { actionOfStage, findReviewerProblem, stageOfStatus } from '../../../domain/catalog/review.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import { loadItemFor } from './info-item-access.ts';
import { classificationLabel, loadItemFormOptions, type ItemFormOptions } from './item-form-options.ts';
import type { AttachmentInfo, InfoItemDeps, InfoItemHistoryRecord, InfoItemRecord, InterpretableDocument } from './info-item-store.ts';

export interface HistoryLine extends InfoItemHistoryRecord {
  actorName: string;
}

export interface ItemPermissions {
  /** The author (or anyone who may draft, for an item without one) may change this draft. */
  canEdit: boolean;
  /** The stage the item waits at, if any. */
  stage: ReviewStage | null;
  /** The viewer holds the stage's action for this agency. */
  canDecide: boolean;
  /** Why the viewer may not decide although holding the action (own draft, another stage of the round). */
  decideBlockedBy: string | null;
  canWithdraw: boolean;
}

export interface InfoItemDetails {
  item: InfoItemRecord;
  agency: Agency;
  authorName: string | null;
  subjectLabel: string;
  genreLabel: string;
  interprets: InterpretableDocument | null;
  attachments: AttachmentInfo[];
  history: HistoryLine[];
  permissions: ItemPermissions;
  /** The permanent portal URL, once published. */
  publicUrl: string | null;
  /** For the edit form; null when the viewer may not edit. */
  formOptions: ItemFormOptions | null;
  today: string;
}

export async function getInfoItemDetails(deps: InfoItemDeps, request: { principal: Principal; itemId: string }): Promise<InfoItemDetails> {
  const { principal } = request;
  return deps.transaction(async (store) => {
    const { item, agency, context, may } = await loadItemFor(store, principal, 'info.read', request.itemId);
    const history = await store.listHistory(item.id);
    const attachments = await store.listAttachments(item.id);
    const classifications = await store.listClassifications();
    const names = await store.listAccountNames([item.authorAccountId, ...history.map((h) => h.actorAccountId)].filter((id): id is string => id !== null));
    const stage = stageOfStatus(item.status);
    const isAuthor = item.authorAccountId === null || item.authorAccountId === principal.accountId;
    const canEdit = item.status === 'draft' && isAuthor && may('info.draft');
    const canDecide = stage !== null && may(actionOfStage[stage]);
    const permissions: ItemPermissions = {
      canEdit,
      stage,
      canDecide,
      decideBlockedBy: canDecide && stage !== null ? (findReviewerProblem(item, history, principal.accountId, stage)?.message ?? null) : null,
      canWithdraw: (item.status === 'published' || item.status === 'scheduled') && may('info.withdraw'),
    };
    const isPublic = item.status === 'published';
    return {
      item,
      agency,
      authorName: item.authorAccountId === null ? null : (names.get(item.authorAccountId) ?? null),
      subjectLabel: classificationLabel(classifications, item.subjectCode),
      genreLabel: classificationLabel(classifications, item.genreCode),
      interprets: item.interpretsItemId === null ? null : await store.findInterpretableDocument(item.interpretsItemId),
      attachments,
      history: history.map((h) => ({ ...h, actorName: h.actorAccountId === null ? '系统' : (names.get(h.actorAccountId) ?? '（已删除的账号）') })),
      permissions,
      publicUrl: isPublic ? permanentUrlOf(agency.code, item.indexNumber) : null,
      formOptions: canEdit ? await loadItemFormOptions(store, principal, context) : null,
      today: chinaDateOf(deps.now()),
    };
  });
}

/** THE permanent URL of an item on the portal (the 索引号 holds `/`, so it is encoded). */
export function permanentUrlOf(agencyCode: string, indexNumber: string): string {
  return `/agencies/${agencyCode}/items/${encodeURIComponent(indexNumber)}`;
}

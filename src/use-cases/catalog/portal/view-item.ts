/**
 * One item at its permanent URL: the standard metadata block (索引号, 发布机构, 文号, 成文日期, 发布日期,
 * 主题分类, 体裁分类, and 有效性 for rules and normative documents with their amendments), the
 * sanitised body, the attachments, the interpretations and the document interpreted. A withdrawn
 * item keeps its metadata and says when it was withdrawn; its body and files are no longer shown.
 */
import { registerKinds, validityNames } from '../../../domain/catalog/info-item.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import { buildClassificationTree, pathTo } from '../settings/classification-tree.ts';
import { CatalogNotFoundError } from './catalog-errors.ts';
import type { AttachmentFile, AttachmentInfo, CatalogPortalDeps, ItemLinkRecord, PublicItemRecord, RegisterEventRecord } from './catalog-portal-store.ts';

export interface ItemView {
  item: PublicItemRecord;
  /** Names root first, e.g. ['综合政务', '政务公开']; the code itself when the node was deleted. */
  subjectPath: string[];
  genrePath: string[];
  /** 有效性 in words for a rule or normative document, else null. */
  validityName: string | null;
  /** The China date it was withdrawn on, for a withdrawn item. */
  withdrawnOn: string | null;
  attachments: AttachmentInfo[];
  interpretations: ItemLinkRecord[];
  /** For an interpretation: the document it interprets, when published. */
  interprets: ItemLinkRecord | null;
  /** The item's own lifecycle (issued, amended, expired, abolished), oldest first. */
  lifecycle: RegisterEventRecord[];
  /** The documents this one amended or abolished. */
  actsOn: RegisterEventRecord[];
}

const notFoundMessage = '没有找到这条政府信息。请核对索引号，或在政府信息公开目录中查找。';

export async function viewPublicItem(deps: CatalogPortalDeps, request: { agencyCode: string; indexNumber: string }): Promise<ItemView> {
  const { store } = deps;
  const [item, classifications] = await Promise.all([store.findPublicItem(request.agencyCode, request.indexNumber), store.listClassifications()]);
  if (item === null) throw new CatalogNotFoundError(notFoundMessage);
  const namesOf = (scheme: 'subject' | 'genre', code: string) => {
    const path = pathTo(buildClassificationTree(classifications, scheme), code).map((entry) => entry.node.name);
    return path.length === 0 ? [code] : path;
  };
  const isRegisterKind = registerKinds.includes(item.kind);
  const base = {
    item,
    subjectPath: namesOf('subject', item.subjectCode),
    genrePath: namesOf('genre', item.genreCode),
    validityName: isRegisterKind && item.validity !== null ? validityNames[item.validity] : null,
  };
  if (item.status === 'withdrawn') {
    const withdrawn = { ...item, bodyHtml: '' };
    return { ...base, item: withdrawn, withdrawnOn: item.withdrawnAt === null ? null : chinaDateOf(item.withdrawnAt), attachments: [], interpretations: [], interprets: null, lifecycle: [], actsOn: [] };
  }
  const [attachments, interpretations, interprets, lifecycle, actsOn] = await Promise.all([
    store.listAttachments(item.id),
    store.listInterpretationsOf(item.id),
    item.interpretsItemId === null ? Promise.resolve(null) : store.findPublishedItemLink(item.interpretsItemId),
    isRegisterKind ? store.listRegisterEventsOf(item.id) : Promise.resolve([]),
    store.listRegisterEventsBy(item.id),
  ]);
  return { ...base, withdrawnOn: null, attachments, interpretations, interprets, lifecycle, actsOn };
}

/** A published item's attachment, for download; not found unless the item is published now. */
export async function readPublicAttachment(
  deps: CatalogPortalDeps,
  request: { agencyCode: string; indexNumber: string; attachmentId: string },
): Promise<{ item: PublicItemRecord; file: AttachmentFile }> {
  const { store } = deps;
  const item = await store.findPublicItem(request.agencyCode, request.indexNumber);
  const file = item === null || item.status !== 'published' ? null : await store.readAttachment(item.id, request.attachmentId);
  if (item === null || file === null) throw new CatalogNotFoundError('没有找到这个附件，它所属的信息可能已撤回。');
  return { item, file };
}

/**
 * A draft's attachments: added by its author (each file checked by its content, size and count
 * BEFORE anything is stored, its text extracted for search), removed by its author, and read by
 * staff who may read the item. Adding and removing refresh the item's search vector in the same
 * transaction and are recorded in the history and the audit trail.
 */
import type { Principal } from '../../../domain/access/roles.ts';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { checkCatalogAttachment, checkCatalogAttachmentCount, type CheckedCatalogAttachment } from '../../../domain/catalog/attachment-rules.ts';
import { assertDraftEditable } from '../../../domain/catalog/review.ts';
import { extractAttachmentText } from '../../../domain/search/extract-text.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { loadItemFor } from './info-item-access.ts';
import { AttachmentNotFoundError } from './info-item-errors.ts';
import { recordItemStep } from './info-item-history.ts';
import type { AttachmentInfo, InfoItemDeps, InfoItemRecord, StaffActor, StoredAttachment } from './info-item-store.ts';

export interface AttachmentUpload {
  fileName: string;
  bytes: Uint8Array;
}

interface ReadyFile extends CheckedCatalogAttachment {
  bytes: Uint8Array;
  extractedText: string;
}

export async function addInfoItemAttachments(deps: InfoItemDeps, request: { actor: StaffActor; itemId: string; uploads: readonly AttachmentUpload[] }): Promise<Outcome<AttachmentInfo[]>> {
  const { actor, uploads } = request;
  if (uploads.length === 0) return fail([{ code: 'attachments.required', path: 'attachments', message: '请先选择要上传的文件。' }]);
  // Who may add is settled before any file is parsed: a refused request costs no extraction.
  const existingCount = await deps.transaction(async (store) => {
    const { item } = await loadItemFor(store, actor.principal, 'info.draft', request.itemId);
    assertDraftEditable(item, actor.principal.accountId);
    return (await store.listAttachments(item.id)).length;
  });
  const tooManyNow = checkCatalogAttachmentCount(existingCount, uploads.length);
  if (tooManyNow !== null) return fail([tooManyNow]);
  const checked = await checkUploads(uploads);
  if (!checked.ok) return checked;
  const now = deps.now();
  return deps.transaction(async (store) => {
    const { item } = await loadItemFor(store, actor.principal, 'info.draft', request.itemId, { lock: true });
    assertDraftEditable(item, actor.principal.accountId);
    const existing = await store.listAttachments(item.id);
    const tooMany = checkCatalogAttachmentCount(existing.length, checked.value.length);
    if (tooMany !== null) return fail([tooMany]);
    const start = existing.reduce((last, a) => Math.max(last, a.position), -1) + 1;
    const added: AttachmentInfo[] = [];
    for (const [i, file] of checked.value.entries()) {
      const { fileName, mediaType, sizeBytes, sha256, bytes, extractedText } = file;
      added.push(await store.insertAttachment({ itemId: item.id, agencyId: item.agencyId, fileName, mediaType, sizeBytes, sha256, content: bytes, extractedText, position: start + i, createdAt: now }));
    }
    await store.refreshSearchVector(item.id);
    const names = added.map((a) => a.fileName);
    await recordItemStep(store, item, actor, { action: 'attachmentAdded', from: 'draft', to: 'draft', comment: names.join('、'), details: { attachments: added.map((a) => ({ id: a.id, fileName: a.fileName, sha256: a.sha256 })) } }, now);
    return succeed(added);
  });
}

export async function removeInfoItemAttachment(deps: InfoItemDeps, request: { actor: StaffActor; itemId: string; attachmentId: string }): Promise<AttachmentInfo> {
  const { actor } = request;
  const now = deps.now();
  return deps.transaction(async (store) => {
    const { item } = await loadItemFor(store, actor.principal, 'info.draft', request.itemId, { lock: true });
    assertDraftEditable(item, actor.principal.accountId);
    const attachment = (await store.listAttachments(item.id)).find((a) => a.id === request.attachmentId);
    if (attachment === undefined || !(await store.deleteAttachment(item.id, attachment.id))) throw new AttachmentNotFoundError();
    await store.refreshSearchVector(item.id);
    await recordItemStep(store, item, actor, { action: 'attachmentRemoved', from: 'draft', to: 'draft', comment: attachment.fileName, details: { attachmentId: attachment.id, sha256: attachment.sha256 } }, now);
    return attachment;
  });
}

/** A file for staff who may read the item (any status: reviewers check attachments before publication). */
export async function readInfoItemAttachment(deps: InfoItemDeps, request: { principal: Principal; itemId: string; attachmentId: string }): Promise<{ item: InfoItemRecord; attachment: StoredAttachment }> {
  return deps.transaction(async (store) => {
    const { item } = await loadItemFor(store, request.principal, 'info.read', request.itemId);
    const attachment = await store.readAttachment(item.id, request.attachmentId);
    if (attachment === null) throw new AttachmentNotFoundError();
    return { item, attachment };
  });
}

/** Every upload checked; all problems at once. Text is extracted only when every file passed. */
async function checkUploads(uploads: readonly AttachmentUpload[]): Promise<Outcome<ReadyFile[]>> {
  const issues: Issue[] = [];
  const files: CheckedCatalogAttachment[] = [];
  for (const upload of uploads) {
    const result = await checkCatalogAttachment(upload);
    if (result.ok) files.push(result.file);
    else issues.push(result.issue);
  }
  if (issues.length > 0) return fail(issues);
  const ready: ReadyFile[] = [];
  for (const [i, file] of files.entries()) {
    const bytes = uploads[i]!.bytes;
    ready.push({ ...file, bytes, extractedText: await extractAttachmentText(bytes, file.mediaType) });
  }
  return succeed(ready);
}

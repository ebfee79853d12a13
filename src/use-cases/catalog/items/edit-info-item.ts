/**
 * Changing a draft's metadata and body: only while it is a draft, only by its author (after a
 * send-back the item is back with the author, who alone edits and resubmits). The 索引号 stays as
 * given. One transaction: locked, checked, written, search vector refreshed, history and audit.
 */
import { assertDraftEditable } from '../../../domain/catalog/review.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { checkItemForm, type InfoItemForm } from './check-item-form.ts';
import { loadItemFor } from './info-item-access.ts';
import { recordItemStep } from './info-item-history.ts';
import type { InfoItemDeps, InfoItemRecord, StaffActor } from './info-item-store.ts';

export async function editInfoItem(deps: InfoItemDeps, request: { actor: StaffActor; itemId: string; form: InfoItemForm }): Promise<Outcome<InfoItemRecord>> {
  const { actor, form } = request;
  const now = deps.now();
  return deps.transaction(async (store) => {
    const { item } = await loadItemFor(store, actor.principal, 'info.draft', request.itemId, { lock: true });
    assertDraftEditable(item, actor.principal.accountId);
    const checked = await checkItemForm(store, form, now, item.id);
    if (checked.issues.length > 0) return fail(checked.issues);
    const changed = await store.updateItem(item.id, { ...form.metadata, bodyHtml: checked.bodyHtml, bodyText: checked.bodyText }, now);
    await store.refreshSearchVector(item.id);
    const fields = changedFields(item, changed);
    await recordItemStep(store, changed, actor, { action: 'edit', from: 'draft', to: 'draft', details: { fields } }, now);
    return succeed(changed);
  });
}

const comparedFields = ['kind', 'title', 'publisher', 'documentNumber', 'writtenOn', 'subjectCode', 'genreCode', 'validFrom', 'validUntil', 'interpretsItemId', 'bodyHtml'] as const;

/** Which fields the edit changed, for the audit entry. */
function changedFields(before: InfoItemRecord, after: InfoItemRecord): string[] {
  return comparedFields.filter((field) => before[field] !== after[field]);
}

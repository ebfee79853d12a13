/**
 * A new draft (草稿) in one transaction: the agency chosen and authorized (`info.draft`), the form
 * checked, the 索引号 given — generated from the agency's pattern and sequence, or entered by hand
 * for an item that already has one (refused when the agency has it: `info.duplicateIndexNumber`) —
 * then the item, its history, its search vector and the audit entry. A refused form writes nothing
 * and takes no number.
 */
import { assertCan } from '../../../domain/access/policy.ts';
import { findIndexNumberProblems } from '../../../domain/catalog/index-number.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { loadAgencyContext } from '../../agency-context.ts';
import { assignIndexNumber } from './assign-index-number.ts';
import { checkItemForm, type InfoItemForm } from './check-item-form.ts';
import { DuplicateIndexNumberError } from './info-item-errors.ts';
import { recordItemStep } from './info-item-history.ts';
import type { InfoItemDeps, InfoItemRecord, StaffActor } from './info-item-store.ts';

export interface NewInfoItemForm extends InfoItemForm {
  agencyCode: string;
  /** Entered by hand; null: generated. */
  indexNumber: string | null;
}

export async function createInfoItem(deps: InfoItemDeps, request: { actor: StaffActor; form: NewInfoItemForm }): Promise<Outcome<InfoItemRecord>> {
  const { actor, form } = request;
  const now = deps.now();
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agency = context.byCode.get(form.agencyCode);
    if (agency === undefined) return fail([{ code: 'agencyCode.unknown', path: 'agencyCode', message: '请选择发布信息的机关。' }]);
    assertCan(actor.principal, 'info.draft', { agencyId: agency.id }, context.ancestry);
    const checked = await checkItemForm(store, form, now, null);
    const issues = [...checked.issues, ...(form.indexNumber === null ? [] : findIndexNumberProblems(form.indexNumber))];
    if (issues.length > 0) return fail(issues);
    if (form.indexNumber !== null && (await store.isIndexNumberTaken(agency.id, form.indexNumber))) throw new DuplicateIndexNumberError(form.indexNumber);
    const indexNumber = form.indexNumber ?? (await assignIndexNumber(store, agency, form.metadata, now));
    const item = await store.insertItem({
      ...form.metadata,
      agencyId: agency.id,
      indexNumber,
      bodyHtml: checked.bodyHtml,
      bodyText: checked.bodyText,
      status: 'draft',
      authorAccountId: actor.principal.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await store.refreshSearchVector(item.id);
    await recordItemStep(store, item, actor, { action: 'create', from: null, to: 'draft', details: { indexNumberEntered: form.indexNumber !== null } }, now);
    return succeed(item);
  });
}

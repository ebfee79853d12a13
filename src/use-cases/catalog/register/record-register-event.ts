/**
 * Recording an amendment (修改), expiry (失效) or abolition (废止) of a rule or normative document
 * (`register.update`), in ONE transaction: the document is locked, the event checked against its
 * lifecycle (domain/catalog/register.ts), appended, the item's `validity` derived again, a line
 * added to its history, and the change audited. Bad input changes nothing and comes back as issues.
 */
import { z } from 'zod';
import { assertCan } from '../../../domain/access/policy.ts';
import { checkRegisterEvent, currentValidity, issuedOn, recordableEventKinds, registerEventNames, type RelatedDocument } from '../../../domain/catalog/register.ts';
import { fail, succeed, type Actor, type Outcome } from '../../administration-store.ts';
import { RecordNotFoundError } from '../../administration-errors.ts';
import { loadAgencyContext } from '../../agency-context.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import { checkInput } from '../../input-check.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import type { RegisterDeps, RegisterItem, RegisterStore, StoredRegisterEvent } from './register-store.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs and forms: a malformed one is "not found", never a database error. */
export function isRegisterItemId(value: string): boolean {
  return uuidPattern.test(value);
}

export const registerEventSchema = z.strictObject({
  event: z.enum(recordableEventKinds, '请选择要登记的变化：修改、失效或废止。'),
  effectiveOn: z.string().trim().max(20),
  relatedItemId: z
    .string()
    .trim()
    .refine((id) => id === '' || isRegisterItemId(id), '请从列表中选择文件。')
    .transform((id) => (id === '' ? null : id.toLowerCase()))
    .default(''),
  note: z
    .string()
    .max(500, '说明不能超过500个字符。')
    .transform((text) => text.trim())
    .transform((text) => (text === '' ? null : text))
    .default(''),
});

const labels = { event: '变化', effectiveOn: '生效日期', relatedItemId: '相关文件', note: '说明' };

export interface RecordedRegisterEvent {
  item: RegisterItem;
  event: StoredRegisterEvent;
}

export async function recordRegisterEvent(deps: RegisterDeps, request: { actor: Actor; itemId: string; input: unknown }): Promise<Outcome<RecordedRegisterEvent>> {
  const now = deps.now();
  const today = chinaDateOf(now);
  return deps.transaction(async (store) => {
    const item = isRegisterItemId(request.itemId) ? await store.lockRegisterItem(request.itemId) : null;
    if (item === null || item.status !== 'published') throw new RecordNotFoundError('登记簿中没有这份文件（只登记已发布的规章和行政规范性文件）。');
    const context = await loadAgencyContext(store);
    assertCan(request.actor.principal, 'register.update', { agencyId: item.agencyId }, context.ancestry);
    const input = checkInput(registerEventSchema, request.input, labels);
    if (!input.ok) return input;
    const next = input.value;
    const events = await store.listRegisterEvents([item.id]);
    const related = next.relatedItemId === null ? null : await findRelated(store, next.relatedItemId);
    const issues = checkRegisterEvent(events, next, { today, related, documentId: item.id });
    if (issues.length > 0) return fail(issues);
    const accountId = request.actor.principal.accountId;
    const stored = await store.insertRegisterEvent({ itemId: item.id, agencyId: item.agencyId, ...next, recordedByAccountId: accountId, recordedAt: now });
    const validity = currentValidity([...events, stored]);
    const comment = [`${registerEventNames[next.event]}，${next.effectiveOn}起`, next.note].filter((part) => part !== null).join('：');
    await store.recordValidityChange({ itemId: item.id, agencyId: item.agencyId, validity, action: next.event, actorAccountId: accountId, comment, at: now });
    await recordAuditEntry(
      { append: (entry) => store.appendAudit(entry) },
      {
        actor: { accountId, name: request.actor.name },
        action: 'register.recordEvent',
        target: { type: 'infoItem', id: item.id },
        agencyId: item.agencyId,
        ip: request.actor.ip,
        details: { indexNumber: item.indexNumber, title: item.title, event: next.event, effectiveOn: next.effectiveOn, relatedItemId: next.relatedItemId, note: next.note, validityBefore: item.validity, validityAfter: validity },
      },
      now,
    );
    return succeed({ item: { ...item, validity }, event: stored });
  });
}

async function findRelated(store: RegisterStore, id: string): Promise<RelatedDocument> {
  const [found] = await store.listRegisterItemsById([id]);
  if (found === undefined) return { id, isPublishedRegisterDocument: false, issuedOn: null };
  return { id, isPublishedRegisterDocument: found.status === 'published', issuedOn: issuedOn(await store.listRegisterEvents([id])) };
}

/**
 * The agency's wording of its letters (文书模板): the list of letter types with the one in use,
 * one template beside its default, saving the agency's version after `checkTemplate` (its problems
 * come back beside the field, nothing saved), and going back to the default. Both changes are
 * audited. Needs `replyTemplate.update` on the agency.
 */
import { z } from 'zod';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { assertCan } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { DomainError } from '../../../domain/errors.ts';
import { defaultTemplateOf } from '../../../domain/replies/default-templates.ts';
import { placeholderInfo, type PlaceholderName } from '../../../domain/replies/placeholders.ts';
import { isReplyType, placeholdersAllowedIn, replyTypeInfo, replyTypes, type ReplyType, type ReplyTypeInfo } from '../../../domain/replies/reply-type.ts';
import { checkTemplate, formatTemplate, parseTemplate } from '../../../domain/replies/template.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { listAgenciesWhere, loadAgencyContext, requireAgencyByCode } from '../../agency-context.ts';
import { checkInput } from '../../input-check.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import type { CaseHandlingDeps, CaseHandlingStore } from './case-handling-store.ts';
import { templateFromStored } from './case-letters.ts';
import type { StaffActor } from './record-step.ts';

export interface TemplateListItem {
  type: ReplyType;
  info: ReplyTypeInfo;
  isCustomized: boolean;
  updatedAt: Date | null;
}

export interface TemplateList {
  agencies: { code: string; name: string }[];
  agency: { code: string; name: string } | null;
  items: TemplateListItem[];
}

export async function listTemplates(deps: CaseHandlingDeps, request: { principal: Principal; agencyCode: string | null }): Promise<TemplateList> {
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agencies = listAgenciesWhere(request.principal, 'replyTemplate.update', context);
    const agency = agencies.find((a) => a.code === request.agencyCode) ?? agencies[0] ?? null;
    const saved = agency === null ? [] : await store.listReplyTemplates(agency.id);
    const byType = new Map(saved.map((t) => [t.letterType, t]));
    return {
      agencies: agencies.map(({ code, name }) => ({ code, name })),
      agency: agency === null ? null : { code: agency.code, name: agency.name },
      items: replyTypes.map((type) => ({ type, info: replyTypeInfo[type], isCustomized: byType.has(type), updatedAt: byType.get(type)?.updatedAt ?? null })),
    };
  });
}

export interface TemplateEditor {
  agency: { code: string; name: string };
  type: ReplyType;
  info: ReplyTypeInfo;
  defaultText: string;
  /** What the agency uses now: its own text, or the default. */
  currentText: string;
  isCustomized: boolean;
  placeholders: { name: PlaceholderName; description: string; required: boolean }[];
}

export async function getTemplateEditor(deps: CaseHandlingDeps, request: { principal: Principal; agencyCode: string; letterType: string }): Promise<TemplateEditor> {
  return deps.transaction(async (store) => {
    const { agency, type } = await loadTarget(store, request.principal, request.agencyCode, request.letterType);
    const stored = await store.findReplyTemplate(agency.id, type);
    const defaultText = formatTemplate(defaultTemplateOf(type));
    return {
      agency: { code: agency.code, name: agency.name },
      type,
      info: replyTypeInfo[type],
      defaultText,
      currentText: stored === null ? defaultText : formatTemplate(templateFromStored(type, stored)),
      isCustomized: stored !== null,
      placeholders: placeholdersOf(type),
    };
  });
}

export const templateInputSchema = z.strictObject({ template: z.string('请填写模板内容。') });

export async function saveTemplate(
  deps: CaseHandlingDeps,
  request: { actor: StaffActor; agencyCode: string; letterType: string; input: unknown },
): Promise<Outcome<void>> {
  const checked = checkInput(templateInputSchema, request.input ?? {}, { template: '模板内容' });
  const now = deps.now();
  return deps.transaction(async (store) => {
    const { agency, type } = await loadTarget(store, request.actor.principal, request.agencyCode, request.letterType);
    if (!checked.ok) return fail(checked.issues);
    const issues: Issue[] = checkTemplate(type, checked.value.template);
    if (issues.length > 0) return fail(issues);
    const parsed = parseTemplate(type, checked.value.template);
    const body = parsed.paragraphs.join('\n');
    await store.saveReplyTemplate({ agencyId: agency.id, letterType: type, title: parsed.title, body, updatedAt: now, updatedByAccountId: request.actor.principal.accountId });
    await audit(store, request.actor, agency, 'replyTemplate.update', { letterType: type, letterName: replyTypeInfo[type].name, title: parsed.title, body }, now);
    return succeed(undefined);
  });
}

export async function resetTemplate(deps: CaseHandlingDeps, request: { actor: StaffActor; agencyCode: string; letterType: string }): Promise<{ wasCustomized: boolean }> {
  const now = deps.now();
  return deps.transaction(async (store) => {
    const { agency, type } = await loadTarget(store, request.actor.principal, request.agencyCode, request.letterType);
    const wasCustomized = await store.deleteReplyTemplate(agency.id, type);
    if (wasCustomized) await audit(store, request.actor, agency, 'replyTemplate.reset', { letterType: type, letterName: replyTypeInfo[type].name }, now);
    return { wasCustomized };
  });
}

async function loadTarget(store: CaseHandlingStore, principal: Principal, agencyCode: string, letterType: string): Promise<{ agency: Agency; type: ReplyType }> {
  const context = await loadAgencyContext(store);
  const agency = requireAgencyByCode(context, agencyCode);
  assertCan(principal, 'replyTemplate.update', { agencyId: agency.id }, context.ancestry);
  if (!isReplyType(letterType)) throw new TemplateTypeNotFoundError();
  return { agency, type: letterType };
}

export class TemplateTypeNotFoundError extends DomainError {
  constructor() {
    super('letter_type_not_found', '没有这种文书。');
  }
}

function placeholdersOf(type: ReplyType): TemplateEditor['placeholders'] {
  const required = new Set<PlaceholderName>(replyTypeInfo[type].required);
  return [...placeholdersAllowedIn(type)].map((name) => ({ name, description: placeholderInfo[name].description, required: required.has(name) }));
}

async function audit(store: CaseHandlingStore, actor: StaffActor, agency: Agency, action: string, details: Record<string, string>, now: Date): Promise<void> {
  await recordAuditEntry(
    { append: (entry) => store.appendAudit(entry) },
    { actor: { accountId: actor.principal.accountId, name: actor.name }, action, target: { type: 'replyTemplate', id: `${agency.code}.${String(details['letterType'])}` }, agencyId: agency.id, ip: actor.ip, details },
    now,
  );
}

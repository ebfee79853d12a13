/**
 * 目录设置 of an agency (`catalog.configure`): its 索引号 pattern, with a preview of the next number
 * computed on the server, and N — the working days within which a normative document needs its
 * interpretation. Previewing changes nothing; saving is checked, audited and done in one transaction.
 */
import { z } from 'zod';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { assertCan } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { defaultIndexPattern } from '../../../domain/catalog/index-number.ts';
import type { Actor } from '../../administration-store.ts';
import { listAgenciesWhere, loadAgencyContext, requireAgencyByCode, type AgencyContext } from '../../agency-context.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import { checkInput, singleLineText } from '../../input-check.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import type { CatalogSettingsDeps, CatalogSettingsStore } from './catalog-settings-store.ts';
import { findPatternProblems, interpretationDueLimits, previewNextIndexNumber, type IndexPreview } from './index-pattern-preview.ts';

export const defaultInterpretationDueWorkingDays = 3;

export interface CatalogSettingsView {
  /** The agencies whose settings the account may change. */
  agencies: { code: string; name: string }[];
  agency: { code: string; name: string; creditCode: string | null } | null;
  saved: { indexPattern: string; interpretationDueWorkingDays: number; updatedAt: Date | null };
  /** What the form shows: the saved values, or the values just sent. */
  form: { indexPattern: string; interpretationDueWorkingDays: string };
  /** The next 索引号 under the form's pattern; null when the pattern has problems. */
  preview: IndexPreview | null;
  /** The number of 索引号 given this year so far. */
  lastSequence: number;
}

const dueMessage = `政策解读时限须为 ${interpretationDueLimits.min} 至 ${interpretationDueLimits.max} 之间的整数（工作日）。`;

export const catalogSettingsInputSchema = z.strictObject({
  agencyCode: z.string().max(40),
  indexPattern: singleLineText('索引号规则', 200),
  interpretationDueWorkingDays: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, dueMessage)
    .transform(Number)
    .refine((n) => n >= interpretationDueLimits.min && n <= interpretationDueLimits.max, dueMessage),
  intent: z.enum(['preview', 'save']),
});

const labels = { agencyCode: '机关', indexPattern: '索引号规则', interpretationDueWorkingDays: '政策解读时限', intent: '操作' };

export async function viewCatalogSettings(deps: CatalogSettingsDeps, request: { principal: Principal; agencyCode: string | null }): Promise<CatalogSettingsView> {
  const now = deps.now();
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const allowed = listAgenciesWhere(request.principal, 'catalog.configure', context);
    const agency = request.agencyCode === null ? (allowed[0] ?? null) : loadAgency(context, request.principal, request.agencyCode);
    return buildView(store, allowed, agency, null, now);
  });
}

export type SettingsSubmission = { kind: 'saved'; agencyCode: string } | { kind: 'shown'; view: CatalogSettingsView; issues: Issue[] };

/** `intent=preview` shows the next number for the pattern typed in; `intent=save` stores the settings. */
export async function submitCatalogSettings(deps: CatalogSettingsDeps, request: { actor: Actor; input: unknown }): Promise<SettingsSubmission> {
  const now = deps.now();
  const fields = (typeof request.input === 'object' && request.input !== null ? request.input : {}) as Record<string, unknown>;
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agency = loadAgency(context, request.actor.principal, typeof fields['agencyCode'] === 'string' ? fields['agencyCode'] : '');
    const allowed = listAgenciesWhere(request.actor.principal, 'catalog.configure', context);
    const sent = { indexPattern: textOf(fields['indexPattern']), interpretationDueWorkingDays: textOf(fields['interpretationDueWorkingDays']) };
    const checked = checkInput(catalogSettingsInputSchema, request.input ?? {}, labels);
    if (!checked.ok) return { kind: 'shown', view: await buildView(store, allowed, agency, sent, now), issues: checked.issues };
    const issues = findPatternProblems(checked.value.indexPattern, agency);
    const view = await buildView(store, allowed, agency, sent, now);
    if (issues.length > 0 || checked.value.intent === 'preview') return { kind: 'shown', view, issues };
    const previous = await store.findCatalogSettings(agency.id);
    const { indexPattern, interpretationDueWorkingDays } = checked.value;
    await store.saveCatalogSettings({ agencyId: agency.id, indexPattern, interpretationDueWorkingDays, updatedAt: now });
    await recordAuditEntry(
      { append: (entry) => store.appendAudit(entry) },
      {
        actor: { accountId: request.actor.principal.accountId, name: request.actor.name },
        action: 'catalog.settingsUpdate',
        target: { type: 'catalogSettings', id: agency.code },
        agencyId: agency.id,
        ip: request.actor.ip,
        details: {
          indexPattern,
          interpretationDueWorkingDays,
          previous: previous === null ? null : { indexPattern: previous.indexPattern, interpretationDueWorkingDays: previous.interpretationDueWorkingDays },
        },
      },
      now,
    );
    return { kind: 'saved', agencyCode: agency.code };
  });
}

function loadAgency(context: AgencyContext, principal: Principal, code: string): Agency {
  const agency = requireAgencyByCode(context, code);
  assertCan(principal, 'catalog.configure', { agencyId: agency.id }, context.ancestry);
  return agency;
}

async function buildView(
  store: CatalogSettingsStore,
  allowed: readonly Agency[],
  agency: Agency | null,
  sent: CatalogSettingsView['form'] | null,
  now: Date,
): Promise<CatalogSettingsView> {
  const agencies = allowed.map(({ code, name }) => ({ code, name }));
  const stored = agency === null ? null : await store.findCatalogSettings(agency.id);
  const saved = {
    indexPattern: stored?.indexPattern ?? defaultIndexPattern,
    interpretationDueWorkingDays: stored?.interpretationDueWorkingDays ?? defaultInterpretationDueWorkingDays,
    updatedAt: stored?.updatedAt ?? null,
  };
  const form = sent ?? { indexPattern: saved.indexPattern, interpretationDueWorkingDays: String(saved.interpretationDueWorkingDays) };
  if (agency === null) return { agencies, agency: null, saved, form, preview: null, lastSequence: 0 };
  const year = Number(chinaDateOf(now).slice(0, 4));
  const lastSequence = await store.findLastIndexSequence(agency.id, year);
  const pattern = form.indexPattern.trim();
  const preview = findPatternProblems(pattern, agency).length > 0 ? null : previewNextIndexNumber(pattern, agency, year, lastSequence);
  return { agencies, agency: { code: agency.code, name: agency.name, creditCode: agency.creditCode }, saved, form, preview, lastSequence };
}

/** A sent value to show again (cut: a 1 MB paste is not echoed). */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 300) : '';
}

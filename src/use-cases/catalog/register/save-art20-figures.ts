/**
 * Entering an agency's Art. 20 figures for a year in the form (`art20Figures.update`): the four
 * figures replace what was entered before, in ONE transaction with the audit entry (before/after).
 */
import { z } from 'zod';
import { assertCan } from '../../../domain/access/policy.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { JsonObject } from '../../../domain/audit/audit-entry.ts';
import { yearOf } from '../../../domain/calendar/iso-date.ts';
import { parseArt20Form, type Art20Figures } from '../../../domain/catalog/art20-figures.ts';
import { fail, succeed, type Actor, type Outcome } from '../../administration-store.ts';
import { RecordNotFoundError } from '../../administration-errors.ts';
import { loadAgencyContext } from '../../agency-context.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import type { RegisterDeps, RegisterStore } from './register-store.ts';
import { firstRegisterYear } from './register-selection.ts';

// Anything not text reads as blank; the figures' own checks say what is wrong with the text.
const text = z.string().catch('').default('');
export const art20FormSchema = z.object({
  agency: text,
  year: text,
  licensingDecisions: text,
  penaltyDecisions: text,
  enforcementDecisions: text,
  feesWanYuan: text,
});

export interface SavedArt20Figures {
  agency: Agency;
  year: number;
  figures: Art20Figures;
}

export async function saveArt20Figures(deps: RegisterDeps, request: { actor: Actor; input: unknown }): Promise<Outcome<SavedArt20Figures>> {
  const now = deps.now();
  const thisYear = yearOf(chinaDateOf(now));
  const input = art20FormSchema.parse(typeof request.input === 'object' && request.input !== null ? request.input : {});
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agency = context.byCode.get(input.agency.trim());
    if (agency === undefined) throw new RecordNotFoundError('该机关不存在。');
    assertCan(request.actor.principal, 'art20Figures.update', { agencyId: agency.id }, context.ancestry);
    const year = Number(input.year);
    if (!Number.isInteger(year) || year < firstRegisterYear || year > thisYear) {
      return fail([{ code: 'art20.invalidYear', path: 'year', message: `年度应在${firstRegisterYear}至${thisYear}年之间。` }]);
    }
    const figures = parseArt20Form(input);
    if (!figures.ok) return figures;
    await writeFigures(store, request.actor, { agency, year, figures: figures.value }, now, 'articleTwenty.save');
    return succeed({ agency, year, figures: figures.value });
  });
}

/** Saves one agency's figures and audits the change with what was there before. */
export async function writeFigures(store: RegisterStore, actor: Actor, entry: SavedArt20Figures, now: Date, action: string, extra: JsonObject = {}): Promise<void> {
  const [before] = await store.listArt20Figures({ agencyIds: [entry.agency.id], year: entry.year });
  await store.saveArt20Figures({ agencyId: entry.agency.id, year: entry.year, figures: entry.figures, accountId: actor.principal.accountId, now });
  const shape = (f: Art20Figures): JsonObject => ({ licensingDecisions: f.licensingDecisions, penaltyDecisions: f.penaltyDecisions, enforcementDecisions: f.enforcementDecisions, feesWanYuan: f.feesWanYuan });
  await recordAuditEntry(
    { append: (e) => store.appendAudit(e) },
    {
      actor: { accountId: actor.principal.accountId, name: actor.name },
      action,
      target: { type: 'agency', id: entry.agency.id },
      agencyId: entry.agency.id,
      ip: actor.ip,
      details: { year: entry.year, before: before === undefined ? null : shape(before), after: shape(entry.figures), ...extra },
    },
    now,
  );
}

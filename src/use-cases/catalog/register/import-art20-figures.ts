/**
 * Importing Art. 20 figures from a CSV file (`art20Figures.update`) for an agency and those below
 * it: one row per agency and year. All or nothing: any bad cell, unknown agency or agency outside
 * the actor's reach is reported as { row, field, message } and nothing is written; otherwise every
 * row replaces that agency's figures for its year, in ONE transaction, each audited.
 */
import { assertCan, can } from '../../../domain/access/policy.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { yearOf } from '../../../domain/calendar/iso-date.ts';
import { readArt20Csv, type Art20ImportProblem, type Art20ImportRow } from '../../../domain/catalog/art20-figures.ts';
import type { Actor } from '../../administration-store.ts';
import { RecordNotFoundError } from '../../administration-errors.ts';
import { loadAgencyContext } from '../../agency-context.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import type { RegisterDeps } from './register-store.ts';
import { firstRegisterYear, subtreeOf } from './register-selection.ts';
import { writeFigures } from './save-art20-figures.ts';

export type Art20ImportOutcome =
  | { ok: true; agency: Agency; imported: (Art20ImportRow & { agencyName: string })[] }
  | { ok: false; agency: Agency; problems: Art20ImportProblem[] };

export async function importArt20Figures(deps: RegisterDeps, request: { actor: Actor; agencyCode: string; fileName: string; bytes: Uint8Array }): Promise<Art20ImportOutcome> {
  const now = deps.now();
  const thisYear = yearOf(chinaDateOf(now));
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agency = context.byCode.get(request.agencyCode.trim());
    if (agency === undefined) throw new RecordNotFoundError('该机关不存在。');
    const { principal } = request.actor;
    assertCan(principal, 'art20Figures.update', { agencyId: agency.id }, context.ancestry);
    const read = readArt20Csv(request.bytes, { firstYear: firstRegisterYear, lastYear: thisYear });
    const reach = new Set(subtreeOf(context, agency).map((a) => a.id));
    const problems = [...read.problems];
    for (const row of read.rows) {
      const target = context.byCode.get(row.agencyCode);
      const field = '机关代码';
      if (target === undefined) problems.push({ row: row.row, field, message: `没有代码为“${row.agencyCode}”的机关。` });
      else if (!reach.has(target.id)) problems.push({ row: row.row, field, message: `${target.name}不是${agency.name}或其下级机关，请在该机关下导入。` });
      else if (!can(principal, 'art20Figures.update', { agencyId: target.id }, context.ancestry)) problems.push({ row: row.row, field, message: `您无权录入${target.name}的数据。` });
    }
    if (problems.length > 0) return { ok: false, agency, problems: problems.sort((a, b) => a.row - b.row) };
    const imported: (Art20ImportRow & { agencyName: string })[] = [];
    for (const row of read.rows) {
      const target = context.byCode.get(row.agencyCode)!;
      await writeFigures(store, request.actor, { agency: target, year: row.year, figures: row.figures }, now, 'articleTwenty.import', { fileName: request.fileName, row: row.row });
      imported.push({ ...row, agencyName: target.name });
    }
    return { ok: true, agency, imported };
  });
}

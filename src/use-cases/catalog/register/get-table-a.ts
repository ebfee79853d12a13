/**
 * Table A (表二) for an agency — or an agency and everything below it — and a year: the register's
 * rows counted in SQL, the Art. 20 rows from the figures entered. The register page, the Art. 20
 * page and the API for report compilation all show this one table.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { Proactive } from '../../../domain/annual-report/model.ts';
import { blankArt20Figures, type Art20Figures } from '../../../domain/catalog/art20-figures.ts';
import { addArt20Figures, buildTableA } from '../../../domain/catalog/table-a.ts';
import type { RegisterScope, RegisterStore } from './register-store.ts';
import { selectRegisterScope, type RegisterSelection, type SelectionRequest } from './register-selection.ts';

export interface TableA {
  proactive: Proactive;
  /** The counted agencies that have not entered their Art. 20 figures for the year. */
  missingArt20: Agency[];
  /** The agency's own Art. 20 entry (blank when none), for the form. */
  ownArt20: Art20Figures;
  ownArt20UpdatedAt: Date | null;
}

export async function computeTableA(store: RegisterStore, selection: Pick<RegisterSelection, 'agency' | 'agencies' | 'year'>): Promise<TableA> {
  const scope: RegisterScope = { agencyIds: selection.agencies.map((a) => a.id), year: selection.year };
  // One after the other: on PGlite a transaction runs one query at a time anyway.
  const counts = await store.countRegisterFigures(scope);
  const entries = await store.listArt20Figures(scope);
  const hasFigures = (e: Art20Figures) => e.licensingDecisions !== null || e.penaltyDecisions !== null || e.enforcementDecisions !== null || e.feesWanYuan !== null;
  const entered = new Set(entries.filter(hasFigures).map((e) => e.agencyId));
  const own = entries.find((e) => e.agencyId === selection.agency.id);
  return {
    proactive: buildTableA(counts, entries.length === 0 ? null : addArt20Figures(entries)),
    missingArt20: selection.agencies.filter((a) => !entered.has(a.id)),
    ownArt20: own === undefined ? { ...blankArt20Figures } : { licensingDecisions: own.licensingDecisions, penaltyDecisions: own.penaltyDecisions, enforcementDecisions: own.enforcementDecisions, feesWanYuan: own.feesWanYuan },
    ownArt20UpdatedAt: own?.updatedAt ?? null,
  };
}

/** Table A as the API gives it: the selection read from the query, authorized for `info.read`. */
export async function getTableA(deps: { transaction<T>(work: (store: RegisterStore) => Promise<T>): Promise<T> }, request: SelectionRequest): Promise<RegisterSelection & TableA> {
  return deps.transaction(async (store) => {
    const selection = await selectRegisterScope(store, request);
    return { ...selection, ...(await computeTableA(store, selection)) };
  });
}

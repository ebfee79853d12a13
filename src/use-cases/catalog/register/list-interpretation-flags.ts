/**
 * The documents flagged for a missing interpretation in every agency the principal may read
 * (`info.read`), oldest due date first: what the console's start page can show as a to-do list.
 */
import type { Principal } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { listAgenciesWhere, loadAgencyContext } from '../../agency-context.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import { loadRegisterRows, type RegisterRow } from './list-register.ts';
import type { RegisterStore } from './register-store.ts';

export interface InterpretationFlag extends RegisterRow {
  agency: Agency;
}

export async function listInterpretationFlags(
  deps: { transaction<T>(work: (store: RegisterStore) => Promise<T>): Promise<T> },
  request: { principal: Principal; now: Date },
): Promise<InterpretationFlag[]> {
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agencies = listAgenciesWhere(request.principal, 'info.read', context);
    if (agencies.length === 0) return [];
    const rows = await loadRegisterRows(store, agencies.map((a) => a.id), chinaDateOf(request.now));
    const dueOf = (row: RegisterRow) => (row.interpretation?.kind === 'overdue' ? row.interpretation.dueOn : '');
    return rows
      .filter((row) => row.isFlagged)
      .sort((a, b) => dueOf(a).localeCompare(dueOf(b)))
      .map(({ events: _events, ...row }) => ({ ...row, agency: context.byId.get(row.item.agencyId)! }));
  });
}

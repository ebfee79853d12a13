/**
 * The Art. 20 page (`info.read`): the agency's figures for the year in a form (editable with
 * `art20Figures.update`), table A as it stands (optionally with the agencies below), and the
 * agencies the principal may import figures for.
 */
import { can } from '../../../domain/access/policy.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { listAgenciesWhere } from '../../agency-context.ts';
import { computeTableA, type TableA } from './get-table-a.ts';
import type { RegisterStore } from './register-store.ts';
import { selectRegisterScope, type RegisterSelection, type SelectionRequest } from './register-selection.ts';

export interface Art20View extends RegisterSelection, TableA {
  canEdit: boolean;
  /** Where the principal may enter or import figures. */
  editable: Agency[];
}

export async function viewArt20Figures(deps: { transaction<T>(work: (store: RegisterStore) => Promise<T>): Promise<T> }, request: SelectionRequest): Promise<Art20View> {
  return deps.transaction(async (store) => {
    const selection = await selectRegisterScope(store, request);
    const tableA = await computeTableA(store, selection);
    const canEdit = can(request.principal, 'art20Figures.update', { agencyId: selection.agency.id }, selection.context.ancestry);
    return { ...selection, ...tableA, canEdit, editable: listAgenciesWhere(request.principal, 'art20Figures.update', selection.context) };
  });
}

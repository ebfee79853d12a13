/** Table A as the API answers it: the selection by agency codes, and the `proactive` table itself. */
import type { RegisterSelection } from '../../../use-cases/catalog/register/register-selection.ts';
import type { TableA } from '../../../use-cases/catalog/register/get-table-a.ts';

export function presentTableA(table: RegisterSelection & TableA) {
  return {
    agency: table.agency.code,
    year: table.year,
    includeSubtree: table.includeSubtree,
    agencies: table.agencies.map((a) => a.code),
    missingArt20: table.missingArt20.map((a) => a.code),
    proactive: table.proactive,
  };
}

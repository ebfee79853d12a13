import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { tableBOf } from '../../../domain/applications/table-b.ts';
import { getTableBStatistics, listTableBCell, selectTableB, type StatisticsStore, type TableBScope } from './table-b-statistics.ts';

const agency = (id: string, code: string, parentId: string | null) => ({ id, code, name: `${code}机关`, parentId, kind: 'department' }) as unknown as Agency;
const county = agency('c', 'lcx', null);
const department = agency('d', 'lcx-czj', 'c');
const township = agency('t', 'lcx-lhz', 'c');
const now = new Date('2026-03-02T02:00:00Z');

function storeRecording(scopes: TableBScope[]): StatisticsStore {
  return {
    listAgencies: async () => [county, department, township],
    countTableB: async (scope) => {
      scopes.push(scope);
      return tableBOf([], scope.year);
    },
    listTableBCases: async () => ({ cases: [], total: 0 }),
  };
}

const reviewer = (agencyId: string, includeSubtree: boolean): Principal => ({ accountId: 'a', grants: [{ agencyId, role: 'reviewer', includeSubtree }] });

describe('table B statistics', () => {
  it('counts the agency and, when asked, everything below it, for this year by default', async () => {
    const scopes: TableBScope[] = [];
    const statistics = await getTableBStatistics(storeRecording(scopes), { principal: reviewer('c', true), query: { subtree: '1' }, now });
    expect(statistics.agency.code).toBe('lcx');
    expect(statistics.report).toMatchObject({ agency: 'lcx机关（含下级机关）', year: 2026, period: { from: '2026年1月1日', to: '2026年12月31日' } });
    expect(scopes).toEqual([{ agencyIds: ['c', 'd', 't'], year: 2026 }]);
    await getTableBStatistics(storeRecording(scopes), { principal: reviewer('c', true), query: { agency: 'lcx-czj', year: '2025' }, now });
    expect(scopes.at(-1)).toEqual({ agencyIds: ['d'], year: 2025 });
  });

  it('refuses the subtree to a grant on the agency alone, and another agency', async () => {
    const store = storeRecording([]);
    await expect(selectTableB(store, { principal: reviewer('c', false), query: { subtree: '1' }, now })).rejects.toMatchObject({ code: 'access_denied' });
    await expect(selectTableB(store, { principal: reviewer('d', false), query: { agency: 'lcx-lhz' }, now })).rejects.toMatchObject({ code: 'access_denied' });
    await expect(selectTableB(store, { principal: reviewer('d', false), query: { agency: 'nope' }, now })).rejects.toMatchObject({ code: 'not_found' });
    expect((await selectTableB(store, { principal: reviewer('d', false), query: {}, now })).choices.map((a) => a.code)).toEqual(['lcx-czj']);
  });

  it('pages the cases behind a cell and refuses a cell the table has not got', async () => {
    const store = storeRecording([]);
    const found = await listTableBCell(store, { principal: reviewer('d', false), query: { row: 'outcomes.denied.stateSecret', column: 'research', page: '2' }, now });
    expect(found).toMatchObject({ row: 'outcomes.denied.stateSecret', column: 'research', page: 2, pageCount: 1, total: 0 });
    await expect(listTableBCell(store, { principal: reviewer('d', false), query: { row: 'outcomes.denied', column: 'total' }, now })).rejects.toMatchObject({ code: 'not_found' });
  });
});

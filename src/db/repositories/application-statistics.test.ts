import fc from 'fast-check';
import { expect, it } from 'vitest';
import { buildApplicationRow } from '../../../test/application-factories.ts';
import { createTestAgency } from '../../../test/factories.ts';
import { describeEachDatabase } from '../../../test/test-db.ts';
import { checkAnnualReport } from '../../domain/annual-report/check.ts';
import { createBlankReport } from '../../domain/annual-report/figures.ts';
import { applicantParts, type Applications } from '../../domain/annual-report/model.ts';
import { outcomeKeys } from '../../domain/applications/outcome.ts';
import { tableBOf, type CaseSummary } from '../../domain/applications/table-b.ts';
import { addDays } from '../../domain/calendar/iso-date.ts';
import type { Database } from '../database.ts';
import { applications } from '../schema/applications.ts';
import { countTableB, listCaseSummaries, listTableBCases } from './application-statistics.ts';

// Dates crowd around the year boundaries, where carried-over and carried-forward cases are decided.
const boundaryDate = fc.tuple(fc.integer({ min: 2023, max: 2026 }), fc.integer({ min: -2, max: 1 })).map(([year, offset]) => addDays(`${year}-01-01`, offset));
const anyDate = fc.integer({ min: 0, max: 4 * 365 }).map((day) => addDays('2023-01-01', day));

const summaryArbitrary: fc.Arbitrary<CaseSummary> = fc
  .record({
    applicantColumn: fc.constantFrom(...applicantParts),
    receivedOn: fc.oneof(anyDate, boundaryDate),
    duration: fc.option(fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 400 })), { nil: null }),
    outcome: fc.constantFrom(...outcomeKeys),
  })
  .map(({ applicantColumn, receivedOn, duration, outcome }) => {
    return { applicantColumn, receivedOn, endedOn: duration === null ? null : addDays(receivedOn, duration), outcome: duration === null ? null : outcome };
  });

/** The summaries as stored applications of the agency (derived columns only matter here). */
async function insertSummaries(db: Database, agencyId: string, summaries: readonly CaseSummary[]): Promise<void> {
  if (summaries.length === 0) return;
  await db.insert(applications).values(
    summaries.map((s) =>
      buildApplicationRow({
        agencyId,
        applicantType: s.applicantColumn,
        receivedOn: s.receivedOn,
        endedOn: s.endedOn,
        outcome: s.outcome,
        status: s.outcome === null ? 'inProgress' : s.outcome.startsWith('other.') ? 'closed' : 'replied',
      }),
    ),
  );
}

function reportOf(table: Applications, year: number) {
  return { ...createBlankReport(), agency: '测试局', year, period: { from: `${year}年1月1日`, to: `${year}年12月31日` }, applications: table };
}

describeEachDatabase('countTableB', ({ db }) => {
  it('equals tableBOf on the same cases, for random cases, agencies and years, and passes the table B rules', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(summaryArbitrary, { maxLength: 60 }), fc.array(summaryArbitrary, { maxLength: 20 }), fc.integer({ min: 2023, max: 2026 }), async (own, other, year) => {
        const agency = await createTestAgency(db());
        const elsewhere = await createTestAgency(db());
        await insertSummaries(db(), agency.id, own);
        await insertSummaries(db(), elsewhere.id, other);
        const table = await countTableB(db(), { agencyIds: [agency.id], year });
        expect(table).toEqual(tableBOf(own, year));
        expect(await countTableB(db(), { agencyIds: [agency.id, elsewhere.id], year })).toEqual(tableBOf([...own, ...other], year));
        const findings = checkAnnualReport(reportOf(table, year)).filter((f) => f.locations.some((l) => l.path?.startsWith('applications.') === true));
        expect(findings).toEqual([]);
        const next = await countTableB(db(), { agencyIds: [agency.id], year: year + 1 });
        expect(next.carriedOver).toEqual(table.carriedForward);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('lists the cases behind a cell, and reads the summaries back', async () => {
    const agency = await createTestAgency(db());
    const cases: CaseSummary[] = [
      { applicantColumn: 'naturalPerson', receivedOn: '2025-12-20', endedOn: '2026-01-05', outcome: 'partial' },
      { applicantColumn: 'commercial', receivedOn: '2026-02-01', endedOn: '2026-02-20', outcome: 'partial' },
      { applicantColumn: 'commercial', receivedOn: '2026-03-01', endedOn: null, outcome: null },
    ];
    await insertSummaries(db(), agency.id, cases);
    const scope = { agencyIds: [agency.id], year: 2026 };
    const page = { offset: 0, limit: 10 };
    const partial = await listTableBCases(db(), scope, { rowKey: 'outcomes.partial', column: 'total' }, page);
    expect(partial.total).toBe(2);
    expect(partial.cases.map((c) => c.receivedOn)).toEqual(['2025-12-20', '2026-02-01']);
    const commercialCarried = await listTableBCases(db(), scope, { rowKey: 'carriedForward', column: 'commercial' }, page);
    expect(commercialCarried.cases).toEqual([expect.objectContaining({ agencyId: agency.id, receivedOn: '2026-03-01', endedOn: null, outcome: null, applicantType: 'commercial' })]);
    expect((await listTableBCases(db(), scope, { rowKey: 'carriedOver', column: 'naturalPerson' }, page)).total).toBe(1);
    expect(await listCaseSummaries(db(), [agency.id])).toEqual(expect.arrayContaining(cases));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnnualReport } from '../annual-report/check.ts';
import { createBlankReport, getFigure } from '../annual-report/figures.ts';
import { figurePaths } from '../annual-report/layout.ts';
import { applicantParts, type Applications } from '../annual-report/model.ts';
import { DomainError } from '../errors.ts';
import { outcomeKeys } from './outcome.ts';
import { tableBOf, type CaseSummary } from './table-b.ts';

const person = (receivedOn: string, endedOn: string | null, outcome: CaseSummary['outcome'] = null): CaseSummary => ({
  applicantColumn: 'naturalPerson',
  receivedOn,
  endedOn,
  outcome: endedOn === null ? null : (outcome ?? 'granted'),
});

const applicationPaths = figurePaths.filter((p) => p.startsWith('applications.'));

describe('tableBOf', () => {
  const answered = { 'outcomes.granted': 1, 'outcomes.total': 1 };
  it.each<[string, CaseSummary, Record<string, number>]>([
    ['received and answered in the year', person('2025-03-01', '2025-03-20'), { newReceived: 1, ...answered }],
    ['received in the year and still open', person('2025-12-20', null), { newReceived: 1, carriedForward: 1 }],
    ['received in the year and answered next year', person('2025-12-20', '2026-01-10'), { newReceived: 1, carriedForward: 1 }],
    ['received last year and answered in the year', person('2024-12-20', '2025-01-10'), { carriedOver: 1, ...answered }],
    ['received last year and answered on 1 January', person('2024-12-20', '2025-01-01'), { carriedOver: 1, ...answered }],
    ['received last year and answered on 31 December of last year', person('2024-12-20', '2024-12-31'), {}],
    ['received last year and still open', person('2024-12-20', null), { carriedOver: 1, carriedForward: 1 }],
    ['received on 1 January and still open', person('2025-01-01', null), { newReceived: 1, carriedForward: 1 }],
    ['received next year', person('2026-01-01', null), {}],
    ['received on 31 December and answered that day', person('2025-12-31', '2025-12-31'), { newReceived: 1, ...answered }],
  ])('counts a case %s', (_, summary, expected) => {
    const table = tableBOf([summary], 2025);
    for (const path of applicationPaths) {
      const [, row, column] = /^applications\.(.+)\.(\w+)$/.exec(path)!;
      const want = column === 'naturalPerson' || column === 'total' ? (expected[row!] ?? 0) : 0;
      expect(figureOf(table, path), path).toBe(want);
    }
  });

  it('counts each outcome in its own row and the applicant in its own column', () => {
    const table = tableBOf(
      [
        { applicantColumn: 'legalService', receivedOn: '2025-02-01', endedOn: '2025-02-20', outcome: 'denied.thirdPartyRights' },
        { applicantColumn: 'legalService', receivedOn: '2025-02-01', endedOn: '2025-02-25', outcome: 'denied.thirdPartyRights' },
        { applicantColumn: 'commercial', receivedOn: '2025-02-01', endedOn: '2025-03-01', outcome: 'other.unpaidFee' },
      ],
      2025,
    );
    expect(table.outcomes.denied.thirdPartyRights).toMatchObject({ legalService: 2, commercial: 0, total: 2 });
    expect(table.outcomes.other.unpaidFee).toMatchObject({ legalService: 0, commercial: 1, total: 1 });
    expect(table.outcomes.total).toMatchObject({ legalService: 2, commercial: 1, total: 3 });
    expect(table.newReceived.total).toBe(3);
  });

  it('gives zeros, never blanks, for no cases', () => {
    const table = tableBOf([], 2025);
    expect(applicationPaths).toHaveLength(25 * 7);
    expect(applicationPaths.filter((p) => figureOf(table, p) !== 0)).toEqual([]);
  });

  it.each<[string, Partial<CaseSummary>]>([
    ['ends before it is received', { receivedOn: '2025-03-01', endedOn: '2025-02-01', outcome: 'granted' }],
    ['ends without an outcome', { endedOn: '2025-03-01', outcome: null }],
    ['has an outcome while open', { endedOn: null, outcome: 'granted' }],
    ['has an impossible date', { receivedOn: '2025-02-30' }],
    ['has the total column', { applicantColumn: 'total' as CaseSummary['applicantColumn'] }],
  ])('throws when a case %s', (_, change) => {
    const summary = { ...person('2025-01-05', null), ...change };
    expect(() => tableBOf([summary], 2025)).toThrow(DomainError);
  });
});

function figureOf(applications: Applications, path: string): unknown {
  const report = createBlankReport();
  report.applications = applications;
  return getFigure(report, path);
}

const day = fc.integer({ min: 0, max: 4 * 365 }).map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10));
const summaryArbitrary: fc.Arbitrary<CaseSummary> = fc
  .record({
    applicantColumn: fc.constantFrom(...applicantParts),
    receivedOn: day,
    duration: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    outcome: fc.constantFrom(...outcomeKeys),
  })
  .map(({ applicantColumn, receivedOn, duration, outcome }) => {
    if (duration === null) return { applicantColumn, receivedOn, endedOn: null, outcome: null };
    const ended = new Date(Date.parse(`${receivedOn}T00:00:00Z`) + duration * 86_400_000).toISOString().slice(0, 10);
    return { applicantColumn, receivedOn, endedOn: ended, outcome };
  });

describe('tableBOf on random cases', () => {
  it('gives a table that passes the checker (R1–R3, R5)', () => {
    fc.assert(
      fc.property(fc.array(summaryArbitrary, { maxLength: 60 }), fc.integer({ min: 2023, max: 2026 }), (cases, year) => {
        const report = createBlankReport();
        report.year = year;
        report.applications = tableBOf(cases, year);
        const findings = checkAnnualReport(report).filter(
          (f) => /^R[123]$/.test(f.rule) || (f.rule === 'R5' && f.message.startsWith('表三')),
        );
        expect(findings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('carries forward into next year exactly what it carries over', () => {
    fc.assert(
      fc.property(fc.array(summaryArbitrary, { maxLength: 60 }), fc.integer({ min: 2023, max: 2026 }), (cases, year) => {
        expect(tableBOf(cases, year + 1).carriedOver).toEqual(tableBOf(cases, year).carriedForward);
      }),
      { numRuns: 200 },
    );
  });

  it('counts every case as new exactly once over the years', () => {
    fc.assert(
      fc.property(fc.array(summaryArbitrary, { maxLength: 60 }), (cases) => {
        const years = [2023, 2024, 2025, 2026];
        const newTotal = years.reduce((sum, y) => sum + tableBOf(cases, y).newReceived.total!, 0);
        expect(newTotal).toBe(cases.length);
      }),
    );
  });
});

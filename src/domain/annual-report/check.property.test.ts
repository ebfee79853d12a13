import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consistentReportArbitrary, consistentReportPairArbitrary } from '../../../test/arbitraries.ts';
import { checkAnnualReport } from './check.ts';
import { getFigure, setFigure } from './figures.ts';
import { figurePaths } from './layout.ts';
import type { AnnualReport, Count } from './model.ts';
import { amountPath } from './rules/rule-context.ts';

/**
 * A single changed cell: any figure path, to any other value — another count, a negative, a
 * fraction or blank. The fee amount (万元) becomes another decimal with at most two decimals (the
 * narrative states it with two, so a smaller change would be a rounding the text cannot reveal),
 * a negative, text, or blank.
 */
const countChange: fc.Arbitrary<Count> = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.integer({ min: 0, max: 1000 }).map((n) => n + 0.5),
  fc.constant(null),
);
const amountChange: fc.Arbitrary<string | null> = fc.oneof(
  fc.nat(100_000_000).map((cents) => (cents % 3 === 0 ? String(cents / 100) : (cents / 100).toFixed(2))),
  fc.nat(10_000).map((n) => `-${n}`),
  fc.constantFrom('无', '12,3', ''),
  fc.constant(null),
);
const cellChange = fc.constantFrom(...figurePaths).chain((path) =>
  (path === amountPath ? amountChange : countChange).map((value) => ({ path, value })),
);

function isSameValue(before: unknown, after: Count | string): boolean {
  if (typeof before === 'string' && typeof after === 'string' && after.trim() !== '') {
    return Number(before) === Number(after);
  }
  return before === after;
}

function changeCell(report: AnnualReport, change: { path: string; value: Count | string }): AnnualReport | undefined {
  if (isSameValue(getFigure(report, change.path), change.value)) return undefined;
  const copy = structuredClone(report);
  setFigure(copy, change.path, change.value);
  return copy;
}

describe('checkAnnualReport on random reports', () => {
  it('finds nothing in a consistent report', () => {
    fc.assert(
      fc.property(consistentReportArbitrary(), (report) => {
        expect(checkAnnualReport(report)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in a consistent report checked against a consistent previous year', () => {
    fc.assert(
      fc.property(consistentReportPairArbitrary(), ({ report, previous }) => {
        expect(checkAnnualReport(report, { previous })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('catches any single changed cell of a consistent report whose narrative states table A', () => {
    fc.assert(
      fc.property(consistentReportArbitrary(), cellChange, (report, change) => {
        const changed = changeCell(report, change);
        fc.pre(changed !== undefined);
        expect(checkAnnualReport(changed!).length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('catches any single changed cell when last year’s report is given', () => {
    fc.assert(
      fc.property(consistentReportPairArbitrary(), cellChange, ({ report, previous }, change) => {
        const changed = changeCell(report, change);
        fc.pre(changed !== undefined);
        expect(checkAnnualReport(changed!, { previous }).length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('catches a change of every cell of a sample report, one at a time', () => {
    const [report] = fc.sample(consistentReportArbitrary(), { numRuns: 1, seed: 2024 });
    const missed = figurePaths.filter((path) => {
      const before = getFigure(report!, path);
      const value = path === amountPath ? `${Number(before) + 1}` : typeof before === 'number' ? before + 1 : 0;
      return checkAnnualReport(changeCell(report!, { path, value })!).length === 0;
    });
    expect(missed).toEqual([]);
  });
});

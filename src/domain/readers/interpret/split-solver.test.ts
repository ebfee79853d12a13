import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReviewGroups, checkRowTotal, solveSplit, type SplitCell } from './split-solver.ts';

describe('solveSplit', () => {
  it('splits "640020470" into 64·0·0·2·0·4·70, the only split that keeps the row total', () => {
    const outcome = solveSplit({ runs: ['640020470'], width: 7, sumGroupSize: 7 });
    expect(outcome).toEqual({ solutions: [[64, 0, 0, 2, 0, 4, 70]], exhausted: false });
  });

  it('splits a partly merged row "64 0 0 2 0470" the same way', () => {
    const outcome = solveSplit({ runs: ['64', '0', '0', '2', '0470'], width: 7, sumGroupSize: 7 });
    expect(outcome.solutions).toEqual([[64, 0, 0, 2, 0, 4, 70]]);
  });

  it('lists every split when the row total allows several', () => {
    const outcome = solveSplit({ runs: ['110001012'], width: 7, sumGroupSize: 7 });
    expect(outcome.solutions).toEqual(
      expect.arrayContaining([
        [1, 1, 0, 0, 0, 10, 12],
        [1, 10, 0, 0, 1, 0, 12],
        [11, 0, 0, 0, 1, 0, 12],
      ]),
    );
    expect(outcome.solutions).toHaveLength(3);
  });

  it('never makes a part with a leading zero', () => {
    const outcome = solveSplit({ runs: ['0470'], width: 2 });
    expect(outcome.solutions).toEqual([[0, 470]]);
  });

  it('cuts "000" into three zeros when three cells are expected, with no rule needed', () => {
    expect(solveSplit({ runs: ['000'], width: 3 }).solutions).toEqual([[0, 0, 0]]);
  });

  it('lists all seven splits of "735102" into three cells', () => {
    const solutions = solveSplit({ runs: ['735102'], width: 3 }).solutions;
    expect(solutions).toHaveLength(7);
    expect(solutions).toContainEqual([7, 35, 102]);
  });

  it('keeps a blank cell as one null cell', () => {
    const outcome = solveSplit({ runs: ['12', null, '0', '3'], width: 5, sumGroupSize: 5 });
    expect(outcome.solutions).toEqual([[1, 2, null, 0, 3]]);
  });

  it('finds nothing when no split keeps the total', () => {
    expect(solveSplit({ runs: ['9999999'], width: 7, sumGroupSize: 7 }).solutions).toEqual([]);
  });

  it('gives the same splits with a plain check as with the computed totals', () => {
    const runs = ['110001012'];
    const computed = solveSplit({ runs, width: 7, sumGroupSize: 7 }).solutions;
    expect(solveSplit({ runs, width: 7, check: checkRowTotal }).solutions).toEqual(computed);
  });

  it('finds nothing when there are fewer digits than cells', () => {
    expect(solveSplit({ runs: ['12'], width: 7 }).solutions).toEqual([]);
  });

  it('splits a table C row by its three group totals', () => {
    const runs = ['8', '10', '7', '0', '25', '10203', '1', '0', '0', '1', '2'];
    const outcome = solveSplit({ runs, width: 15, sumGroupSize: 5 });
    expect(outcome.solutions).toEqual([[8, 10, 7, 0, 25, 1, 0, 2, 0, 3, 1, 0, 0, 1, 2]]);
  });

  it('gives up, and says so, when the search budget runs out', () => {
    const outcome = solveSplit({ runs: ['1'.repeat(30)], width: 15, budget: 100 });
    expect(outcome.exhausted).toBe(true);
  });

  it('contains the original row when a consistent row is joined without separators', () => {
    const applicantCount = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 5000 }));
    fc.assert(
      fc.property(fc.array(applicantCount, { minLength: 6, maxLength: 6 }), (six) => {
        const row: SplitCell[] = [...six, six.reduce((a, b) => a + b, 0)];
        const outcome = solveSplit({ runs: [row.join('')], width: 7, sumGroupSize: 7 });
        expect(outcome.exhausted).toBe(false);
        expect(outcome.solutions).toContainEqual(row);
        for (const solution of outcome.solutions) expect(checkRowTotal(solution)).toBe(true);
      }),
      { numRuns: 300, examples: [[[2111, 1221, 2611, 4411, 726, 11]]] },
    );
  });

  it('contains the original table C row when some of its separators are lost', () => {
    const group = fc
      .array(fc.integer({ min: 0, max: 120 }), { minLength: 4, maxLength: 4 })
      .map((four) => [...four, four.reduce((a, b) => a + b, 0)]);
    const merges = fc.array(fc.boolean(), { minLength: 14, maxLength: 14 });
    fc.assert(
      fc.property(fc.tuple(group, group, group), merges, (groups, merge) => {
        const row = groups.flat();
        const runs = [String(row[0])];
        row.slice(1).forEach((value, i) => {
          if (merge[i] === true) runs[runs.length - 1] += String(value);
          else runs.push(String(value));
        });
        const outcome = solveSplit({ runs, width: 15, sumGroupSize: 5 });
        expect(outcome.exhausted).toBe(false);
        expect(outcome.solutions).toContainEqual(row);
      }),
      { numRuns: 200 },
    );
  });
});

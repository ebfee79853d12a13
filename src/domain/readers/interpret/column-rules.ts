/**
 * Narrowing the candidate splits of table B rows with the column rules, the other rows being
 * known: R1 (newReceived + carriedOver = outcomes.total + carriedForward) and R2 (outcomes.total =
 * the sum of the 21 outcome rows), per column. Blank cells count as 0, as the checker counts them.
 */
import { outcomeRowKeys } from '../../annual-report/layout.ts';
import type { SplitCell } from './split-solver.ts';

/** A table B row: its known cells, or its candidate rows when the split is open. */
export type RowState =
  | { cells: readonly SplitCell[] }
  | { solutions: readonly (readonly SplitCell[])[] };

interface ColumnRule {
  plus: readonly string[];
  minus: readonly string[];
}

const columnRules: readonly ColumnRule[] = [
  { plus: ['newReceived', 'carriedOver'], minus: ['outcomes.total', 'carriedForward'] },
  { plus: ['outcomes.total'], minus: outcomeRowKeys },
];
const maxCombinations = 50_000;

/**
 * The candidate rows that remain possible for each open row. A row is left as it was when no
 * rule applies to it, or when no combination satisfies the rules (then the report breaks them anyway).
 */
export function narrowByColumnRules(rows: ReadonlyMap<string, RowState>): Map<string, SplitCell[][]> {
  const open = [...rows].filter(
    (entry): entry is [string, { solutions: SplitCell[][] }] => 'solutions' in entry[1],
  );
  const result = new Map(open.map(([key, state]) => [key, state.solutions]));
  const openKeys = new Set(open.map(([key]) => key));
  const rules = columnRules.filter((rule) => {
    const keys = [...rule.plus, ...rule.minus];
    return keys.every((key) => rows.has(key)) && keys.some((key) => openKeys.has(key));
  });
  const combinations = open.reduce((product, [, state]) => product * state.solutions.length, 1);
  if (rules.length === 0 || combinations > maxCombinations) return result;
  const kept = open.map(() => new Set<number>());
  // Created once, not per combination (there may be tens of thousands): the choice is an argument.
  const cellsOf = (key: string, choice: readonly number[]): readonly SplitCell[] => {
    const at = open.findIndex(([openKey]) => openKey === key);
    if (at >= 0) return open[at]![1].solutions[choice[at]!]!;
    const state = rows.get(key)!;
    return 'cells' in state ? state.cells : [];
  };
  forEachCombination(open.map(([, state]) => state.solutions.length), (choice) => {
    const isPossible = rules.every((rule) => holds(rule, (key) => cellsOf(key, choice)));
    if (isPossible) choice.forEach((c, i) => kept[i]!.add(c));
  });
  if (kept.every((set) => set.size === 0)) return result;
  open.forEach(([key, state], i) => result.set(key, state.solutions.filter((_, s) => kept[i]!.has(s))));
  return result;
}

function holds(rule: ColumnRule, cellsOf: (key: string) => readonly SplitCell[]): boolean {
  const width = cellsOf(rule.plus[0]!).length;
  for (let column = 0; column < width; column++) {
    if (sumColumn(rule.plus, column, cellsOf) !== sumColumn(rule.minus, column, cellsOf)) return false;
  }
  return true;
}

function sumColumn(keys: readonly string[], column: number, cellsOf: (key: string) => readonly SplitCell[]): number {
  let sum = 0;
  for (const key of keys) sum += cellsOf(key)[column] ?? 0;
  return sum;
}

function forEachCombination(sizes: readonly number[], visit: (choice: readonly number[]) => void): void {
  const choice = sizes.map(() => 0);
  if (sizes.some((size) => size === 0)) return;
  for (;;) {
    visit(choice);
    let i = 0;
    while (i < sizes.length && ++choice[i]! === sizes[i]) choice[i++] = 0;
    if (i === sizes.length) return;
  }
}

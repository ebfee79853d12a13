/**
 * Turning the value tokens found for a row into its cells: one token per cell; or, in a PDF, by x
 * when blank cells left no token; or, when separators were lost, by splitting runs of digits.
 */
import type { ParsedNumber } from './parse-value.ts';
import type { ReadToken } from './read-tokens.ts';
import { solveSplit, type SplitCell, type SplitProblem } from './split-solver.ts';
import { placeByX, type ColumnLayout } from './x-columns.ts';

export interface CellReading {
  value: number | null;
  number: ParsedNumber | null;
  /** The token the cell was read from; null for a PDF blank cell (no text run). */
  token: ReadToken | null;
  raw: string;
  inferred: 'split' | 'ocr' | null;
}

export type RowReading =
  | { status: 'cells'; cells: CellReading[] }
  | { status: 'split'; cells: CellReading[]; run: string }
  | { status: 'ambiguous'; run: string; tokens: ReadToken[]; solutions: SplitCell[][] }
  | { status: 'unreadable'; reason: UnreadableReason; run: string; count: number };

export type UnreadableReason = 'tooFew' | 'tooMany' | 'noSplit' | 'tooManySplits';

export interface RowRules {
  /** The row's own sum rule, for splitting runs of digits. */
  split?: Pick<SplitProblem, 'check' | 'sumGroupSize'>;
  /** The PDF columns of this table, when known. */
  layout?: ColumnLayout | null;
  /** The row is the last one looked for: extra values after its cells belong to something else. */
  isLast?: boolean;
  /** A row with no value at all is a row of blank cells (a PDF prints nothing in a blank cell). */
  emptyIsBlank?: boolean;
}

/** Reads `width` cells out of a row's value tokens. */
export function readRowCells(
  values: readonly ReadToken[],
  width: number,
  rules: RowRules = {},
): RowReading {
  let tokens = trimTrailingBlanks(values, width);
  if (tokens.length > width && rules.isLast === true) tokens = tokens.slice(0, width);
  if (tokens.length === 0 && rules.emptyIsBlank === true) {
    return { status: 'cells', cells: Array.from({ length: width }, blankCell) };
  }
  if (tokens.length === width) return { status: 'cells', cells: tokens.map(cellOf) };
  const run = tokens.map((t) => t.text).join(' ');
  if (tokens.length > width) return unreadable('tooMany', run, tokens);
  const placed = rules.layout !== undefined && rules.layout !== null ? placeByX(tokens, rules.layout) : null;
  if (placed !== null) {
    return { status: 'cells', cells: placed.map((t) => (t === null ? blankCell() : cellOf(t))) };
  }
  return splitRow(tokens, width, rules, run);
}

function splitRow(tokens: readonly ReadToken[], width: number, rules: RowRules, run: string): RowReading {
  const runs = tokens.map(digitsOf);
  if (runs.some((r) => r === undefined)) return unreadable('tooFew', run, tokens);
  const digitCount = runs.reduce((sum, r) => sum + (r?.length ?? 1), 0);
  if (digitCount < width) return unreadable('tooFew', run, tokens);
  const outcome = solveSplit({ runs: runs as (string | null)[], width, ...rules.split });
  if (outcome.exhausted) return unreadable('tooManySplits', run, tokens);
  const [first, second] = outcome.solutions;
  if (first === undefined) return unreadable('noSplit', run, tokens);
  if (second !== undefined) {
    return { status: 'ambiguous', run, tokens: [...tokens], solutions: outcome.solutions };
  }
  return { status: 'split', run, cells: splitCells(first, tokens) };
}

function unreadable(reason: UnreadableReason, run: string, tokens: readonly ReadToken[]): RowReading {
  return { status: 'unreadable', reason, run, count: tokens.length };
}

/** The cells of one split of the runs, each pointing at the token its digits came from. */
export function splitCells(solution: readonly SplitCell[], tokens: readonly ReadToken[]): CellReading[] {
  const owners = ownersOf(solution, tokens);
  return solution.map((value, i) => ({
    value,
    number: null,
    token: owners[i] ?? null,
    raw: owners[i]?.text ?? '',
    inferred: 'split',
  }));
}

// Which token each cell of a split came from: runs are cut in order, so the digits tell.
function ownersOf(solution: readonly SplitCell[], tokens: readonly ReadToken[]): ReadToken[] {
  const owners: ReadToken[] = [];
  let t = 0;
  let used = 0;
  for (const value of solution) {
    const token = tokens[t]!;
    owners.push(token);
    const length = value === null || token.kind === 'blank' ? Infinity : String(value).length;
    used += length;
    if (used >= (digitsOf(token)?.length ?? 1)) {
      t++;
      used = 0;
    }
  }
  return owners;
}

// The digits of a token that may be cut; null for a blank cell; undefined when it cannot be cut
// (a decimal, a negative).
function digitsOf(token: ReadToken): string | null | undefined {
  if (token.kind === 'blank') return null;
  const number = token.number;
  if (number === null || !number.isInteger || number.value < 0) return undefined;
  return number.text;
}

function cellOf(token: ReadToken): CellReading {
  if (token.kind === 'blank' || token.number === null) {
    return { value: null, number: null, token, raw: token.text, inferred: null };
  }
  const inferred = token.number.ocr ? 'ocr' : null;
  return { value: token.number.value, number: token.number, token, raw: token.text, inferred };
}

function blankCell(): CellReading {
  return { value: null, number: null, token: null, raw: '', inferred: null };
}

function trimTrailingBlanks(values: readonly ReadToken[], width: number): readonly ReadToken[] {
  let end = values.length;
  while (end > width && values[end - 1]!.kind === 'blank') end--;
  return values.slice(0, end);
}

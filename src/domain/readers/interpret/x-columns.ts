/**
 * Placing a PDF row's values in their columns by x. A blank PDF cell has no text run, so a row can
 * have fewer values than columns; the columns' positions come from the table's complete rows (or
 * its header), and each value goes to the nearest one: blanks stay blank, values never shift left.
 */
import type { ReadToken } from './read-tokens.ts';

export type Alignment = 'left' | 'center' | 'right';

export interface ColumnLayout {
  alignment: Alignment;
  /** One position per column, in the alignment's terms (left edge, centre or right edge). */
  positions: number[];
}

const alignments: readonly Alignment[] = ['left', 'center', 'right'];

export function positionOf(token: ReadToken, alignment: Alignment): number | null {
  if (token.x === null) return null;
  const width = token.width ?? 0;
  if (alignment === 'left') return token.x;
  return alignment === 'center' ? token.x + width / 2 : token.x + width;
}

/** The columns of the complete rows (a value in every column), by the alignment that fits them best. */
export function layoutFromRows(
  rows: readonly (readonly ReadToken[])[],
  width: number,
): ColumnLayout | null {
  const complete = rows.filter((row) => row.length === width && row.every((t) => t.x !== null));
  if (complete.length === 0) return null;
  let best: { layout: ColumnLayout; spread: number } | null = null;
  for (const alignment of alignments) {
    const columns = Array.from({ length: width }, (_, c) =>
      complete.map((row) => positionOf(row[c]!, alignment)!),
    );
    const spread = columns.reduce((sum, xs) => sum + Math.max(...xs) - Math.min(...xs), 0);
    const positions = columns.map(median);
    if (!isIncreasing(positions)) continue;
    if (best === null || spread < best.spread) best = { layout: { alignment, positions }, spread };
  }
  return best?.layout ?? null;
}

/** The columns of a header: the distinct positions of its text runs, when there are exactly `width`. */
export function layoutFromHeader(
  tokens: readonly ReadToken[],
  width: number,
  tolerance = 3,
): ColumnLayout | null {
  for (const alignment of alignments) {
    const xs = tokens.map((t) => positionOf(t, alignment)).filter((x): x is number => x !== null);
    const positions = cluster(xs, tolerance);
    if (positions.length === width) return { alignment, positions };
  }
  return null;
}

/** The row's values in their columns (null where none stands), or null when they do not fit one per column. */
export function placeByX(
  values: readonly ReadToken[],
  layout: ColumnLayout,
): (ReadToken | null)[] | null {
  const placed: (ReadToken | null)[] = layout.positions.map(() => null);
  let previous = -1;
  for (const value of values) {
    const x = positionOf(value, layout.alignment);
    // "0470" is several cells whose separators were lost, not one cell: it must be split, not placed.
    if (x === null || /^0\d/.test(value.number?.text ?? '')) return null;
    const column = nearest(layout.positions, x);
    if (column <= previous) return null;
    placed[column] = value;
    previous = column;
  }
  return placed;
}

function nearest(positions: readonly number[], x: number): number {
  let best = 0;
  for (let i = 1; i < positions.length; i++) {
    if (Math.abs(positions[i]! - x) < Math.abs(positions[best]! - x)) best = i;
  }
  return best;
}

function cluster(xs: readonly number[], tolerance: number): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of sorted) {
    const group = groups[groups.length - 1];
    if (group !== undefined && x - group[group.length - 1]! <= tolerance) group.push(x);
    else groups.push([x]);
  }
  return groups.map((group) => group.reduce((a, b) => a + b, 0) / group.length);
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function isIncreasing(xs: readonly number[]): boolean {
  return xs.every((x, i) => i === 0 || x > xs[i - 1]!);
}

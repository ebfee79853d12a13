/**
 * Finding a table's rows by their labels, in the order the format prints them, and the value
 * tokens that belong to each: those after the label, up to the next label's row. Text between
 * (the rest of a wrapped PDF label, vertical header characters) is not a value and is skipped.
 */
import { isValueToken, type ReadToken } from './read-tokens.ts';

export interface RowMatcher {
  key: string;
  /**
   * Whether a label (normalised, and without its numbering) names this row. `distance` is how far
   * this row is past the next expected one, and `isFollowedByValue` tells whether a figure comes
   * next: generic words ("其他", "总计") are labels only close by, and only before figures (a
   * table header repeated on a new page has them too).
   */
  matches(norm: string, core: string, distance: number, isFollowedByValue: boolean): boolean;
}

export interface LabeledRow {
  label: ReadToken;
  values: ReadToken[];
}

export interface Region {
  start: number;
  end: number;
}

const maxLabelLength = 80;

/** The rows found (null where one is missing) in matcher order, and the index after the last value read. */
export function findLabeledRows(
  stream: readonly ReadToken[],
  region: Region,
  matchers: readonly RowMatcher[],
): { rows: (LabeledRow | null)[]; end: number } {
  const labels = findLabels(stream, region, matchers);
  const rows: (LabeledRow | null)[] = matchers.map(() => null);
  let end = region.start;
  labels.forEach(({ matcher, index }, k) => {
    const next = labels[k + 1]?.index;
    const stop = next === undefined ? region.end : rowStartOf(stream, next, index);
    const values = valuesBetween(stream, index + 1, stop);
    rows[matcher] = { label: stream[index]!, values };
    const last = values[values.length - 1];
    end = Math.max(end, index + 1, last === undefined ? 0 : last.index + 1);
  });
  return { rows, end };
}

function valuesBetween(stream: readonly ReadToken[], start: number, stop: number): ReadToken[] {
  const values: ReadToken[] = [];
  for (let i = start; i < stop; i++) if (isValueToken(stream[i]!)) values.push(stream[i]!);
  return values;
}

function findLabels(
  stream: readonly ReadToken[],
  region: Region,
  matchers: readonly RowMatcher[],
): { matcher: number; index: number }[] {
  const labels: { matcher: number; index: number }[] = [];
  let cursor = 0;
  for (let i = region.start; i < region.end && cursor < matchers.length; i++) {
    const token = stream[i]!;
    if (token.kind !== 'text' || token.norm.length > maxLabelLength || isSentence(token.norm)) continue;
    const next = nextToken(stream, i, region.end);
    const isFollowedByValue = next !== undefined && isValueToken(next);
    for (let m = cursor; m < matchers.length; m++) {
      if (!matchers[m]!.matches(token.norm, token.core, m - cursor, isFollowedByValue)) continue;
      labels.push({ matcher: m, index: i });
      cursor = m + 1;
      break;
    }
  }
  return labels;
}

function nextToken(stream: readonly ReadToken[], index: number, end: number): ReadToken | undefined {
  for (let i = index + 1; i < end; i++) if (stream[i]!.kind !== 'ignored') return stream[i];
  return undefined;
}

// A row label never ends a sentence: narrative text that names a row ("全县新收政府信息公开申请86件。")
// is not a label.
function isSentence(norm: string): boolean {
  return norm.includes('。') || norm.includes(';');
}

// The cells before a label in its own source row (a rowspan's empty cell, a group heading) belong to it.
function rowStartOf(stream: readonly ReadToken[], labelIndex: number, previousLabel: number): number {
  const start = stream[labelIndex]!.rowStart;
  return start > previousLabel ? start : labelIndex;
}

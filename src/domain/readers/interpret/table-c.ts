/**
 * Table C (四、政府信息公开行政复议、行政诉讼情况): a two-level header and one data row of 15 numbers
 * (复议, 未经复议直接起诉, 复议后起诉: each 结果维持, 结果纠正, 其他结果, 尚未审结, 总计).
 */
import { reviewColumns, reviewGroups } from '../../annual-report/model.ts';
import type { Region } from './labeled-rows.ts';
import type { ReadToken } from './read-tokens.ts';
import { isValueToken } from './read-tokens.ts';
import type { Draft } from './report-draft.ts';
import { readRowCells } from './row-cells.ts';
import { writeRow } from './row-writer.ts';
import { checkReviewGroups } from './split-solver.ts';
import { layoutFromHeader } from './x-columns.ts';

const width = reviewGroups.length * reviewColumns.length;
const paths = reviewGroups.flatMap((group) =>
  reviewColumns.map((column) => `reviews.${group}.${column}`),
);
// The leaf header labels, possibly cut into pieces ("结 果" / "维持", "其 他 结" / "果").
// The table's own header words: numbers without them above are some other table.
const tableWords = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '尚未审结'];
const leafHeader = /^[结果维持纠正其他尚未审总计]+$/;

/** Reads table C's data row in the region; returns whether it was found. */
export function readReviewTable(
  draft: Draft,
  stream: readonly ReadToken[],
  region: Region,
  isPdf: boolean,
): boolean {
  const rows = groupRows(stream.slice(region.start, region.end));
  const first = rows.findIndex(isValueRow);
  const above = rows.slice(0, first < 0 ? rows.length : first).flat();
  // The header may share the data row's line (OCR, converters).
  if (!above.some(isTableWord) && !(rows[first] ?? []).some(isTableWord)) return false;
  const header = above.filter((t) => t.kind === 'text' && leafHeader.test(t.norm));
  if (first < 0 && !(isPdf && header.length > 0)) return false;
  const values = first < 0 ? [] : collectValues(rows.slice(first));
  const anchor = (values[0] ?? header[0] ?? stream[region.start])?.token.location ?? {};
  const reading = readRowCells(values, width, {
    split: { sumGroupSize: reviewColumns.length, check: checkReviewGroups },
    layout: isPdf ? layoutFromHeader(header, width) : null,
    isLast: true,
    emptyIsBlank: isPdf,
  });
  writeRow(draft, { table: 'reviews', rowKey: 'reviews', paths, anchor, splitByRule: true }, reading);
  return true;
}

function isTableWord(token: ReadToken): boolean {
  return token.kind === 'text' && tableWords.some((word) => token.norm.includes(word));
}

// PDF rows are visual lines; other sources mark their table rows, and a paragraph is a row of its own.
function groupRows(tokens: readonly ReadToken[]): ReadToken[][] {
  const rows: ReadToken[][] = [];
  let key: string | null = null;
  for (const token of tokens) {
    if (token.kind === 'ignored') continue;
    const tokenKey = rowKeyOf(token);
    const current = rows[rows.length - 1];
    if (tokenKey !== null && tokenKey === key && current !== undefined) current.push(token);
    else rows.push([token]);
    key = tokenKey;
  }
  return rows;
}

function rowKeyOf(token: ReadToken): string | null {
  const { page, line } = token.token.location;
  if (token.x !== null) return `line ${page ?? 0}:${line ?? 0}`;
  return token.token.cell === true ? `row ${token.rowStart}` : null;
}

function isValueRow(row: readonly ReadToken[]): boolean {
  let numbers = 0;
  let blanks = 0;
  let texts = 0;
  for (const token of row) {
    if (token.kind === 'number') numbers++;
    else if (token.kind === 'blank') blanks++;
    else if (token.kind === 'text') texts++;
  }
  return numbers > 0 || (blanks >= reviewColumns.length && texts === 0);
}

// The data row, or consecutive value rows when a converter broke it over several lines.
function collectValues(rows: readonly ReadToken[][]): ReadToken[] {
  const values: ReadToken[] = [];
  for (const row of rows) {
    if (!isValueRow(row) || values.length >= width) break;
    values.push(...row.filter(isValueToken));
  }
  return values;
}

/**
 * The token stream prepared once for every later pass: normalised text, a kind (text, number,
 * blank, ignored), and the start of the source table row each token sits in. A token that holds
 * several numbers separated by spaces ("64 0 0 2 0470") becomes one read token per number.
 */
import type { Token } from '../read-result.ts';
import { isPageNumber, normalizeHalfWidth, toHalfWidth } from './normalize.ts';
import { parseHalfWidthValue, type ParsedNumber } from './parse-value.ts';

export type ReadTokenKind = 'text' | 'number' | 'blank' | 'ignored';

export interface ReadToken {
  /** Position in the prepared stream. */
  index: number;
  /** The source token (several read tokens may share one). */
  token: Token;
  /** This read token's own text: the whole token's, or one number of it. */
  text: string;
  norm: string;
  kind: ReadTokenKind;
  number: ParsedNumber | null;
  /** Index of the first read token of its source table row (0 throughout when no rows are marked). */
  rowStart: number;
  /** Left edge and width (PDF), estimated for a number cut out of a longer token. */
  x: number | null;
  width: number | null;
}

/** Classifies and normalises every token once, in reading order. */
export function prepareTokens(tokens: readonly Token[]): ReadToken[] {
  const stream: ReadToken[] = [];
  let rowStart = 0;
  for (const token of tokens) {
    pushParts(stream, token, rowStart);
    if (token.endsRow === true) rowStart = stream.length;
  }
  unmarkNumbersWithUnits(stream);
  return stream;
}

// A token holding numbers after spaces ("64 0 0 2 0470", or a PDF run "（一）予以公开 1288 21 …")
// gives a read token per number, after its label.
function pushParts(stream: ReadToken[], token: Token, rowStart: number): void {
  const half = toHalfWidth(token.text).trim();
  // "- 3 -" is a page number, not a blank, a 3 and a blank.
  const chunks = /\s/.test(half) && !isPageNumber(normalizeHalfWidth(half)) ? half.split(/\s+/) : [half];
  let first = chunks.length;
  while (first > 0 && parseHalfWidthValue(chunks[first - 1]!) !== null) first--;
  const label = chunks.slice(0, first).join(' ');
  const isWhole = chunks.length === 1 || first === chunks.length;
  // Only a cell or a PDF run is cut: a paragraph of a page is narrative even when it ends with a number.
  const isLabelWithNumbers = (token.cell === true || token.x !== undefined) && isRowLabel(label);
  if (isWhole || (first > 0 && !isLabelWithNumbers)) {
    const read = readToken(stream.length, token, half, token.x ?? null, token.width ?? null, rowStart);
    read.text = token.text.trim();
    stream.push(read);
    return;
  }
  if (first > 0) {
    const width = token.width === undefined ? null : (token.width * label.length) / half.length;
    stream.push(readToken(stream.length, token, label, token.x ?? null, width, rowStart));
  }
  pushNumbers(stream, token, half, chunks, first, rowStart);
}

function isRowLabel(text: string): boolean {
  return text.length <= 60 && !/[。;；]/.test(text) && /[\u4e00-\u9fff]/.test(text);
}

function pushNumbers(
  stream: ReadToken[],
  token: Token,
  text: string,
  chunks: readonly string[],
  first: number,
  rowStart: number,
): void {
  const scale = token.width !== undefined && text.length > 0 ? token.width / text.length : null;
  // Keep each number as printed (full-width digits stay full-width in `raw`) when the two splits agree.
  const printed = token.text.trim().split(/\s+/);
  let offset = 0;
  chunks.forEach((chunk, i) => {
    const at = text.indexOf(chunk, offset);
    offset = at + chunk.length;
    if (i < first) return;
    const x = token.x !== undefined && scale !== null ? token.x + at * scale : null;
    const width = scale === null ? null : chunk.length * scale;
    const read = readToken(stream.length, token, chunk, x, width, rowStart);
    if (printed.length === chunks.length) read.text = printed[i]!;
    stream.push(read);
  });
}

// In a PDF line, "2024" followed by "年" is part of a sentence or a page header, not a table cell.
function unmarkNumbersWithUnits(stream: ReadToken[]): void {
  for (let i = 0; i + 1 < stream.length; i++) {
    const token = stream[i]!;
    const next = stream[i + 1]!;
    if (token.kind !== 'number' || token.x === null || next.kind !== 'text') continue;
    const { page, line } = token.token.location;
    if (next.token.location.page !== page || next.token.location.line !== line) continue;
    if (!unitStart.test(next.text)) continue;
    token.kind = 'text';
    token.number = null;
  }
}

const unitStart = /^[年月日件个条次项名人万元%期场]/;

// `half` is the token's text (or one number of it) already half-width and trimmed.
function readToken(
  index: number,
  token: Token,
  half: string,
  x: number | null,
  width: number | null,
  rowStart: number,
): ReadToken {
  const norm = normalizeHalfWidth(half);
  const read: ReadToken = { index, token, text: half, norm, kind: 'text', number: null, rowStart, x, width };
  if ((norm === '' && token.cell !== true) || isPageNumber(norm)) {
    read.kind = 'ignored';
    return read;
  }
  const value = parseHalfWidthValue(half);
  if (value !== null) read.kind = value.kind;
  if (value?.kind === 'number') read.number = value.number;
  return read;
}

/** True for tokens that hold a figure or a blank cell. */
export function isValueToken(token: ReadToken): boolean {
  return token.kind === 'number' || token.kind === 'blank';
}

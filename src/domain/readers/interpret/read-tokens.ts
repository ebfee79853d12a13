/**
 * The token stream prepared once for every later pass: normalised text, a kind (text, number,
 * blank, ignored), and the start of the source table row each token sits in. A token that holds
 * several numbers separated by spaces ("64 0 0 2 0470") becomes one read token per number.
 */
import type { Token } from '../read-result.ts';
import { hasWhiteSpace, isPageNumber, normalizeHalfWidth, stripNumbering, toHalfWidth } from './normalize.ts';
import { parseHalfWidthValue, type ParsedNumber } from './parse-value.ts';

export type ReadTokenKind = 'text' | 'number' | 'blank' | 'ignored';

export interface ReadToken {
  /** Position in the prepared stream. */
  index: number;
  /** The source token (several read tokens may share one). */
  token: Token;
  /** This read token's own text: the whole token's, or one number of it. */
  text: string;
  /** `text` made half-width (`toHalfWidth`), for reading sentences. */
  half: string;
  /** The text as labels are matched (`normalizeHalfWidth`). */
  norm: string;
  /** `norm` without its leading numbering (`stripNumbering`): "三(七)总计" → "总计". */
  core: string;
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

const spaces = /\s+/;

// A token holding numbers after spaces ("64 0 0 2 0470", or a PDF run "（一）予以公开 1288 21 …")
// gives a read token per number, after its label.
function pushParts(stream: ReadToken[], token: Token, rowStart: number): void {
  const halfWhole = toHalfWidth(token.text);
  const half = halfWhole.trim();
  const norm = normalizeHalfWidth(half);
  // Only text with white space is cut (`norm` drops white space: text it leaves alone has none),
  // and "- 3 -" is a page number, not a blank, a 3 and a blank.
  const isCuttable = norm !== half && hasWhiteSpace(half) && !isPageNumber(norm);
  if (!isCuttable) {
    pushWhole(stream, token, halfWhole, norm, rowStart);
    return;
  }
  const chunks = half.split(spaces);
  let first = chunks.length;
  while (first > 0 && parseHalfWidthValue(chunks[first - 1]!) !== null) first--;
  if (first === chunks.length) {
    pushWhole(stream, token, halfWhole, norm, rowStart);
    return;
  }
  const label = chunks.slice(0, first).join(' ');
  // Only a cell or a PDF run is cut: a paragraph of a page is narrative even when it ends with a number.
  const isLabelWithNumbers = (token.cell === true || token.x !== undefined) && isRowLabel(label);
  if (first > 0 && !isLabelWithNumbers) {
    pushWhole(stream, token, halfWhole, norm, rowStart);
    return;
  }
  if (first > 0) {
    const width = token.width === undefined ? null : (token.width * label.length) / half.length;
    stream.push(readToken(stream.length, token, label, token.x ?? null, width, rowStart));
  }
  pushNumbers(stream, token, half, chunks, first, rowStart);
}

// `halfWhole` is the token's whole text made half-width, before trimming; `norm` is its normal form.
function pushWhole(stream: ReadToken[], token: Token, halfWhole: string, norm: string, rowStart: number): void {
  const half = halfWhole.trim();
  const read = readToken(stream.length, token, half, token.x ?? null, token.width ?? null, rowStart, norm);
  read.text = token.text.trim();
  // Readers hand over trimmed text, so the half-width text is usually there already.
  read.half = read.text === token.text ? halfWhole : toHalfWidth(read.text);
  stream.push(read);
}

const sentencePunctuation = /[。;；]/;
const ideograph = /[\u4e00-\u9fff]/;

function isRowLabel(text: string): boolean {
  return text.length <= 60 && !sentencePunctuation.test(text) && ideograph.test(text);
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
  const printed = token.text.trim().split(spaces);
  let offset = 0;
  chunks.forEach((chunk, i) => {
    const at = text.indexOf(chunk, offset);
    offset = at + chunk.length;
    if (i < first) return;
    const x = token.x !== undefined && scale !== null ? token.x + at * scale : null;
    const width = scale === null ? null : chunk.length * scale;
    const read = readToken(stream.length, token, chunk, x, width, rowStart);
    if (printed.length === chunks.length) {
      read.text = printed[i]!;
      read.half = toHalfWidth(read.text);
    }
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
  norm = normalizeHalfWidth(half),
): ReadToken {
  const read: ReadToken = {
    index,
    token,
    text: half,
    half,
    norm,
    core: norm,
    kind: 'text',
    number: null,
    rowStart,
    x,
    width,
  };
  if ((norm === '' && token.cell !== true) || isPageNumber(norm)) {
    read.kind = 'ignored';
    return read;
  }
  const value = parseHalfWidthValue(half);
  // A figure or a page number never starts with a numbering ("1、", "(三)"): only text is stripped.
  if (value === null) read.core = stripNumbering(norm);
  else read.kind = value.kind;
  if (value?.kind === 'number') read.number = value.number;
  return read;
}

/** True for tokens that hold a figure or a blank cell. */
export function isValueToken(token: ReadToken): boolean {
  return token.kind === 'number' || token.kind === 'blank';
}

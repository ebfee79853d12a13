/**
 * The plain-text reader. It reads the text of a web page flattened to lines (one table cell per line
 * behind a tab, a line with only a tab for an empty cell, a blank line after each table row),
 * converter markdown (`| 一、本年新收… | 171 | 7 |`), rows whose cells stand on one line separated by
 * tabs or two spaces or more, labels with their numbers on the next line(s), and OCR output.
 */
import { interpretTokens } from './interpret.ts';
import { hasWhiteSpace } from './interpret/normalize.ts';
import { parseCellValue } from './interpret/parse-value.ts';
import type { ReadResult, Token } from './read-result.ts';

/** Reads a report from text. Locations are `{ line }`, 1-based. */
export function readText(text: string): ReadResult {
  return interpretTokens(tokenizeText(text), 'text');
}

const markdownSeparator = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
const cellSeparator = /\t+| {2,}|\u3000+/;
const lineBreak = /\r\n|\r|\n/;
const spaces = /\s+/;
const tableBorder = /^[\s|]+$/;
const maxLabelLength = 60;

/** The tokens of a text: a token per cell of a table line, a token per other line (a paragraph). */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  const body = text.charCodeAt(0) === byteOrderMark ? text.slice(1) : text;
  // Splitting on one character is much faster than on a pattern, and most texts have no "\r".
  const lines = body.includes('\r') ? body.split(lineBreak) : body.split('\n');
  for (let i = 0; i < lines.length; i++) readLine(tokens, lines[i]!, i + 1);
  endRow(tokens);
  return tokens;
}

const byteOrderMark = 0xfeff;

function readLine(tokens: Token[], raw: string, line: number): void {
  const hasBar = raw.includes('|');
  // A line of only "|" is a table border (OCR, converters), not a cell.
  if (hasBar && tableBorder.test(raw)) return;
  // The most common line, a web page's line of one cell, goes straight to its token.
  if (!hasBar && raw.charCodeAt(0) === tab) {
    const cells = raw.slice(1);
    if (cellSeparator.test(cells)) pushCells(tokens, cells.split(cellSeparator).map(cleanCell), line, false);
    else tokens.push({ text: cleanCell(cells), location: { line }, cell: true });
    return;
  }
  const trimmed = raw.trim();
  if (trimmed === '' && !raw.includes('\t')) {
    endRow(tokens);
    return;
  }
  const cells = cellsOf(raw, trimmed);
  if (cells === null) {
    endRow(tokens);
    tokens.push({ text: cleanParagraph(raw), location: { line } });
    return;
  }
  if (cells !== 'separator') pushCells(tokens, cells, line, trimmed.startsWith('|'));
}

const tab = 0x09;

// A line holding one cell continues its row (the web-page layout); a line holding several, or a
// markdown line, is a row.
function pushCells(tokens: Token[], cells: readonly string[], line: number, isMarkdown: boolean): void {
  for (const cell of cells) tokens.push({ text: cell, location: { line }, cell: true });
  if (cells.length > 1 || isMarkdown) endRow(tokens);
}

function endRow(tokens: Token[]): void {
  const last = tokens[tokens.length - 1];
  if (last !== undefined && last.cell === true) last.endsRow = true;
}

/** The cells of a table line, 'separator' for a markdown rule line, or null for a paragraph. */
function cellsOf(raw: string, trimmed: string): string[] | 'separator' | null {
  if (trimmed.startsWith('|')) {
    return markdownSeparator.test(trimmed) ? 'separator' : markdownCells(trimmed);
  }
  if (raw.startsWith('\t')) return tabbedCells(raw.slice(1));
  const words = hasWhiteSpace(trimmed) ? trimmed.split(spaces) : [trimmed];
  // Cell separators are white space: a line of one word has a single cell (most paragraphs).
  if (words.length > 1) {
    const parts = trimmed.split(cellSeparator).map(cleanCell);
    if (parts.length > 1 && parts.slice(1).some(isValue)) return parts;
  }
  return labelWithValues(words);
}

// A web page's cell line: usually one cell, tested before splitting (a split costs more than a test).
function tabbedCells(line: string): string[] {
  return cellSeparator.test(line) ? line.split(cellSeparator).map(cleanCell) : [cleanCell(line)];
}

function markdownCells(line: string): string[] {
  const inner = line.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map(cleanCell);
}

// "一、本年新收政府信息公开申请数量 171 7 0 0 0 0 178" or a line of numbers alone ("64 0 0 2 0470").
function labelWithValues(words: string[]): string[] | null {
  let first = words.length;
  while (first > 0 && isValue(words[first - 1]!)) first--;
  if (first === 0) return words;
  if (first === words.length) return null;
  const label = words.slice(0, first).join(' ');
  return isRowLabel(label) ? [label, ...words.slice(first)] : null;
}

// A short label, not a sentence ("2024年，湘潭县…" is narrative that happens to end with a number).
function isRowLabel(text: string): boolean {
  if (text.length > maxLabelLength || /[。；;]/.test(text) || !/[\u4e00-\u9fff]/.test(text)) return false;
  return !/^\d/.test(text) || /^\d+[.、．]/.test(text);
}

function isValue(text: string): boolean {
  return text !== '' && parseCellValue(text) !== null;
}

const boldMarks = /\*\*/g;
const markdownHeading = /^\s*#{1,6}\s+/;

function cleanCell(text: string): string {
  return (text.includes('**') ? text.replace(boldMarks, '') : text).trim();
}

// Markdown headings ("## 一、总体情况") and bold marks are layout, not text.
function cleanParagraph(text: string): string {
  const body = text.includes('#') ? text.replace(markdownHeading, '') : text;
  return cleanCell(body);
}

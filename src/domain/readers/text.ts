/**
 * The plain-text reader. It reads the text of a web page flattened to lines (one table cell per line
 * behind a tab, a line with only a tab for an empty cell, a blank line after each table row),
 * converter markdown (`| 一、本年新收… | 171 | 7 |`), rows whose cells stand on one line separated by
 * tabs or two spaces or more, labels with their numbers on the next line(s), and OCR output.
 */
import { interpretTokens } from './interpret.ts';
import { parseCellValue } from './interpret/parse-value.ts';
import type { ReadResult, Token } from './read-result.ts';

/** Reads a report from text. Locations are `{ line }`, 1-based. */
export function readText(text: string): ReadResult {
  return interpretTokens(tokenizeText(text), 'text');
}

const markdownSeparator = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
const cellSeparator = /\t+| {2,}|\u3000+/;
const maxLabelLength = 60;

/** The tokens of a text: a token per cell of a table line, a token per other line (a paragraph). */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  const endRow = () => {
    const last = tokens[tokens.length - 1];
    if (last !== undefined && last.cell === true) last.endsRow = true;
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    // A line of only "|" is a table border (OCR, converters), not a cell.
    if (/^[\s|]+$/.test(raw) && raw.includes('|')) return;
    if (raw.trim() === '' && !raw.includes('\t')) {
      endRow();
      return;
    }
    const cells = cellsOf(raw);
    if (cells === null) {
      endRow();
      tokens.push({ text: cleanParagraph(raw), location: { line } });
      return;
    }
    if (cells === 'separator') return;
    for (const cell of cells) tokens.push({ text: cell, location: { line }, cell: true });
    // A line holding one cell continues its row (the web-page layout); a line holding several is a row.
    if (cells.length > 1 || raw.trimStart().startsWith('|')) endRow();
  });
  endRow();
  return tokens;
}

/** The cells of a table line, 'separator' for a markdown rule line, or null for a paragraph. */
function cellsOf(raw: string): string[] | 'separator' | null {
  const trimmed = raw.trim();
  if (trimmed.startsWith('|')) {
    return markdownSeparator.test(trimmed) ? 'separator' : markdownCells(trimmed);
  }
  if (raw.startsWith('\t')) return raw.slice(1).split(cellSeparator).map(cleanCell);
  const parts = trimmed.split(cellSeparator).map(cleanCell);
  if (parts.length > 1 && parts.slice(1).some(isValue)) return parts;
  return labelWithValues(trimmed);
}

function markdownCells(line: string): string[] {
  const inner = line.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map(cleanCell);
}

// "一、本年新收政府信息公开申请数量 171 7 0 0 0 0 178" or a line of numbers alone ("64 0 0 2 0470").
function labelWithValues(line: string): string[] | null {
  const words = line.split(/\s+/);
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

function cleanCell(text: string): string {
  return text.replace(/\*\*/g, '').trim();
}

// Markdown headings ("## 一、总体情况") and bold marks are layout, not text.
function cleanParagraph(text: string): string {
  return text.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*/g, '').trim();
}

/**
 * HTML → token stream: narrative lines outside tables, and table cells placed on the grid their
 * rowspan/colspan make. The interpreter does the rest (labels, numbers, sections).
 */
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Token } from './read-result.ts';
import { parseSpan, placeCells } from './html-table-grid.ts';

/** The tokens of an HTML page in document order: a line token per text block, a cell token per
 *  table cell. */
export function tokenizeHtml(html: string): Token[] {
  const $ = load(html);
  const state: WalkState = { tokens: [], pending: '', lineCount: 0, tableCount: 0 };
  for (const node of $.root().contents().toArray()) walk(node, state);
  flushLine(state);
  return state.tokens;
}

/** All the text of a node as a cell shows it: blocks and `<br>` separate words, white space
 *  collapsed. */
function extractCellText(node: AnyNode): string {
  const parts: string[] = [];
  collectText(node, parts);
  return collapseSpace(parts.join(''));
}

interface WalkState {
  tokens: Token[];
  /** Text of the line being read, not yet emitted. */
  pending: string;
  lineCount: number;
  tableCount: number;
}

// Not document text: code, hidden templates, the page head, embedded objects and form widgets.
const ignoredElements = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'embed', 'svg', 'math',
  'select', 'textarea',
]);
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'body', 'html',
]);

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function walk(node: AnyNode, state: WalkState): void {
  if (node.type === 'text') {
    state.pending += node.data;
    return;
  }
  if (!isElement(node) || ignoredElements.has(node.name)) return;
  if (node.name === 'br') return flushLine(state);
  if (node.name === 'table' && !containsTable(node)) {
    flushLine(state);
    return emitTable(node, state);
  }
  const isBlock = blockElements.has(node.name);
  if (isBlock) flushLine(state);
  for (const child of node.children) walk(child, state);
  if (isBlock) flushLine(state);
}

function flushLine(state: WalkState): void {
  const text = collapseSpace(state.pending);
  state.pending = '';
  if (text === '') return;
  state.lineCount += 1;
  state.tokens.push({ text, location: { line: state.lineCount } });
}

// A table holding tables is page layout: only the innermost tables have the report's rows.
function containsTable(node: Element): boolean {
  return node.children.some(
    (child) => isElement(child) && (child.name === 'table' || containsTable(child)),
  );
}

function emitTable(table: Element, state: WalkState): void {
  for (const caption of childElements(table, 'caption')) {
    state.pending = extractCellText(caption);
    flushLine(state);
  }
  const rows = collectRows(table);
  const cellsByRow = rows.map((row) => childElements(row, 'td', 'th'));
  const spans = cellsByRow.map((cells) =>
    cells.map((cell) => ({
      rowSpan: parseSpan(cell.attribs['rowspan']),
      colSpan: parseSpan(cell.attribs['colspan']),
    })),
  );
  const positions = placeCells(spans);
  state.tableCount += 1;
  cellsByRow.forEach((cells, rowIndex) => {
    cells.forEach((cell, cellIndex) => {
      const position = positions[rowIndex]![cellIndex]!;
      state.tokens.push({
        text: extractCellText(cell),
        location: { table: state.tableCount, row: position.row, cell: position.cell },
        cell: true,
        ...(cellIndex === cells.length - 1 ? { endsRow: true } : {}),
      });
    });
  });
}

// Rows sit in thead/tbody/tfoot or directly in the table; a table here has no nested tables.
function collectRows(node: Element): Element[] {
  const rows: Element[] = [];
  for (const child of node.children) {
    if (!isElement(child) || ignoredElements.has(child.name)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name !== 'caption') rows.push(...collectRows(child));
  }
  return rows;
}

function childElements(node: Element, ...names: string[]): Element[] {
  return node.children.filter(
    (child): child is Element => isElement(child) && names.includes(child.name),
  );
}

function collectText(node: AnyNode, parts: string[]): void {
  if (node.type === 'text') {
    parts.push(node.data);
    return;
  }
  if (!isElement(node) && node.type !== 'root') return;
  if (isElement(node) && ignoredElements.has(node.name)) return;
  const separates = isElement(node) && (node.name === 'br' || blockElements.has(node.name));
  if (separates) parts.push(' ');
  for (const child of 'children' in node ? node.children : []) collectText(child, parts);
  if (separates) parts.push(' ');
}

/** Collapses white space (including &nbsp; and the ideographic space) and removes zero-width
 *  characters. */
export function collapseSpace(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

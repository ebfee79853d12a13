/**
 * DOCX → token stream: the main document part is unzipped and scanned directly (see
 * docx-xml.ts). Cells are placed on Word's own grid (gridBefore, gridSpan), and a cell merged
 * into the one above it (vMerge continue) is not emitted again, as HTML rowspans are not.
 */
import { UnreadableInputError } from '../errors.ts';
import { collapseSpace } from './html-tokens.ts';
import { parseDocumentXml, type DocxBlock, type DocxTable } from './docx-xml.ts';
import { readZipEntry, ZipFormatError } from './docx-zip.ts';
import type { Token } from './read-result.ts';

// document.xml of a long report with many tables is a few MB; far more means a zip bomb.
const maxDocumentXmlBytes = 64 * 1024 * 1024;

/** The tokens of a Word document: a line token per paragraph line outside tables, a cell token
 *  per table cell. */
export function tokenizeDocx(bytes: Uint8Array): Token[] {
  return tokenizeDocxBlocks(parseDocumentXml(readMainDocument(bytes)));
}

/** Tokens for parsed document blocks (the same rules as HTML: innermost tables hold the rows). */
export function tokenizeDocxBlocks(blocks: readonly DocxBlock[]): Token[] {
  const state = createState();
  emitBlocks(blocks, state);
  return state.tokens;
}

type EmitState = ReturnType<typeof createState>;
function createState() {
  return { tokens: [] as Token[], lineCount: 0, tableCount: 0 };
}

function readMainDocument(bytes: Uint8Array): string {
  let xml: Uint8Array | undefined;
  try {
    xml = readZipEntry(bytes, findMainPart(bytes), maxDocumentXmlBytes);
  } catch (cause) {
    if (!(cause instanceof ZipFormatError)) throw cause;
    throw new UnreadableInputError('不是有效的 DOCX 文件：压缩包已损坏、已加密或内容过大，无法打开', { cause });
  }
  const text = xml ? new TextDecoder().decode(xml) : '';
  // An XLSX or PPTX is a ZIP package too, with a main part that is no Word document.
  if (!isWordDocument(text)) {
    throw new UnreadableInputError('不是有效的 DOCX 文件：压缩包中没有 Word 文档正文（word/document.xml）');
  }
  return text;
}

function isWordDocument(xml: string): boolean {
  const head = xml.slice(0, 8192);
  return /<([\w.-]+:)?document\b/.test(head) && /wordprocessingml/.test(head);
}

// The package relationships name the main part; Word always calls it word/document.xml.
function findMainPart(bytes: Uint8Array): string {
  const relationships = readZipEntry(bytes, '_rels/.rels', 1024 * 1024);
  const xml = relationships ? new TextDecoder().decode(relationships) : '';
  for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /Type\s*=\s*"([^"]*)"/.exec(match[0])?.[1] ?? '';
    const target = /Target\s*=\s*"([^"]*)"/.exec(match[0])?.[1];
    if (type.endsWith('/officeDocument') && target) return target.replace(/^\//, '');
  }
  return 'word/document.xml';
}

function emitBlocks(blocks: readonly DocxBlock[], state: EmitState): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const line of block.lines) emitLine(line, state);
    } else if (hasNestedTable(block)) {
      // A table holding tables is page layout: its cells are read as running text.
      for (const row of block.rows) for (const cell of row.cells) emitBlocks(cell.blocks, state);
    } else {
      emitTable(block, state);
    }
  }
}

function emitLine(line: string, state: EmitState): void {
  const text = collapseSpace(line);
  if (text === '') return;
  state.lineCount += 1;
  state.tokens.push({ text, location: { line: state.lineCount } });
}

function hasNestedTable(table: DocxTable): boolean {
  return table.rows.some((row) =>
    row.cells.some((cell) => cell.blocks.some((b) => b.kind === 'table')),
  );
}

function emitTable(table: DocxTable, state: EmitState): void {
  state.tableCount += 1;
  table.rows.forEach((row, rowIndex) => {
    let column = row.gridBefore;
    const rowTokens: Token[] = [];
    for (const cell of row.cells) {
      if (cell.merge !== 'continue') {
        const location = { table: state.tableCount, row: rowIndex + 1, cell: column + 1 };
        rowTokens.push({ text: cellText(cell.blocks), location, cell: true });
      }
      column += cell.gridSpan;
    }
    const last = rowTokens[rowTokens.length - 1];
    if (last) last.endsRow = true;
    state.tokens.push(...rowTokens);
  });
}

function cellText(blocks: readonly DocxBlock[]): string {
  const lines = blocks.flatMap((b) => (b.kind === 'paragraph' ? b.lines : []));
  return collapseSpace(lines.join(' '));
}

/**
 * word/document.xml → paragraphs and tables, with each cell's grid span and vertical merge as
 * Word stores them. A single forward scan: a general XML DOM costs ten times as much and the
 * document body uses a small, regular part of XML.
 */

export type DocxBlock = DocxParagraph | DocxTable;
export interface DocxParagraph {
  kind: 'paragraph';
  /** The paragraph's lines: a line break (`w:br`, `w:cr`) starts a new one. */
  lines: string[];
}
export interface DocxTable {
  kind: 'table';
  rows: DocxRow[];
}
export interface DocxRow {
  /** Grid columns left empty before the first cell (`w:gridBefore`). */
  gridBefore: number;
  cells: DocxCell[];
}
export interface DocxCell {
  gridSpan: number;
  /** `continue`: covered by the cell above it (`w:vMerge`) or to its left (`w:hMerge`). */
  merge: 'none' | 'restart' | 'continue';
  blocks: DocxBlock[];
}

const wordNamespaces = [
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
];

/** The body of a DOCX main document part as blocks, in document order. */
export function parseDocumentXml(xml: string): DocxBlock[] {
  const scan = new DocumentScan(findWordPrefix(xml));
  let position = 0;
  while (position < xml.length) {
    const open = xml.indexOf('<', position);
    const textEnd = open < 0 ? xml.length : open;
    if (textEnd > position && scan.wantsText()) {
      scan.text(decodeEntities(xml.slice(position, textEnd)));
    }
    if (open < 0) break;
    position = skipSpecial(xml, open, scan) ?? readTag(xml, open, scan);
  }
  return scan.body;
}

// Comments, processing instructions and CDATA sections; the position after them, or undefined.
function skipSpecial(xml: string, open: number, scan: DocumentScan): number | undefined {
  const next = xml.charCodeAt(open + 1);
  if (next === 0x3f /* ? */) return endOf(xml, '?>', open);
  if (next !== 0x21 /* ! */) return undefined;
  if (xml.startsWith('<![CDATA[', open)) {
    const end = endOf(xml, ']]>', open);
    if (scan.wantsText()) scan.text(xml.slice(open + 9, end - 3));
    return end;
  }
  return endOf(xml, xml.startsWith('<!--', open) ? '-->' : '>', open);
}

function endOf(xml: string, terminator: string, from: number): number {
  const index = xml.indexOf(terminator, from);
  return index < 0 ? xml.length : index + terminator.length;
}

function readTag(xml: string, open: number, scan: DocumentScan): number {
  const close = xml.indexOf('>', open);
  if (close < 0) return xml.length;
  const isClosing = xml.charCodeAt(open + 1) === 0x2f; /* / */
  const isSelfClosing = xml.charCodeAt(close - 1) === 0x2f;
  let nameEnd = open + (isClosing ? 2 : 1);
  while (nameEnd < close && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd += 1;
  const name = xml.slice(open + (isClosing ? 2 : 1), nameEnd);
  if (isClosing) scan.close(name);
  else scan.open(name, xml.slice(nameEnd, isSelfClosing ? close - 1 : close), isSelfClosing);
  return close + 1;
}

// space, tab, LF, CR, '/' and '>'
const nameEnds = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2f, 0x3e]);

function isNameEnd(code: number): boolean {
  return nameEnds.has(code);
}

// Word writes `w:`, but the prefix is whatever the document binds to the WordprocessingML
// namespace.
function findWordPrefix(xml: string): string {
  for (const match of xml.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']+)["']/g)) {
    if (wordNamespaces.includes(match[2]!)) return `${match[1]}:`;
  }
  return 'w:';
}

class DocumentScan {
  readonly body: DocxBlock[] = [];
  private readonly containers: DocxBlock[][] = [this.body];
  private readonly tables: DocxTable[] = [];
  private readonly cells: DocxCell[] = [];
  private readonly paragraphs: { lines: string[]; current: string }[] = [];
  private depth = 0;
  private skipBelow = Number.POSITIVE_INFINITY;
  private runDepth = 0;
  private inText = false;

  private readonly valuePattern: RegExp;

  constructor(private readonly w: string) {
    const prefix = w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    this.valuePattern = new RegExp(`${prefix}val\\s*=\\s*["']([^"']*)["']`);
  }

  open(name: string, attributes: string, selfClosing: boolean): void {
    if (this.depth >= this.skipBelow) {
      if (!selfClosing) this.depth += 1;
      return;
    }
    if (!selfClosing) {
      this.depth += 1;
      // Deleted and moved-away text is not in the document; a Fallback repeats its Choice.
      if (this.isSkipped(name)) this.skipBelow = this.depth;
    }
    this.handleOpen(this.localName(name), attributes, selfClosing);
  }

  close(name: string): void {
    if (this.depth === this.skipBelow) this.skipBelow = Number.POSITIVE_INFINITY;
    this.depth -= 1;
    if (this.depth >= this.skipBelow) return;
    const local = this.localName(name);
    if (local === 't') this.inText = false;
    else if (local === 'r') this.runDepth -= 1;
    else if (local === 'p') this.endParagraph();
    else if (local === 'tc') this.endCell();
    else if (local === 'tbl') this.endTable();
  }

  /** True inside a `w:t` element that is not skipped: only there is character data text. */
  wantsText(): boolean {
    return this.inText && this.depth < this.skipBelow;
  }

  text(value: string): void {
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    if (this.wantsText() && paragraph) paragraph.current += value;
  }

  // Names in the Word namespace lose their prefix; others keep it behind a colon (":mc:Choice").
  private localName(name: string): string {
    return name.startsWith(this.w) ? name.slice(this.w.length) : `:${name}`;
  }

  private isSkipped(name: string): boolean {
    return name === `${this.w}del` || name === `${this.w}moveFrom` || /(^|:)Fallback$/.test(name);
  }

  private handleOpen(local: string, attributes: string, selfClosing: boolean): void {
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    switch (local) {
      case 'p':
        if (!selfClosing) this.paragraphs.push({ lines: [], current: '' });
        return;
      case 't':
        this.inText = !selfClosing;
        return;
      case 'r':
        if (!selfClosing) this.runDepth += 1;
        return;
      case 'tab':
        // A `w:tab` outside a run is a tab stop definition in the paragraph properties.
        if (this.runDepth > 0 && paragraph) paragraph.current += '\t';
        return;
      case 'br':
      case 'cr':
        if (this.runDepth > 0 && paragraph) {
          paragraph.lines.push(paragraph.current);
          paragraph.current = '';
        }
        return;
      case 'noBreakHyphen':
        if (this.runDepth > 0 && paragraph) paragraph.current += '-';
        return;
      default:
        this.handleTableElement(local, attributes, selfClosing);
    }
  }

  private handleTableElement(local: string, attributes: string, selfClosing: boolean): void {
    const table = this.tables[this.tables.length - 1];
    const row = table?.rows[table.rows.length - 1];
    const cell = this.cells[this.cells.length - 1];
    if (local === 'tbl' && !selfClosing) this.tables.push({ kind: 'table', rows: [] });
    else if (local === 'tr' && table) table.rows.push({ gridBefore: 0, cells: [] });
    else if (local === 'gridBefore' && row) {
      row.gridBefore = toGridCount(this.readValue(attributes), 0);
    }
    else if (local === 'tc' && row && !selfClosing) this.startCell(row);
    else if (cell) this.readCellProperty(cell, local, attributes);
  }

  private readCellProperty(cell: DocxCell, local: string, attributes: string): void {
    const value = (): string | undefined => this.readValue(attributes);
    if (local === 'gridSpan') cell.gridSpan = toGridCount(value(), 1);
    else if (local === 'vMerge') cell.merge = value() === 'restart' ? 'restart' : 'continue';
    else if (local === 'hMerge' && value() !== 'restart') cell.merge = 'continue';
  }

  private startCell(row: DocxRow): void {
    const cell: DocxCell = { gridSpan: 1, merge: 'none', blocks: [] };
    row.cells.push(cell);
    this.cells.push(cell);
    this.containers.push(cell.blocks);
  }

  private endParagraph(): void {
    const paragraph = this.paragraphs.pop();
    if (!paragraph) return;
    const lines = [...paragraph.lines, paragraph.current];
    this.containers[this.containers.length - 1]!.push({ kind: 'paragraph', lines });
  }

  private endCell(): void {
    if (this.cells.pop()) this.containers.pop();
  }

  private endTable(): void {
    const table = this.tables.pop();
    if (table) this.containers[this.containers.length - 1]!.push(table);
  }

  private readValue(attributes: string): string | undefined {
    return this.valuePattern.exec(attributes)?.[1];
  }
}

// A count of grid columns; a missing, broken or absurd value (a hostile `w:val="1e9"`) is clamped.
function toGridCount(value: string | undefined, minimum: number): number {
  const count = Number(value);
  return Number.isInteger(count) && count >= minimum ? Math.min(count, 1000) : minimum;
}

const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const isHex = entity[1] === 'x' || entity[1] === 'X';
      const code = isHex ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[entity] ?? whole;
  });
}

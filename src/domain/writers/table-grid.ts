/**
 * A table as the official format lays it out: rows of cells with rowspan/colspan, as HTML writes
 * them (a cell covered by a span from above is not listed again). The HTML, DOCX, XLSX and text
 * writers all render the same grids, so the three tables look the same in every format.
 */
import type { Count } from '../annual-report/model.ts';

/** `head`: column headings; `label`: row labels; `figure`: a figure of the report. */
export type CellRole = 'head' | 'label' | 'figure';

export interface GridCell {
  text: string;
  role: CellRole;
  rowSpan: number;
  colSpan: number;
  /** A figure's dotted path in the model, e.g. `applications.newReceived.total`. */
  path?: string;
  /** A figure's value as the report has it (null for a blank cell). */
  value?: Count | string;
}

export interface ReportTable {
  key: 'proactive' | 'applications' | 'reviews';
  /** The section heading the table sits under (`二、主动公开政府信息情况` …). */
  heading: string;
  /** Relative column widths, in characters of 10.5pt text; writers scale them to their unit. */
  columnWeights: readonly number[];
  /** The rows at the top that are column headings, repeated on every page. */
  headerRowCount: number;
  /** The columns at the left that hold row labels. */
  labelColumnCount: number;
  rows: readonly (readonly GridCell[])[];
}

/** A cell with its 0-based position in the grid. */
export interface PlacedCell {
  cell: GridCell;
  row: number;
  column: number;
}

export function createCell(text: string, role: CellRole, span: { rowSpan?: number; colSpan?: number } = {}): GridCell {
  return { text, role, rowSpan: span.rowSpan ?? 1, colSpan: span.colSpan ?? 1 };
}

export function createFigureCell(path: string, value: Count | string, colSpan = 1): GridCell {
  return { text: formatFigure(value), role: 'figure', rowSpan: 1, colSpan, path, value };
}

/** A figure as printed: the number, the amount exactly as the report has it, or '' for a blank. */
export function formatFigure(value: Count | string | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** Positions every cell the way a browser lays out a table: each cell takes the next column not covered by a span from above. */
export function placeCells(table: ReportTable): PlacedCell[] {
  const covered = new Set<string>();
  const placed: PlacedCell[] = [];
  table.rows.forEach((cells, row) => {
    let column = 0;
    for (const cell of cells) {
      while (covered.has(`${row}:${column}`)) column += 1;
      placed.push({ cell, row, column });
      for (let r = row; r < row + cell.rowSpan; r += 1) {
        for (let c = column; c < column + cell.colSpan; c += 1) covered.add(`${r}:${c}`);
      }
      column += cell.colSpan;
    }
  });
  return placed;
}

/**
 * The cells of each row as a page flattened to text shows them: a cell's text once however many
 * columns it spans, and an empty cell where a cell from a row above spans down (once per such cell).
 */
export function flattenRows(table: ReportTable): string[][] {
  const placed = placeCells(table);
  const columnCount = table.columnWeights.length;
  return table.rows.map((_, row) => {
    const texts: string[] = [];
    let column = 0;
    while (column < columnCount) {
      const here = placed.find((p) => p.column === column && p.row <= row && row < p.row + p.cell.rowSpan);
      if (here === undefined) break;
      texts.push(here.row === row ? here.cell.text : '');
      column += here.cell.colSpan;
    }
    return texts;
  });
}

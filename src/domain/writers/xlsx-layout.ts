/**
 * Column widths and row heights for the sheets. Spreadsheet programs do not grow a row to fit
 * wrapped text when they open a file (and never for merged cells), so the writer sets heights
 * from an estimate of how many lines each cell's text takes.
 */
import { placeCells, type ReportTable } from './table-grid.ts';

/** Width units per character of 11pt CJK text (a unit is one '0' of the default font). */
const unitsPerCharacter = 2.1;
const pointsPerLine = 15;

/** Column widths in Excel's units, from the table's weights (characters of text). */
export function listColumnWidths(table: ReportTable): number[] {
  return table.columnWeights.map((w) => Math.round(w * unitsPerCharacter * 1.15 + 2));
}

/** The lines a text takes in a cell of the given width: CJK characters count one, others half. */
export function estimateLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - 1) / unitsPerCharacter));
  return text
    .split('\n')
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(measureText(paragraph) / perLine)), 0);
}

function measureText(text: string): number {
  let length = 0;
  for (const char of text) length += char.charCodeAt(0) > 0x2e7f ? 1 : 0.5;
  return length;
}

/** Each grid row's height in points: enough for the tallest cell that sits in that row alone. */
export function listRowHeights(table: ReportTable, widths: readonly number[]): number[] {
  const lines = table.rows.map(() => 1);
  for (const { cell, row, column } of placeCells(table)) {
    if (cell.rowSpan > 1) continue;
    const width = widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0);
    lines[row] = Math.max(lines[row]!, estimateLines(cell.text, width));
  }
  return lines.map((n) => heightForLines(n));
}

export function heightForLines(lines: number): number {
  return lines * pointsPerLine + 4;
}

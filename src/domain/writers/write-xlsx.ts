/**
 * The report as a workbook: a sheet 报告信息 (agency, year, period, narrative) and one sheet per
 * table in the official layout. Totals are formulas that carry the printed value as their cached
 * result; where the printed total is not the sum of its parts, a note on the cell gives both numbers.
 */
import ExcelJS from 'exceljs';
import type { AnnualReport } from '../annual-report/model.ts';
import { buildReportTables } from './report-tables.ts';
import { composeTitle } from './report-text.ts';
import { compareTotal, listTotalSums } from './report-totals.ts';
import { placeCells, type GridCell, type PlacedCell, type ReportTable } from './table-grid.ts';
import { listColumnWidths, listRowHeights } from './xlsx-layout.ts';
import { addInfoSheet, styleGridCell, styleTitleCell } from './xlsx-style.ts';

export const sheetNames: Record<ReportTable['key'], string> = {
  proactive: '表二 主动公开',
  applications: '表三 依申请公开',
  reviews: '表四 复议诉讼',
};

/** Where a figure sits: its sheet, row and column (1-based). */
interface FigureCell {
  sheet: ExcelJS.Worksheet;
  row: number;
  column: number;
}

/** The sheet row of the table's first row: row 1 holds the section heading. */
const firstGridRow = 2;

export async function writeXlsx(report: AnnualReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';
  workbook.title = composeTitle(report);
  addInfoSheet(workbook, report);
  const figureCells = new Map<string, FigureCell>();
  for (const table of buildReportTables(report)) {
    const sheet = addTableSheet(workbook, table);
    for (const { cell, row, column } of placeCells(table)) {
      if (cell.path !== undefined) figureCells.set(cell.path, { sheet, row: row + firstGridRow, column: column + 1 });
    }
  }
  writeTotalFormulas(report, figureCells);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addTableSheet(workbook: ExcelJS.Workbook, table: ReportTable): ExcelJS.Worksheet {
  const width = table.columnWeights.length;
  const sheet = workbook.addWorksheet(sheetNames[table.key], {
    views: [{ state: 'frozen', xSplit: table.labelColumnCount, ySplit: firstGridRow - 1 + table.headerRowCount }],
    pageSetup: {
      paperSize: 9,
      orientation: table.key === 'reviews' ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      ...(table.headerRowCount > 0 ? { printTitlesRow: `${firstGridRow}:${firstGridRow - 1 + table.headerRowCount}` } : {}),
    },
  });
  const widths = listColumnWidths(table);
  sheet.columns = widths.map((w) => ({ width: w }));
  listRowHeights(table, widths).forEach((height, row) => {
    sheet.getRow(row + firstGridRow).height = height;
  });
  sheet.mergeCells(1, 1, 1, width);
  styleTitleCell(sheet.getCell(1, 1), table.heading);
  sheet.getRow(1).height = 24;
  for (const placed of placeCells(table)) writeGridCell(sheet, placed);
  return sheet;
}

function writeGridCell(sheet: ExcelJS.Worksheet, { cell, row, column }: PlacedCell): void {
  const top = row + firstGridRow;
  const left = column + 1;
  const bottom = top + cell.rowSpan - 1;
  const right = left + cell.colSpan - 1;
  if (bottom > top || right > left) sheet.mergeCells(top, left, bottom, right);
  for (let r = top; r <= bottom; r += 1) {
    for (let c = left; c <= right; c += 1) styleGridCell(sheet.getCell(r, c), cell);
  }
  sheet.getCell(top, left).value = cellValue(cell);
}

function cellValue(cell: GridCell): ExcelJS.CellValue {
  if (cell.role !== 'figure') return cell.text;
  if (cell.value === null || cell.value === undefined) return null;
  if (typeof cell.value === 'number') return cell.value;
  const amount = Number(cell.value);
  return Number.isFinite(amount) ? amount : cell.value;
}

/** Turns every total into a SUM formula whose cached result is the printed total, with a note where they differ. */
function writeTotalFormulas(report: AnnualReport, figureCells: Map<string, FigureCell>): void {
  for (const total of listTotalSums()) {
    const target = figureCells.get(total.path);
    const parts = total.parts.map((p) => figureCells.get(p)).filter((p) => p !== undefined);
    if (target === undefined || parts.length !== total.parts.length) continue;
    const formula = composeSumFormula(parts);
    const { printed, sum, differs } = compareTotal(report, total);
    const cell = target.sheet.getCell(target.row, target.column);
    cell.value = printed === null ? { formula } : { formula, result: printed };
    if (differs) cell.note = `报告所列数值为${printed}，而各项之和为${sum}（本格公式 =${formula} 按各项计算）。`;
  }
}

/** `SUM(D4:I4)` for cells in one run of a row or a column, `SUM(D4,F4)` otherwise. */
function composeSumFormula(parts: readonly FigureCell[]): string {
  const address = (p: FigureCell) => p.sheet.getCell(p.row, p.column).address;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const inRow = parts.every((p, i) => p.row === first.row && p.column === first.column + i);
  const inColumn = parts.every((p, i) => p.column === first.column && p.row === first.row + i);
  if (inRow || inColumn) return `SUM(${address(first)}:${address(last)})`;
  return `SUM(${parts.map(address).join(',')})`;
}

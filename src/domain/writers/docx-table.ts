/** A report table as a real Word table: ruled, merged cells as in the official format, headings repeated on each page. */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { fonts, fontSize, textWidth } from './docx-style.ts';
import type { GridCell, ReportTable } from './table-grid.ts';

const rule = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = {
  top: rule,
  bottom: rule,
  left: rule,
  right: rule,
  insideHorizontal: rule,
  insideVertical: rule,
};

export function buildDocxTable(table: ReportTable): Table {
  const columnWidths = scaleWidths(table.columnWeights, textWidth);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders,
    rows: table.rows.map(
      (cells, i) =>
        new TableRow({
          children: cells.map((cell) => buildCell(cell)),
          cantSplit: true,
          ...(i < table.headerRowCount ? { tableHeader: true } : {}),
        }),
    ),
  });
}

/** Widths in twips proportional to the weights, adding up exactly to the total. */
export function scaleWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w * total) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function buildCell(cell: GridCell): TableCell {
  const run = cell.text === '' ? [] : [new TextRun({ text: cell.text, font: fonts.table, size: fontSize.table, bold: cell.role === 'head' })];
  return new TableCell({
    children: [
      new Paragraph({
        children: run,
        alignment: cell.role === 'label' ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        indent: { firstLine: 0 },
      }),
    ],
    columnSpan: cell.colSpan,
    rowSpan: cell.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
  });
}

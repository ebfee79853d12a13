/** The look of the workbook: 仿宋 text, ruled cells, number formats, and the 报告信息 sheet. */
import type ExcelJS from 'exceljs';
import { sectionHeadings } from '../annual-report/layout.ts';
import { sectionKeys, type AnnualReport } from '../annual-report/model.ts';
import { composeTitle } from './report-text.ts';
import { estimateLines, heightForLines } from './xlsx-layout.ts';
import type { GridCell } from './table-grid.ts';

const fontName = '仿宋';
const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const ruled: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export function styleTitleCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = { name: '黑体', size: 14 };
  cell.alignment = { vertical: 'middle', horizontal: 'left' };
}

/** Borders on every cell of a merged range too, so that the rules show in every spreadsheet program. */
export function styleGridCell(target: ExcelJS.Cell, cell: GridCell): void {
  target.border = ruled;
  target.font = { name: fontName, size: 11, bold: cell.role === 'head' };
  target.alignment = {
    vertical: 'middle',
    horizontal: cell.role === 'label' ? 'left' : 'center',
    wrapText: true,
  };
  if (cell.role === 'figure') target.numFmt = numberFormatOf(cell.value);
}

/** Whole counts as `0`; an amount with as many decimals as the report printed, so it shows exactly as printed. */
export function numberFormatOf(value: GridCell['value']): string {
  if (typeof value === 'string') {
    const decimals = value.split('.')[1]?.length ?? 0;
    return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  }
  return typeof value === 'number' && !Number.isInteger(value) ? 'General' : '0';
}

/** 报告信息: the title, agency, year, statistics period, format and the narrative sections. */
export function addInfoSheet(workbook: ExcelJS.Workbook, report: AnnualReport): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('报告信息', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [26, 90];
  sheet.columns = widths.map((width) => ({ width }));
  const rows: [string, string | number | null][] = [
    ['项目', '内容'],
    ['标题', composeTitle(report)],
    ['行政机关', report.agency],
    ['年度', report.year],
    ['统计期限起', report.period.from],
    ['统计期限止', report.period.to],
    ['报告格式', report.format === '2019' ? '国办公开办函〔2019〕60号（试行）' : '国办公开办函〔2021〕30号'],
    ...sectionKeys.map((key): [string, string | null] => [sectionHeadings[key], report.sections[key]]),
  ];
  rows.forEach(([label, value], i) => {
    const row = sheet.getRow(i + 1);
    row.height = heightForLines(estimateLines(String(value ?? ''), widths[1]!));
    row.getCell(1).value = label;
    row.getCell(2).value = value;
    for (const cell of [row.getCell(1), row.getCell(2)]) {
      cell.border = ruled;
      cell.font = { name: fontName, size: 11, bold: i === 0 };
      cell.alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
    }
  });
  return sheet;
}

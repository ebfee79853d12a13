/**
 * Table B as a file, through the annual report's own writers, so that the export looks exactly
 * like table 三 of a report: CSV (the figure lines of 表三) or XLSX (its sheet, totals as formulas).
 */
import ExcelJS from 'exceljs';
import type { AnnualReport } from '../../../domain/annual-report/model.ts';
import { csvHeader, quoteCsvField, writeCsv } from '../../../domain/writers/write-csv.ts';
import { outputFormatFiles } from '../../../domain/writers/write-report.ts';
import { sheetNames, writeXlsx } from '../../../domain/writers/write-xlsx.ts';

export const tableBExportFormats = ['csv', 'xlsx'] as const;
export type TableBExportFormat = (typeof tableBExportFormats)[number];

export interface ExportedFile {
  filename: string;
  mediaType: string;
  content: Uint8Array | string;
}

export async function exportTableB(report: AnnualReport, format: TableBExportFormat, fileStem: string): Promise<ExportedFile> {
  const { extension, mediaType } = outputFormatFiles[format];
  const content = format === 'csv' ? tableBCsv(report) : await tableBWorkbook(report);
  return { filename: `${fileStem}.${extension}`, mediaType, content };
}

/** The writer's CSV, only the header and the lines of 表三. */
function tableBCsv(report: AnnualReport): string {
  const header = csvHeader.map(quoteCsvField).join(',');
  const lines = writeCsv(report)
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line.startsWith('表三,'));
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}

/** The writer's workbook without the sheets of tables 二 and 四, which the register does not fill. */
async function tableBWorkbook(report: AnnualReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(report)).slice().buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  for (const name of [sheetNames.proactive, sheetNames.reviews]) {
    const sheet = workbook.getWorksheet(name);
    if (sheet !== undefined) workbook.removeWorksheet(sheet.id);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

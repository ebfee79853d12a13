/**
 * A ledger file (XLSX, or CSV in UTF-8 or GBK as Excel saves it in China) as a grid of text cells:
 * the header row and the data rows with their row numbers in the file, so that the row report
 * points at the line the person sees in Excel. Old .xls files are refused with a clear message.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { DomainError } from '../errors.ts';
import { normalizeHeader } from './guess-mapping.ts';
import { ledgerFieldInfo, ledgerFields } from './ledger-fields.ts';

export interface LedgerRow {
  /** 1-based row (XLSX) or line (CSV) number in the file. */
  rowNumber: number;
  cells: string[];
}

export interface LedgerSheet {
  headers: string[];
  rows: LedgerRow[];
}

export const ledgerLimits = { rows: 2000, columns: 40, cellLength: 10_000 } as const;

export class UnreadableLedgerError extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ledger_file_rejected', message, options);
  }
}

export async function readLedgerFile(bytes: Uint8Array): Promise<LedgerSheet> {
  if (bytes.length === 0) throw new UnreadableLedgerError('上传的文件是空的。');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new UnreadableLedgerError('这是旧版 Excel（.xls）文件，请在 Excel 中“另存为”.xlsx 或 CSV 后再上传。');
  }
  const grid = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ? await readXlsxGrid(bytes) : readCsvGrid(bytes);
  return toSheet(grid);
}

/** UTF-8 when the bytes are valid UTF-8 (BOM or not), else GB18030 (a superset of GBK). */
export function decodeLedgerText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function readCsvGrid(bytes: Uint8Array): { rowNumber: number; cells: string[] }[] {
  const text = decodeLedgerText(bytes);
  if (text.includes('\u0000')) throw new UnreadableLedgerError('无法识别文件格式，请上传 .xlsx 或 CSV 文件。');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  try {
    const records = parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return records.map(({ record, info }) => ({ rowNumber: info.lines, cells: record }));
  } catch (error) {
    throw new UnreadableLedgerError(`CSV 文件格式有误：${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

async function readXlsxGrid(bytes: Uint8Array): Promise<{ rowNumber: number; cells: string[] }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new UnreadableLedgerError('无法读取该 Excel 文件，文件可能已损坏或不是 .xlsx 格式。', { cause: error });
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (sheet === undefined) throw new UnreadableLedgerError('Excel 文件中没有数据。');
  const grid: { rowNumber: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    grid.push({ rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return grid;
}

/** A cell's value as the person sees it; dates as YYYY-MM-DD (exceljs gives them as UTC). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

function toSheet(grid: { rowNumber: number; cells: string[] }[]): LedgerSheet {
  const rows = grid
    .map(({ rowNumber, cells }) => ({ rowNumber, cells: cells.map((c) => c.trim().slice(0, ledgerLimits.cellLength)) }))
    .filter((row) => row.cells.some((c) => c !== ''));
  if (rows.length === 0) throw new UnreadableLedgerError('文件中没有数据。');
  const headerIndex = findHeaderRow(rows);
  const header = rows[headerIndex]!;
  const data = rows.slice(headerIndex + 1);
  if (header.cells.length > ledgerLimits.columns) throw new UnreadableLedgerError(`台账的列数超过${ledgerLimits.columns}列，请删去无关的列后再上传。`);
  if (data.length === 0) throw new UnreadableLedgerError('台账只有标题行，没有申请记录。');
  if (data.length > ledgerLimits.rows) throw new UnreadableLedgerError(`台账共${data.length}行，超过一次导入的上限${ledgerLimits.rows}行，请分批导入。`);
  const width = Math.max(header.cells.length, ...data.map((r) => r.cells.length));
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  return { headers: pad(header.cells), rows: data.map((r) => ({ rowNumber: r.rowNumber, cells: pad(r.cells) })) };
}

/** The first of the top rows naming at least two known fields; a title row above it is skipped. */
function findHeaderRow(rows: readonly { cells: string[] }[]): number {
  const known = ledgerFields.flatMap((field) => ledgerFieldInfo[field].headers);
  const index = rows.slice(0, 10).findIndex((row) => {
    const names = row.cells.map(normalizeHeader).filter((cell) => cell !== '');
    return names.filter((cell) => known.some((alias) => cell.includes(alias))).length >= 2;
  });
  return index === -1 ? 0 : index;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/**
 * The figures of 条例 Art. 20 that table A reports per agency and year: the number of licensing
 * (行政许可), penalty (行政处罚) and enforcement (行政强制) decisions, and the administrative fees
 * collected (行政事业性收费) in 万元. Counts are whole numbers ≥ 0 or blank (not entered); the amount
 * is a decimal ≥ 0 with at most 6 decimals, kept exactly as entered (`24252.311082`, `12.50`).
 *
 * They are entered in a form or imported from a CSV file with one row per agency and year
 * (`机关代码,年度,行政许可,行政处罚,行政强制,行政事业性收费（万元）`, UTF-8 or GBK as Excel saves it);
 * every bad cell is reported as { row, field, message }, and a file with any problem imports nothing.
 */
import { parse } from 'csv-parse/sync';
import type { Issue } from '../accounts/issue.ts';
import { decodeLedgerText } from '../ledger/read-ledger-file.ts';

export interface Art20Figures {
  licensingDecisions: number | null;
  penaltyDecisions: number | null;
  enforcementDecisions: number | null;
  /** 本年收费金额（万元）, exactly as entered; null when not entered. */
  feesWanYuan: string | null;
}

export type Art20Field = keyof Art20Figures;
export const art20Fields: readonly Art20Field[] = ['licensingDecisions', 'penaltyDecisions', 'enforcementDecisions', 'feesWanYuan'];

export const art20FieldNames: Record<Art20Field, string> = {
  licensingDecisions: '行政许可',
  penaltyDecisions: '行政处罚',
  enforcementDecisions: '行政强制',
  feesWanYuan: '行政事业性收费（万元）',
};

export const blankArt20Figures: Art20Figures = { licensingDecisions: null, penaltyDecisions: null, enforcementDecisions: null, feesWanYuan: null };

export const art20Limits = { maxCount: 999_999_999, maxIntegerDigits: 12, maxDecimals: 6, importRows: 2000 } as const;

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

// Grouped thousands (1,234 or 24,252.5) as Excel may export them: the separators carry no value.
const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function ungroup(text: string): string {
  return grouped.test(text) ? text.replaceAll(',', '') : text;
}

/** A decision count: blank → null; else a whole number ≥ 0. */
export function parseDecisionCount(raw: string, label: string): Parsed<number | null> {
  const text = ungroup(raw.trim());
  if (text === '') return { ok: true, value: null };
  if (/^-\d/.test(text)) return { ok: false, message: `${label}不能为负数。` };
  if (!/^\d+$/.test(text)) return { ok: false, message: `${label}应为整数件数（如 128），未统计请留空。` };
  const value = Number(text);
  if (value > art20Limits.maxCount) return { ok: false, message: `${label}的件数过大，请核对。` };
  return { ok: true, value };
}

/** The fee amount in 万元: blank → null; else a decimal ≥ 0 with at most 6 decimals, kept as written. */
export function parseFeeAmount(raw: string, label = art20FieldNames.feesWanYuan): Parsed<string | null> {
  const text = ungroup(raw.trim());
  if (text === '') return { ok: true, value: null };
  if (/^-\d/.test(text)) return { ok: false, message: `${label}不能为负数。` };
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return { ok: false, message: `${label}应为以万元为单位的数字（如 24252.311082），不要带“万元”等文字。` };
  const [, whole = '', decimals = ''] = match;
  if (decimals.length > art20Limits.maxDecimals) return { ok: false, message: `${label}最多保留${art20Limits.maxDecimals}位小数（即精确到分）。` };
  if (whole.length > 1 && whole.startsWith('0')) return { ok: false, message: `${label}的整数部分不能以 0 开头。` };
  if (whole.length > art20Limits.maxIntegerDigits) return { ok: false, message: `${label}过大，请核对单位是否为万元。` };
  return { ok: true, value: text };
}

/** The four figures from a form's text fields (keyed by `Art20Field`); issues per field. */
export function parseArt20Form(input: Partial<Record<Art20Field, string>>): { ok: true; value: Art20Figures } | { ok: false; issues: Issue[] } {
  const { figures, problems } = parseFigures((field) => input[field] ?? '');
  if (problems.length === 0) return { ok: true, value: figures };
  return { ok: false, issues: problems.map(({ field, message }) => ({ code: `art20.invalid.${field}`, path: field, message })) };
}

type CountField = Exclude<Art20Field, 'feesWanYuan'>;

function parseFigures(read: (field: Art20Field) => string): { figures: Art20Figures; problems: { field: Art20Field; message: string }[] } {
  const problems: { field: Art20Field; message: string }[] = [];
  const count = (field: CountField): number | null => {
    const parsed = parseDecisionCount(read(field), art20FieldNames[field]);
    if (parsed.ok) return parsed.value;
    problems.push({ field, message: parsed.message });
    return null;
  };
  const licensingDecisions = count('licensingDecisions');
  const penaltyDecisions = count('penaltyDecisions');
  const enforcementDecisions = count('enforcementDecisions');
  const fees = parseFeeAmount(read('feesWanYuan'));
  if (!fees.ok) problems.push({ field: 'feesWanYuan', message: fees.message });
  return { figures: { licensingDecisions, penaltyDecisions, enforcementDecisions, feesWanYuan: fees.ok ? fees.value : null }, problems };
}

/** One imported row: the agency by its code, the year and its figures. */
export interface Art20ImportRow {
  /** The line in the file (1-based), as Excel shows it. */
  row: number;
  agencyCode: string;
  year: number;
  figures: Art20Figures;
}

/** A problem with a cell or the file: row 0 is the file itself, row 1 usually the header. */
export interface Art20ImportProblem {
  row: number;
  field: string;
  message: string;
}

type Column = 'agencyCode' | 'year' | Art20Field;
const columnNames: Record<Column, string> = { agencyCode: '机关代码', year: '年度', ...art20FieldNames };

// Headers as people write them, after normalisation (no spaces, half-width brackets, lower case).
const headerAliases: Record<Column, readonly string[]> = {
  agencyCode: ['机关代码', '机关编码', '单位代码', 'agencycode', 'agency'],
  year: ['年度', '年份', 'year'],
  licensingDecisions: ['行政许可', 'licensing'],
  penaltyDecisions: ['行政处罚', 'penalty'],
  enforcementDecisions: ['行政强制', 'enforcement'],
  feesWanYuan: ['行政事业性收费', '收费金额', '本年收费金额', 'fees'],
};

export function normalizeArt20Header(header: string): string {
  return header
    .replace(/[\s\u3000]/g, '')
    .replaceAll('（', '(')
    .replaceAll('）', ')')
    .replaceAll('：', ':')
    .toLowerCase();
}

/** The column a header names: exactly an alias, or an alias followed by a qualifier (`行政许可决定数量`, `(万元)`). */
function columnOf(header: string): Column | null {
  const name = normalizeArt20Header(header);
  for (const [column, aliases] of Object.entries(headerAliases) as [Column, readonly string[]][]) {
    if (aliases.some((alias) => name === alias || (/^[^a-z]/.test(alias) && name.startsWith(alias)))) return column;
  }
  return null;
}

/** Reads the CSV file; the caller checks the agency codes and writes the rows only when `problems` is empty. */
export function readArt20Csv(bytes: Uint8Array, options: { firstYear: number; lastYear: number }): { rows: Art20ImportRow[]; problems: Art20ImportProblem[] } {
  const records = readRecords(bytes);
  if (!Array.isArray(records)) return { rows: [], problems: [records] };
  const [header, ...data] = records;
  if (header === undefined) return { rows: [], problems: [{ row: 0, field: '文件', message: '文件中没有数据。' }] };
  const mapped = mapColumns(header);
  if (!(mapped instanceof Map)) return { rows: [], problems: [mapped] };
  if (data.length === 0) return { rows: [], problems: [{ row: header.line, field: '文件', message: '文件只有标题行，没有数据。' }] };
  if (data.length > art20Limits.importRows) return { rows: [], problems: [{ row: 0, field: '文件', message: `文件共${data.length}行，超过一次导入的上限${art20Limits.importRows}行，请分批导入。` }] };
  const rows: Art20ImportRow[] = [];
  const problems: Art20ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const record of data) {
    const read = readRow(record, mapped, options);
    problems.push(...read.problems);
    if (read.row === null) continue;
    const key = `${read.row.agencyCode}/${read.row.year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push({ row: record.line, field: columnNames.agencyCode, message: `与第${earlier}行重复：同一机关同一年度只能有一行。` });
    else seen.set(key, record.line);
    rows.push(read.row);
  }
  return { rows, problems };
}

interface CsvRecord {
  line: number;
  cells: string[];
}

function readRecords(bytes: Uint8Array): CsvRecord[] | Art20ImportProblem {
  if (bytes.length === 0) return { row: 0, field: '文件', message: '上传的文件是空的。' };
  const text = decodeLedgerText(bytes);
  if (text.includes('\u0000') || /^PK\u0003\u0004/.test(text)) return { row: 0, field: '文件', message: '请上传 CSV 文件（在 Excel 中“另存为”CSV 格式）。' };
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  try {
    const records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.filter(({ record }) => record.some((cell) => cell.trim() !== '')).map(({ record, info }) => ({ line: info.lines, cells: record }));
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error && typeof error.lines === 'number' ? error.lines : 0;
    return { row: line, field: '文件', message: 'CSV 文件格式有误（引号不配对等），请在 Excel 中重新另存为 CSV。' };
  }
}

function mapColumns(header: CsvRecord): Map<Column, number> | Art20ImportProblem {
  const mapped = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column !== null && !mapped.has(column)) mapped.set(column, index);
  });
  const missing = (Object.keys(columnNames) as Column[]).filter((column) => !mapped.has(column));
  if (missing.length === 0) return mapped;
  const names = missing.map((column) => columnNames[column]).join('、');
  return { row: header.line, field: '标题行', message: `标题行缺少：${names}。第一行应为：${Object.values(columnNames).join(',')}` };
}

function readRow(record: CsvRecord, mapped: Map<Column, number>, options: { firstYear: number; lastYear: number }): { row: Art20ImportRow | null; problems: Art20ImportProblem[] } {
  const cell = (column: Column) => (record.cells[mapped.get(column)!] ?? '').trim();
  const problems: Art20ImportProblem[] = [];
  const problem = (column: Column, message: string) => problems.push({ row: record.line, field: columnNames[column], message });
  const agencyCode = cell('agencyCode');
  if (agencyCode === '') problem('agencyCode', '请填写机关代码（如 lcx-fgj）。');
  const yearText = cell('year').replace(/年$/, '');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (year === null) problem('year', '年度应为四位数字，如 2025。');
  else if (year < options.firstYear || year > options.lastYear) problem('year', `年度应在${options.firstYear}至${options.lastYear}年之间。`);
  const { figures, problems: cellProblems } = parseFigures(cell);
  for (const { field, message } of cellProblems) problem(field, message);
  const isUsable = agencyCode !== '' && year !== null;
  return { row: isUsable ? { row: record.line, agencyCode, year, figures } : null, problems };
}

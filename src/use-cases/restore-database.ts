/**
 * `gongkai restore`: loads a backup (see backup-database.ts) into an empty database of the same
 * schema version, in one transaction: either everything is restored or nothing is. The audit trail
 * is restored verbatim (same seq, hashes and times), so its chain still verifies afterwards.
 */
import type { JsonObject } from '../domain/audit/audit-entry.ts';
import { DomainError } from '../domain/errors.ts';
import { backupFormat, backupFormatVersion, type BackupHeader, type BackupSummary } from './backup-database.ts';

export class BackupInvalidError extends DomainError {
  constructor(lineNumber: number | null, problem: string) {
    super('backup_invalid', `备份文件${lineNumber === null ? '' : `第 ${lineNumber} 行`}有误：${problem}`);
  }
}

export class RestoreRefusedError extends DomainError {
  constructor(code: 'restore_target_not_empty' | 'backup_schema_mismatch', message: string) {
    super(code, message);
  }
}

export interface RestoreWriter {
  isEmpty(): Promise<boolean>;
  insertRows(table: string, rows: readonly JsonObject[]): Promise<void>;
  /** Called once after the last row of a table (second-pass work such as self-references). */
  finishTable(table: string): Promise<void>;
  /** Called once after everything is inserted (sequences). */
  finish(): Promise<void>;
}

export interface BackupTarget {
  schemaVersion: string;
  tables: readonly string[];
  /** Runs `work` in one transaction that keeps other writers out; rolls back when it throws. */
  restoreInTransaction(work: (writer: RestoreWriter) => Promise<void>): Promise<void>;
}

interface NumberedLine {
  number: number;
  text: string;
}

const batchSize = 500;

export async function restoreDatabase(target: BackupTarget, lines: AsyncIterable<string>): Promise<BackupSummary> {
  const numbered = numberLines(lines)[Symbol.asyncIterator]();
  const first = await numbered.next();
  if (first.done === true) throw new BackupInvalidError(1, '文件为空，不是备份文件');
  const header = parseHeader(first.value);
  checkCompatible(header, target);
  let rowCounts: Record<string, number> = {};
  await target.restoreInTransaction(async (writer) => {
    if (!(await writer.isEmpty())) {
      throw new RestoreRefusedError('restore_target_not_empty', '目标数据库不是空的：恢复只能写入新建的空数据库，以免覆盖现有数据。请换用空的数据目录或新建的数据库后重试。');
    }
    rowCounts = await restoreRows(writer, header.tables, numbered);
    await writer.finish();
  });
  return { schema: header.schema, rowCounts };
}

async function restoreRows(
  writer: RestoreWriter,
  tables: readonly string[],
  lines: AsyncIterator<NumberedLine>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(tables.map((t) => [t, 0]));
  let tableIndex = 0;
  let batch: JsonObject[] = [];
  const flush = async () => {
    if (batch.length > 0) await writer.insertRows(tables[tableIndex]!, batch);
    batch = [];
  };
  for (let next = await lines.next(); next.done !== true; next = await lines.next()) {
    const line = next.value;
    const record = parseJsonObject(line);
    if (record.end === true) {
      await flush();
      for (const table of tables.slice(tableIndex)) await writer.finishTable(table);
      checkTrailer(record, counts, line.number);
      await expectNothingAfter(lines);
      return counts;
    }
    const { table, row } = parseRowRecord(record, line.number);
    const index = tables.indexOf(table);
    if (index < 0) throw new BackupInvalidError(line.number, `未知的数据表 ${table}`);
    if (index < tableIndex) throw new BackupInvalidError(line.number, `数据表 ${table} 的行出现在后续数据表之后，顺序不对`);
    for (; tableIndex < index; tableIndex += 1) {
      await flush();
      await writer.finishTable(tables[tableIndex]!);
    }
    batch.push(row);
    counts[table]! += 1;
    if (batch.length >= batchSize) await flush();
  }
  throw new BackupInvalidError(null, '文件不完整（缺少结尾行），可能在复制或写入时被截断');
}

function parseHeader(line: NumberedLine): BackupHeader {
  const record = parseJsonObject(line);
  if (record.format !== backupFormat) throw new BackupInvalidError(line.number, '不是 gongkai 备份文件（缺少格式标记）');
  if (record.version !== backupFormatVersion) {
    throw new BackupInvalidError(line.number, `备份格式版本 ${String(record.version)} 不受支持（本程序支持版本 ${backupFormatVersion}）`);
  }
  const { schema, createdAt, tables } = record;
  if (typeof schema !== 'string' || typeof createdAt !== 'string' || !isStringArray(tables)) {
    throw new BackupInvalidError(line.number, '文件头缺少 schema、createdAt 或 tables');
  }
  return { format: backupFormat, version: backupFormatVersion, schema, createdAt, tables };
}

function checkCompatible(header: BackupHeader, target: BackupTarget): void {
  const sameTables = header.tables.length === target.tables.length && header.tables.every((t, i) => t === target.tables[i]);
  if (header.schema !== target.schemaVersion || !sameTables) {
    throw new RestoreRefusedError(
      'backup_schema_mismatch',
      `备份的数据库版本（${header.schema}）与本程序的数据库版本（${target.schemaVersion}）不同：请使用与备份相同版本的程序恢复，再升级程序。`,
    );
  }
}

function parseRowRecord(record: JsonObject, lineNumber: number): { table: string; row: JsonObject } {
  const { table, row } = record;
  if (typeof table !== 'string' || row === null || typeof row !== 'object' || Array.isArray(row)) {
    throw new BackupInvalidError(lineNumber, '数据行应为 {"table": 表名, "row": {…}}');
  }
  return { table, row };
}

function checkTrailer(record: JsonObject, counts: Record<string, number>, lineNumber: number): void {
  const expected = record.rowCounts;
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) {
    throw new BackupInvalidError(lineNumber, '结尾行缺少各表行数');
  }
  for (const [table, count] of Object.entries(counts)) {
    if (expected[table] !== count) {
      throw new BackupInvalidError(lineNumber, `数据表 ${table} 应有 ${String(expected[table])} 行，文件中只有 ${count} 行`);
    }
  }
}

async function expectNothingAfter(lines: AsyncIterator<NumberedLine>): Promise<void> {
  const extra = await lines.next();
  if (extra.done !== true) throw new BackupInvalidError(extra.value.number, '结尾行之后还有内容');
}

function parseJsonObject(line: NumberedLine): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch {
    throw new BackupInvalidError(line.number, '不是有效的 JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new BackupInvalidError(line.number, '应为 JSON 对象');
  return value as JsonObject;
}

/** Non-blank lines with their 1-based line numbers. */
async function* numberLines(lines: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (text.trim() !== '') yield { number, text };
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

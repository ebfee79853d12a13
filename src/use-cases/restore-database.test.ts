import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../domain/audit/audit-entry.ts';
import { backupDatabase, type BackupSource } from './backup-database.ts';
import { BackupInvalidError, restoreDatabase, RestoreRefusedError, type BackupTarget } from './restore-database.ts';

const tables = ['parents', 'children'];

function fakeSource(rows: Record<string, JsonObject[]>): BackupSource {
  return {
    schemaVersion: '0001_test',
    tables,
    withSnapshot: (work) =>
      work({
        async *readRows(table) {
          for (const row of rows[table] ?? []) yield JSON.stringify(row);
        },
      }),
  };
}

interface Recorded {
  calls: string[];
  inserted: Record<string, JsonObject[]>;
  committed: boolean;
}

function fakeTarget(options: { empty?: boolean; schemaVersion?: string } = {}): BackupTarget & { recorded: Recorded } {
  const recorded: Recorded = { calls: [], inserted: {}, committed: false };
  return {
    recorded,
    schemaVersion: options.schemaVersion ?? '0001_test',
    tables,
    async restoreInTransaction(work) {
      await work({
        isEmpty: async () => options.empty ?? true,
        insertRows: async (table, rows) => {
          recorded.calls.push(`insert ${table} ${rows.length}`);
          recorded.inserted[table] = [...(recorded.inserted[table] ?? []), ...rows];
        },
        finishTable: async (table) => void recorded.calls.push(`finish ${table}`),
        finish: async () => void recorded.calls.push('finish'),
      });
      recorded.committed = true;
    },
  };
}

async function backupOf(rows: Record<string, JsonObject[]>): Promise<string[]> {
  const lines: string[] = [];
  await backupDatabase(fakeSource(rows), async (line) => void lines.push(line), new Date('2025-01-02T03:04:05.000Z'));
  return lines;
}

async function* asLines(lines: readonly string[]): AsyncGenerator<string> {
  yield* lines;
}

async function failureOf(target: BackupTarget, lines: readonly string[]): Promise<Error & { code?: string }> {
  return restoreDatabase(target, asLines(lines)).then(
    () => {
      throw new Error('restore should have failed');
    },
    (error: unknown) => error as Error & { code?: string },
  );
}

const sample = { parents: [{ id: 1, name: '莲城县' }], children: [{ id: 2, parent: 1 }, { id: 3, parent: 1 }] };

describe('backupDatabase', () => {
  it('writes a header, one line per row in table order, and a trailer with the counts', async () => {
    const lines = await backupOf(sample);
    expect(JSON.parse(lines[0]!)).toEqual({ format: 'gongkai-backup', version: 1, schema: '0001_test', createdAt: '2025-01-02T03:04:05.000Z', tables });
    expect(lines.slice(1, -1).map((l) => JSON.parse(l) as unknown)).toEqual([
      { table: 'parents', row: { id: 1, name: '莲城县' } },
      { table: 'children', row: { id: 2, parent: 1 } },
      { table: 'children', row: { id: 3, parent: 1 } },
    ]);
    expect(JSON.parse(lines.at(-1)!)).toEqual({ end: true, rowCounts: { parents: 1, children: 2 } });
  });
});

describe('restoreDatabase', () => {
  it('inserts every row, finishes each table in order, then the whole restore', async () => {
    const target = fakeTarget();
    const summary = await restoreDatabase(target, asLines(await backupOf(sample)));
    expect(summary).toEqual({ schema: '0001_test', rowCounts: { parents: 1, children: 2 } });
    expect(target.recorded.inserted).toEqual(sample);
    expect(target.recorded.calls).toEqual(['insert parents 1', 'finish parents', 'insert children 2', 'finish children', 'finish']);
  });

  it('inserts in batches of at most 500 rows and finishes tables without rows too', async () => {
    const children = Array.from({ length: 1201 }, (_, i) => ({ id: i }));
    const target = fakeTarget();
    await restoreDatabase(target, asLines(await backupOf({ children })));
    expect(target.recorded.calls).toEqual(['finish parents', 'insert children 500', 'insert children 500', 'insert children 201', 'finish children', 'finish']);
  });

  it('ignores blank lines', async () => {
    const lines = await backupOf(sample);
    const target = fakeTarget();
    await restoreDatabase(target, asLines(['', ...lines.flatMap((l) => [l, '  ']), '']));
    expect(target.recorded.inserted).toEqual(sample);
  });

  it('refuses a database that is not empty, before writing anything', async () => {
    const target = fakeTarget({ empty: false });
    const error = await failureOf(target, await backupOf(sample));
    expect(error).toBeInstanceOf(RestoreRefusedError);
    expect(error.code).toBe('restore_target_not_empty');
    expect(target.recorded.calls).toEqual([]);
  });

  it('refuses a backup of another schema version', async () => {
    const target = fakeTarget({ schemaVersion: '0002_newer' });
    const error = await failureOf(target, await backupOf(sample));
    expect(error.code).toBe('backup_schema_mismatch');
    expect(error.message).toContain('0001_test');
  });

  const invalid: [string, (lines: string[]) => string[], RegExp][] = [
    ['an empty file', () => [], /为空/],
    ['a file that is not JSON', () => ['hello'], /第 1 行.*JSON/],
    ['a file of another format', () => [JSON.stringify({ format: 'pg_dump' })], /不是 gongkai 备份/],
    ['a newer format version', (l) => [l[0]!.replace('"version":1', '"version":2'), ...l.slice(1)], /版本 2/],
    ['a truncated file', (l) => l.slice(0, -1), /不完整/],
    ['a trailer whose counts do not match', (l) => [...l.slice(0, 2), ...l.slice(3)], /children 应有 2 行/],
    ['a row of an unknown table', (l) => [l[0]!, '{"table":"users","row":{}}', ...l.slice(1)], /未知的数据表 users/],
    ['rows out of table order', (l) => [l[0]!, l[2]!, l[1]!, ...l.slice(3)], /顺序不对/],
    ['a row that is not an object', (l) => [l[0]!, '{"table":"parents","row":[1]}', ...l.slice(1)], /数据行应为/],
    ['content after the trailer', (l) => [...l, l[1]!], /结尾行之后/],
  ];
  it.each(invalid)('rejects %s with the line number', async (_, change, message) => {
    const target = fakeTarget();
    const error = await failureOf(target, change(await backupOf(sample)));
    expect(error).toBeInstanceOf(BackupInvalidError);
    expect(error.code).toBe('backup_invalid');
    expect(error.message).toMatch(message);
    expect(target.recorded.committed).toBe(false);
  });
});

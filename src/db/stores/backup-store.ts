/** The database side of `gongkai backup` and `gongkai restore`, as the use cases expect it. */
import type { JsonObject } from '../../domain/audit/audit-entry.ts';
import type { BackupSource } from '../../use-cases/backup-database.ts';
import type { BackupTarget, RestoreWriter } from '../../use-cases/restore-database.ts';
import type { Database } from '../database.ts';
import { latestMigrationTag } from '../migrate.ts';
import {
  beginDumpSnapshot,
  deleteTableRows,
  insertTableRows,
  lockTablesForRestore,
  readTableRows,
  resetSequences,
  restoreSelfReferences,
} from '../repositories/backup.ts';
import { applicationTables, findTableSpec, isDatabaseEmpty, type TableSpec } from '../repositories/tables.ts';

export function createBackupStore(db: Database): BackupSource & BackupTarget {
  return {
    schemaVersion: latestMigrationTag(),
    tables: applicationTables.map((t) => t.name),
    withSnapshot: (work) =>
      db.transaction(
        async (tx) => {
          await beginDumpSnapshot(tx);
          return work({ readRows: (table) => readTableRows(tx, specOf(table)) });
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      ),
    restoreInTransaction: (work) =>
      db.transaction(async (tx) => {
        await lockTablesForRestore(tx);
        await work(createRestoreWriter(tx));
      }),
  };
}

function createRestoreWriter(tx: Database): RestoreWriter {
  // Rows of self-referencing tables (agencies) are kept for the second pass; such tables are small.
  const kept = new Map<string, JsonObject[]>();
  // Tables the migrations filled with defaults: the backup's rows replace them (cleared once, before the first row).
  const cleared = new Set<string>();
  const clearSeeded = async (spec: TableSpec): Promise<void> => {
    if (spec.seededByMigrations !== true || cleared.has(spec.name)) return;
    cleared.add(spec.name);
    await deleteTableRows(tx, spec);
  };
  return {
    isEmpty: () => isDatabaseEmpty(tx),
    insertRows: async (table, rows) => {
      const spec = specOf(table);
      await clearSeeded(spec);
      if (spec.selfReferences !== undefined) kept.set(table, [...(kept.get(table) ?? []), ...rows]);
      await insertTableRows(tx, spec, rows);
    },
    finishTable: async (table) => {
      await clearSeeded(specOf(table));
      await restoreSelfReferences(tx, specOf(table), kept.get(table) ?? []);
    },
    finish: () => resetSequences(tx),
  };
}

function specOf(table: string): TableSpec {
  const spec = findTableSpec(table);
  if (spec === undefined) throw new Error(`not an application table: ${table}`);
  return spec;
}

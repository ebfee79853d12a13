/**
 * Logical dump and restore of the application tables, generic over the table list: rows travel as
 * PostgreSQL's own JSON (row_to_json / json_populate_recordset), so every type — timestamps to the
 * microsecond, jsonb, uuids — comes back exactly as it was, on PGlite and PostgreSQL alike.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { JsonObject } from '../../domain/audit/audit-entry.ts';
import { queryRows, type Database } from '../database.ts';
import { applicationTables, type TableSpec } from './tables.ts';

/**
 * Prepares the dump's transaction (which the caller opens as repeatable read, for one point in time
 * across tables): UTC, so that timestamps print the same whichever server's time zone.
 */
export async function beginDumpSnapshot(tx: Database): Promise<void> {
  await tx.execute(sql`set local time zone 'UTC'`);
}

/** The rows of one table as JSON texts, in key order, read in batches of `batchSize`. */
export async function* readTableRows(db: Database, spec: TableSpec, batchSize = 1000): AsyncGenerator<string> {
  const table = sql.identifier(spec.name);
  const keys = spec.keyColumns.map((c) => sql`t.${sql.identifier(c)}`);
  const keyTexts = spec.keyColumns.map((c, i) => sql`t.${sql.identifier(c)}::text as ${sql.identifier(`k${i}`)}`);
  let after: string[] | null = null;
  for (;;) {
    const where: SQL = after === null ? sql`true` : sql`(${sql.join(keys, sql`, `)}) > (${sql.join(after.map((v) => sql`${v}`), sql`, `)})`;
    const rows = await queryRows<Record<string, string>>(
      db,
      sql`select row_to_json(t)::text as row, ${sql.join(keyTexts, sql`, `)} from ${table} t
          where ${where} order by ${sql.join(keys, sql`, `)} limit ${batchSize}`,
    );
    for (const row of rows) yield row.row!;
    if (rows.length < batchSize) return;
    const last = rows.at(-1)!;
    after = spec.keyColumns.map((_, i) => last[`k${i}`]!);
  }
}

/** Keeps other sessions from writing while a restore runs (readers may go on). */
export async function lockTablesForRestore(tx: Database): Promise<void> {
  const names = applicationTables.map((t) => sql.identifier(t.name));
  await tx.execute(sql`lock table ${sql.join(names, sql`, `)} in exclusive mode`);
}

/** Inserts rows verbatim; self-referencing columns are left null here and set by `restoreSelfReferences`. */
export async function insertTableRows(tx: Database, spec: TableSpec, rows: readonly JsonObject[]): Promise<void> {
  if (rows.length === 0) return;
  const deferred = spec.selfReferences ?? [];
  const firstPass = deferred.length === 0 ? rows : rows.map((r) => ({ ...r, ...Object.fromEntries(deferred.map((c) => [c, null])) }));
  const table = sql.identifier(spec.name);
  await tx.execute(sql`insert into ${table} select * from json_populate_recordset(null::${table}, ${JSON.stringify(firstPass)}::json)`);
}

/** The second pass for self-referencing columns, once every row of the table is there. */
export async function restoreSelfReferences(tx: Database, spec: TableSpec, rows: readonly JsonObject[]): Promise<void> {
  const deferred = spec.selfReferences ?? [];
  const withReferences = rows.filter((r) => deferred.some((c) => r[c] !== null && r[c] !== undefined));
  if (deferred.length === 0 || withReferences.length === 0) return;
  const table = sql.identifier(spec.name);
  const sets = deferred.map((c) => sql`${sql.identifier(c)} = r.${sql.identifier(c)}`);
  const match = spec.keyColumns.map((c) => sql`t.${sql.identifier(c)} = r.${sql.identifier(c)}`);
  await tx.execute(
    sql`update ${table} t set ${sql.join(sets, sql`, `)}
        from json_populate_recordset(null::${table}, ${JSON.stringify(withReferences)}::json) r
        where ${sql.join(match, sql` and `)}`,
  );
}

/** Moves each serial column's sequence past the largest restored value. */
export async function resetSequences(tx: Database): Promise<void> {
  for (const spec of applicationTables) {
    for (const column of spec.serialColumns ?? []) {
      const table = sql.identifier(spec.name);
      const col = sql.identifier(column);
      await queryRows(
        tx,
        sql`select setval(pg_get_serial_sequence(${spec.name}, ${column}), coalesce((select max(${col}) from ${table}), 0) + 1, false)::text as value`,
      );
    }
  }
}

/** Empties a table whose rows a restore replaces (defaults the migrations seeded). */
export async function deleteTableRows(tx: Database, spec: TableSpec): Promise<void> {
  await tx.execute(sql`delete from ${sql.identifier(spec.name)}`);
}

/** The one database type the repositories see, whichever driver (PGlite or node-postgres) is behind it. */
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

export type Schema = typeof schema;

/** A drizzle database or a transaction on it (a transaction is a Database too, so repositories compose). */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = 'pglite' | 'postgres';

export const databaseKinds: readonly DatabaseKind[] = ['pglite', 'postgres'];

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

/**
 * Runs a raw statement and returns its rows. Both drivers hand back `{ rows }`; raw queries should
 * cast bigint and numeric results to int or text in SQL, because the drivers parse those differently.
 */
export async function queryRows<Row extends Record<string, unknown>>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute<Row>(query)) as unknown as { rows: Row[] };
  return result.rows;
}

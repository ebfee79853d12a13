/** drizzle's bookkeeping table of applied migrations (kept compatible, so drizzle-kit keeps working). */
import { sql } from 'drizzle-orm';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import { queryRows, type Database } from '../database.ts';

export async function ensureMigrationsTable(tx: Database): Promise<void> {
  await tx.execute(sql`create schema if not exists drizzle`);
  await tx.execute(
    sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`,
  );
}

/** The `when` (journal millis) of every applied migration, oldest first. */
export async function listAppliedMigrations(db: Database): Promise<number[]> {
  const rows = await queryRows<{ created_at: string }>(
    db,
    sql`select created_at::text as created_at from drizzle.__drizzle_migrations order by created_at`,
  );
  return rows.map((r) => Number(r.created_at));
}

/** Runs a migration's statements (one per drizzle-kit breakpoint: PGlite takes one statement per query) and records it. */
export async function applyMigration(tx: Database, migration: MigrationMeta): Promise<void> {
  for (const statement of migration.sql) {
    if (statement.trim() !== '') await tx.execute(sql.raw(statement));
  }
  await tx.execute(
    sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`,
  );
}

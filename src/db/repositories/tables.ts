/**
 * Every table of the application, in an order that respects foreign keys (parents first), with the
 * columns that order its rows. Backups and the emptiness check walk this list; a test checks it
 * against the tables the migrations actually create, so a new table cannot be forgotten.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../database.ts';

export interface TableSpec {
  name: string;
  /** Primary key columns: the dump order and the keyset for reading in batches. */
  keyColumns: readonly string[];
  /** Columns that reference rows of the same table: restored in a second pass (a child may come before its parent). */
  selfReferences?: readonly string[];
  /** Columns filled from a sequence, whose sequence must be moved past the restored values. */
  serialColumns?: readonly string[];
  /** Filled by the migrations (defaults staff may edit): not counted by the emptiness check, replaced by a restore. */
  seededByMigrations?: boolean;
}

export const applicationTables: readonly TableSpec[] = [
  { name: 'agencies', keyColumns: ['id'], selfReferences: ['parent_id'] },
  { name: 'accounts', keyColumns: ['id'] },
  { name: 'role_grants', keyColumns: ['agency_id', 'account_id', 'role'] },
  { name: 'sessions', keyColumns: ['id'] },
  { name: 'audit_log', keyColumns: ['seq'], serialColumns: ['seq'] },
  { name: 'calendar_years', keyColumns: ['year'] },
  { name: 'calendar_days', keyColumns: ['day', 'source'] },
  { name: 'applications', keyColumns: ['id'] },
  { name: 'application_events', keyColumns: ['application_id', 'seq'] },
  { name: 'application_files', keyColumns: ['id'] },
  { name: 'tracking_sequences', keyColumns: ['agency_id', 'year'] },
  { name: 'reply_templates', keyColumns: ['agency_id', 'letter_type'] },
  { name: 'reminders', keyColumns: ['id'], serialColumns: ['id'] },
  { name: 'catalog_settings', keyColumns: ['agency_id'] },
  { name: 'classifications', keyColumns: ['scheme', 'code'], seededByMigrations: true },
  { name: 'index_sequences', keyColumns: ['agency_id', 'year'] },
  { name: 'info_items', keyColumns: ['id'] },
  { name: 'info_item_history', keyColumns: ['id'], serialColumns: ['id'] },
  { name: 'info_item_attachments', keyColumns: ['id'] },
  { name: 'register_events', keyColumns: ['id'], serialColumns: ['id'] },
  { name: 'art20_figures', keyColumns: ['agency_id', 'year'] },
];

export function findTableSpec(name: string): TableSpec | undefined {
  return applicationTables.find((t) => t.name === name);
}

/** The tables in the public schema, as the database has them. */
export async function listPublicTables(db: Database): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select table_name::text as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rows.map((r) => r.name);
}

/** True when no application table has a row (a fresh, migrated database), not counting the migrations' defaults. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const checks = applicationTables.filter((t) => t.seededByMigrations !== true).map((t) => sql`exists (select 1 from ${sql.identifier(t.name)})`);
  const [row] = await queryRows<{ used: boolean }>(db, sql`select (${sql.join(checks, sql` or `)}) as used`);
  return row?.used === false;
}

/** A PostgreSQL server (DATABASE_URL=postgres://…) through a node-postgres pool. */
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database, DatabaseHandle } from '../database.ts';
import * as schema from '../schema/index.ts';

export interface PostgresOptions {
  /** Errors of idle pooled connections (server restart, network). The pool drops such a connection itself. */
  onBackgroundError?: (error: Error) => void;
  maxConnections?: number;
}

export function openPostgres(url: string, options: PostgresOptions = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10, connectionTimeoutMillis: 10_000 });
  // Without a listener an idle connection's error would crash the process.
  pool.on('error', (error) => options.onBackgroundError?.(error));
  const db: Database = drizzle({ client: pool, schema });
  let closing: Promise<void> | undefined;
  // Idempotent, like the PGlite handle: pool.end() throws when called twice.
  return { db, kind: 'postgres', close: () => (closing ??= pool.end()) };
}

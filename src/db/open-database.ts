/** Opens the configured database (PGlite by default, PostgreSQL with DATABASE_URL) and migrates it. */
import { loadConfig, type DatabaseConfig } from '../config.ts';
import type { DatabaseHandle } from './database.ts';
import { DatabaseUnavailableError } from './errors.ts';
import { openPglite } from './drivers/pglite.ts';
import { openPostgres, type PostgresOptions } from './drivers/postgres.ts';
import { migrateDatabase } from './migrate.ts';

export type { Database, DatabaseHandle, DatabaseKind } from './database.ts';

/**
 * Connects and migrates. Throws DatabaseTooNewError (code `database_too_new`) when a newer version
 * has migrated the database, and DatabaseInUseError when another process has the PGlite directory.
 */
export async function openDatabase(
  config: { database: DatabaseConfig },
  options: PostgresOptions = {},
): Promise<DatabaseHandle> {
  const { database } = config;
  const handle = database.kind === 'postgres' ? openPostgres(database.url, options) : await openPglite(database.dataDir);
  try {
    await migrateDatabase(handle.db);
    return handle;
  } catch (error) {
    await handle.close();
    if (database.kind === 'postgres' && isConnectionFailure(error)) {
      throw new DatabaseUnavailableError(redactPassword(database.url), describeCause(error), { cause: error });
    }
    throw error;
  }
}

/**
 * Network errors and PostgreSQL's connection refusals (SQLSTATE class 08, 28 = authentication,
 * 3D000 = no such database, 57P03 = starting up), found anywhere in the cause chain (drizzle wraps them).
 */
const connectionErrorCodes = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|08...|28...|3D000|57P03)$/;

function isConnectionFailure(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && connectionErrorCodes.test(code)) return true;
    if (current.message.includes('timeout expired') || current.message.includes('Connection terminated')) return true;
  }
  return false;
}

function describeCause(error: unknown): string {
  let last = error;
  while (last instanceof Error && last.cause instanceof Error) last = last.cause;
  return last instanceof Error ? last.message : String(last);
}

/** The URL without its password, fit for messages and logs. */
export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Reads the configuration from the environment and opens its database (for the CLI commands). */
export function openDatabaseFromEnv(env: NodeJS.ProcessEnv): Promise<DatabaseHandle> {
  return openDatabase(loadConfig(env));
}

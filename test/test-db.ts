/**
 * A fresh, migrated database per test file, for each kind: in-memory PGlite (loaded from a migrated
 * template that is built once and cached in the temp directory, ~1.5 s instead of ~9 s) and a new
 * database `gongkai_test_<random>` on the PostgreSQL server at 127.0.0.1:5432, dropped afterwards.
 * Without a reachable server the PostgreSQL suites are skipped with a message — except in CI
 * (`CI` set), where that is a failure.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { databaseKinds, type Database, type DatabaseHandle, type DatabaseKind } from '../src/db/database.ts';
import { pgliteExtensions, wrapPgliteClient } from '../src/db/drivers/pglite.ts';
import { migrateDatabase, readKnownMigrations } from '../src/db/migrate.ts';
import { openDatabase } from '../src/db/open-database.ts';

export { databaseKinds };

/** The server's maintenance database, used to create and drop the test databases. */
export const testPostgresAdminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const isCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

export interface TestDatabase extends DatabaseHandle {
  /** For PostgreSQL: the connection string of the test database (child processes connect to it). */
  url: string | null;
}

export const postgresStatus = await probePostgres();

/** Opens a fresh, migrated database of the given kind. Close it (afterAll) to drop it. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const client = await PGlite.create({ loadDataDir: await loadPgliteTemplate(), extensions: pgliteExtensions });
    return { ...wrapPgliteClient(client), url: null };
  }
  if (postgresStatus !== 'reachable') throw new Error(`PostgreSQL is needed for this test but ${postgresStatus}`);
  const { url, drop } = await createPostgresDatabase();
  const handle = await openDatabase({ database: { kind: 'postgres', url } });
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}

export interface DatabaseContext {
  kind: DatabaseKind;
  /** The file's database (opened in beforeAll). */
  db(): Database;
  handle(): TestDatabase;
}

/**
 * `describe` once per database kind, with one database shared by the tests of the block. Tests must
 * not depend on each other's rows: build unique data with the factories.
 */
export function describeEachDatabase(title: string, body: (context: DatabaseContext) => void): void {
  for (const kind of databaseKinds) {
    const skip = kind === 'postgres' && postgresStatus !== 'reachable' && !isCi;
    if (skip) {
      describe.skip(`${title} [postgres] — skipped: ${postgresStatus}; set CI=true to make this a failure`, () => body(unavailable(kind)));
      continue;
    }
    describe(`${title} [${kind}]`, () => {
      let handle: TestDatabase | undefined;
      beforeAll(async () => {
        handle = await openTestDatabase(kind);
      }, 120_000);
      afterAll(async () => {
        await handle?.close();
      }, 60_000);
      const current = () => {
        if (handle === undefined) throw new Error(`the ${kind} test database is not open`);
        return handle;
      };
      body({ kind, db: () => current().db, handle: current });
    });
  }
}

/** A new empty database on the test server; `drop` removes it (and any connection left to it). */
export async function createPostgresDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `gongkai_test_${randomBytes(6).toString('hex')}`;
  await runAdmin(`create database "${name}"`);
  const url = new URL(testPostgresAdminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => runAdmin(`drop database if exists "${name}" with (force)`) };
}

async function runAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresAdminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function probePostgres(): Promise<string> {
  const client = new pg.Client({ connectionString: testPostgresAdminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return 'reachable';
  } catch (error) {
    return `PostgreSQL at ${new URL(testPostgresAdminUrl).host} is unreachable (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A gzipped data directory of a freshly migrated PGlite, cached per migrations and PGlite version;
 * written to a temporary name and renamed, so parallel test files never read half a file.
 */
async function loadPgliteTemplate(): Promise<Blob> {
  const key = createHash('sha256')
    .update(readKnownMigrations().map((m) => m.hash).join(','))
    .update(await pgliteVersion())
    .digest('hex')
    .slice(0, 16);
  const path = join(tmpdir(), `gongkai-pglite-template-${key}.tar.gz`);
  try {
    return new Blob([await readFile(path)]);
  } catch {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    try {
      await migrateDatabase(wrapPgliteClient(client).db);
      const dump = await client.dumpDataDir('gzip');
      const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
      await writeFile(temporary, new Uint8Array(await dump.arrayBuffer()));
      await rename(temporary, path);
      return dump;
    } finally {
      await client.close();
    }
  }
}

async function pgliteVersion(): Promise<string> {
  const packageJson = await readFile(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8');
  return (JSON.parse(packageJson) as { version: string }).version;
}

function unavailable(kind: DatabaseKind): DatabaseContext {
  const fail = (): never => {
    throw new Error(`${kind} is unavailable`);
  };
  return { kind, db: fail, handle: fail };
}

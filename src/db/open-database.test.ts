import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, postgresStatus } from '../../test/test-db.ts';
import { queryRows } from './database.ts';
import { DatabaseInUseError, DatabaseTooNewError, DatabaseUnavailableError } from './errors.ts';
import { latestMigrationTag, migrateDatabase, readKnownMigrations } from './migrate.ts';
import { openDatabase, redactPassword } from './open-database.ts';

const farFuture = 4_102_444_800_000; // 2100-01-01: a migration no version of this code has

async function countMigrations(db: Parameters<typeof migrateDatabase>[0]): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return row!.n;
}

describe('openDatabase on PGlite in DATA_DIR', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('creates the directory, migrates, refuses a second opener, reopens, and refuses a newer database', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gongkai-open-'));
    dirs.push(root);
    const dataDir = join(root, 'data');
    const config = { database: { kind: 'pglite' as const, dataDir } };
    const handle = await openDatabase(config);
    expect(handle.kind).toBe('pglite');
    expect(await countMigrations(handle.db)).toBe(readKnownMigrations().length);
    await expect(openDatabase(config)).rejects.toBeInstanceOf(DatabaseInUseError);
    await handle.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', ${farFuture})`);
    await handle.close();
    const error = await openDatabase(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as DatabaseTooNewError).code).toBe('database_too_new');
    expect((error as Error).message).toContain('更新版本');
    // The refused open released the directory again.
    await expect(openDatabase(config).catch((e: unknown) => e)).resolves.toBeInstanceOf(DatabaseTooNewError);
  }, 120_000);

  it('takes over a lock left by a process that no longer exists', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gongkai-open-'));
    dirs.push(root);
    const dataDir = join(root, 'data');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'gongkai.pid'), '2147483646\n');
    const handle = await openDatabase({ database: { kind: 'pglite', dataDir } });
    await handle.close();
  }, 120_000);
});

describe.skipIf(postgresStatus !== 'reachable' && !process.env.CI)('openDatabase on PostgreSQL', () => {
  it('migrates once when several instances start at the same time, then reopens without changes', async () => {
    const { url, drop } = await createPostgresDatabase();
    try {
      const config = { database: { kind: 'postgres' as const, url } };
      const handles = await Promise.all([openDatabase(config), openDatabase(config), openDatabase(config)]);
      expect(await countMigrations(handles[0]!.db)).toBe(readKnownMigrations().length);
      expect(await migrateDatabase(handles[0]!.db)).toEqual({ applied: 0, current: latestMigrationTag() });
      await Promise.all(handles.map((h) => h.close()));
    } finally {
      await drop();
    }
  });

  it('refuses a database that a newer version has migrated', async () => {
    const { url, drop } = await createPostgresDatabase();
    try {
      const config = { database: { kind: 'postgres' as const, url } };
      const handle = await openDatabase(config);
      await handle.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', ${farFuture})`);
      await handle.close();
      await expect(openDatabase(config)).rejects.toBeInstanceOf(DatabaseTooNewError);
    } finally {
      await drop();
    }
  });
});

describe('openDatabase on an unreachable PostgreSQL', () => {
  it('says in Chinese that it cannot connect, without the password', async () => {
    const error = await openDatabase({ database: { kind: 'postgres', url: 'postgres://app:s3cret@127.0.0.1:1/gongkai' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as DatabaseUnavailableError).code).toBe('database_unavailable');
    expect((error as Error).message).toContain('无法连接数据库 postgres://app:***@127.0.0.1:1/gongkai');
    expect((error as Error).message).not.toContain('s3cret');
  });

  it('redacts only the password of a URL', () => {
    expect(redactPassword('postgres://u:p@h:5432/db?sslmode=require')).toBe('postgres://u:***@h:5432/db?sslmode=require');
    expect(redactPassword('postgres://u@h/db')).toBe('postgres://u@h/db');
    expect(redactPassword('not a url')).toBe('postgres://…');
  });
});

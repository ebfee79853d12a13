/**
 * Embedded PostgreSQL (PGlite, WASM) in this process: on disk under DATA_DIR, or in memory.
 *
 * Durability: a commit that PGlite has answered is on disk — fsync'ed, see durable-node-fs.ts (PGlite
 * alone only reaches the page cache: safe against `kill -9`, not against a power cut). Measured by
 * test/durability.test.ts. `relaxedDurability` only matters for browser file systems (it lets a
 * query answer before the IndexedDB flush); it is set to false anyway.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, DatabaseHandle } from '../database.ts';
import * as schema from '../schema/index.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { DurableNodeFS, durableStartParams } from './durable-node-fs.ts';

/** Extensions the migrations create (pg_trgm for fuzzy catalogue search); PGlite must load them at start. */
export const pgliteExtensions = { pg_trgm };

/** The PostgreSQL data directory inside DATA_DIR (which may hold other files later). */
export const pgliteDirName = 'pgdata';

/** Opens PGlite in `dataDir` (created if missing), or in memory when `dataDir` is null. */
export async function openPglite(dataDir: string | null): Promise<DatabaseHandle> {
  if (dataDir === null) return wrapPgliteClient(await PGlite.create({ relaxedDurability: false, extensions: pgliteExtensions }));
  await mkdir(dataDir, { recursive: true });
  const release = await acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create({
      fs: new DurableNodeFS(join(dataDir, pgliteDirName)),
      startParams: durableStartParams(),
      relaxedDurability: false,
      extensions: pgliteExtensions,
    });
    return wrapPgliteClient(client, release);
  } catch (error) {
    await release();
    throw error;
  }
}

/** A handle on a PGlite client opened elsewhere (tests load a migrated template into memory). */
export function wrapPgliteClient(client: PGlite, afterClose?: () => Promise<void>): DatabaseHandle {
  const db: Database = drizzle({ client, schema });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        await afterClose?.();
      }
    },
  };
}

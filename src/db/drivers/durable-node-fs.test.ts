import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { DurableNodeFS, durableStartParams } from './durable-node-fs.ts';

describe('DurableNodeFS', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('runs PostgreSQL with fsync on and fsyncs the WAL at every commit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gongkai-fsync-'));
    dirs.push(dir);
    let fsyncs = 0;
    const pg = await PGlite.create({ fs: new DurableNodeFS(join(dir, 'pgdata'), () => (fsyncs += 1)), startParams: durableStartParams() });
    try {
      expect((await pg.query<{ fsync: string }>('show fsync')).rows[0]?.fsync).toBe('on');
      expect((await pg.query<{ wal_sync_method: string }>('show wal_sync_method')).rows[0]?.wal_sync_method).toBe('fsync');
      await pg.exec('create table t (id int primary key)');
      const before = fsyncs;
      for (let i = 0; i < 5; i += 1) await pg.query('insert into t values ($1)', [i]);
      expect(fsyncs - before).toBeGreaterThanOrEqual(5);
    } finally {
      await pg.close();
    }
  }, 60_000);

  it('keeps the rest of PGlite’s start parameters', () => {
    const params = durableStartParams();
    expect(params).not.toContain('-F');
    expect(params).toContain('--single');
    expect(params.length).toBe(PGlite.defaultStartParams.length - 1 + 4);
  });
});

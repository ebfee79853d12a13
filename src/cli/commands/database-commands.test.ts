/** backup, restore, audit verify and seed, run as the CLI runs them (configured by environment variables). */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, postgresStatus } from '../../../test/test-db.ts';
import { openDatabaseFromEnv } from '../../db/open-database.ts';
import type { CliIo } from '../io.ts';
import { runAuditVerify } from './audit-verify.ts';
import { runBackup } from './backup.ts';
import { runRestore } from './restore.ts';
import { runSeed } from './seed.ts';

interface CapturedIo extends CliIo {
  out: string[];
  err: string[];
}

function captureIo(): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(typeof text === 'string' ? text : new TextDecoder().decode(text)),
    stderr: (text) => void err.push(text),
    isStderrTty: false,
    stderrStream: process.stderr,
    readFile: (path) => readFile(path),
    writeFile: async () => undefined,
  };
}

async function run(command: (args: string[], io: CliIo, env: NodeJS.ProcessEnv) => Promise<number>, args: string[], env: NodeJS.ProcessEnv) {
  const io = captureIo();
  const code = await command(args, io, env);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

let workDir = '';
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'gongkai-cli-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe.skipIf(postgresStatus !== 'reachable' && !process.env.CI)('database commands on PostgreSQL, restored into PGlite', () => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await Promise.all(drops.map((drop) => drop()));
  });
  async function freshEnv(): Promise<NodeJS.ProcessEnv> {
    const { url, drop } = await createPostgresDatabase();
    drops.push(drop);
    return { DATABASE_URL: url, DATA_DIR: join(workDir, 'unused') };
  }

  it('seeds once, verifies, backs up, refuses to overwrite, restores, and refuses a second restore', async () => {
    const env = await freshEnv();
    const seeded = await run(runSeed, [], env);
    expect(seeded).toMatchObject({ code: 0 });
    expect(seeded.out).toMatch(/已写入演示数据[\s\S]*handler\s+Lian-Chengban-2025\s+承办人（莲城县自然资源局）/);
    expect((await run(runSeed, [], env)).out).toContain('数据库不是空的');
    // The county, its demo applications when the calendar knows this year, and its catalogue: one to three entries.
    const verified = (await run(runAuditVerify, [], env)).out;
    expect(verified).toMatch(/^审计日志完整：[1-3] 条\n最后一条的哈希：[0-9a-f]{64}\n$/);
    const entries = Number(/完整：(\d+) 条/.exec(verified)![1]);

    const file = join(workDir, 'pg.backup.jsonl');
    const backup = await run(runBackup, [file], env);
    expect(backup).toMatchObject({ code: 0 });
    expect(backup.out).toContain('agencies 16 行');
    expect(await readdir(workDir)).not.toContain('pg.backup.jsonl.partial');
    expect((await run(runBackup, [file], env)).code).toBe(2);
    expect((await run(runBackup, [file, '--force'], env)).code).toBe(0);

    const target = await freshEnv();
    const restored = await run(runRestore, [file], target);
    expect(restored.out).toContain('accounts 10 行');
    expect(JSON.parse((await run(runAuditVerify, ['--json'], target)).out)).toMatchObject({ count: entries, brokenLink: null });
    await expect(runRestore([file], captureIo(), target)).rejects.toMatchObject({ code: 'restore_target_not_empty' });

    // The same backup, restored into an embedded database in a new data directory.
    const pgliteEnv = { DATA_DIR: join(workDir, 'restored-pglite') };
    expect((await run(runRestore, [file], pgliteEnv)).code).toBe(0);
    expect((await run(runAuditVerify, [], pgliteEnv)).out).toMatch(new RegExp(`^审计日志完整：${entries} 条`));
  }, 120_000);

  it('exits 1 and names the broken entry when the audit trail was tampered with', async () => {
    const env = await freshEnv();
    await run(runSeed, [], env);
    const handle = await openDatabaseFromEnv(env);
    try {
      await handle.db.execute(sql`alter table audit_log disable trigger audit_log_reject_update_delete`);
      await handle.db.execute(sql`update audit_log set details = '{"agencies": 1}' where seq = 1`);
    } finally {
      await handle.close();
    }
    const verify = await run(runAuditVerify, [], env);
    expect(verify.code).toBe(1);
    expect(verify.out).toContain('审计日志在第 1 条断裂（hash_mismatch）');
  });

  it('refuses to seed in production', async () => {
    const env = { ...(await freshEnv()), NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) };
    await expect(runSeed([], captureIo(), env)).rejects.toMatchObject({ code: 'demo_seed_forbidden' });
  });
});

describe('database commands without a database', () => {
  it('print their usage for --help and refuse missing arguments', async () => {
    for (const command of [runBackup, runRestore, runAuditVerify, runSeed]) {
      const help = await run(command, ['--help'], {});
      expect(help.code).toBe(0);
      expect(help.out).toMatch(/^用法: gongkai/);
    }
    expect((await run(runBackup, [], {})).code).toBe(2);
    expect((await run(runRestore, [], {})).code).toBe(2);
  });

  it('reports a missing backup file before opening any database', async () => {
    await expect(runRestore([join(workDir, 'missing.jsonl')], captureIo(), { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

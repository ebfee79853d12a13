/** `gongkai backup FILE`: a logical backup of the configured database (PGlite or PostgreSQL) as JSON lines. */
import { open, rename, rm, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openDatabaseFromEnv } from '../../db/open-database.ts';
import { createBackupStore } from '../../db/stores/backup-store.ts';
import { backupDatabase, type BackupSummary } from '../../use-cases/backup-database.ts';
import { exitCodes, type CliIo } from '../io.ts';

export const backupUsage = `用法: gongkai backup 文件 [--force]
  把数据库（DATABASE_URL 指定的 PostgreSQL，或 DATA_DIR 中的内嵌数据库）完整备份到文件（JSON Lines）。
  使用内嵌数据库时请先停止服务器：同一数据目录同一时间只能由一个进程打开。
  备份含密码哈希等敏感数据，文件仅所有者可读，请妥善保管。
  --force  覆盖已存在的文件
  退出码: 0 成功；2 失败`;

/** Lines are gathered into chunks of about this size before each write. */
const chunkSize = 1 << 20;

export async function runBackup(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  const [file] = positionals;
  if (values.help === true || file === undefined || positionals.length > 1) {
    (values.help === true ? io.stdout : io.stderr)(`${backupUsage}\n`);
    return values.help === true ? exitCodes.ok : exitCodes.unreadable;
  }
  if (values.force !== true && (await exists(file))) {
    io.stderr(`gongkai: 文件 ${file} 已存在；如要覆盖请加 --force\n`);
    return exitCodes.unreadable;
  }
  const handle = await openDatabaseFromEnv(env);
  try {
    const summary = await writeBackupFile(file, (writeLine) => backupDatabase(createBackupStore(handle.db), writeLine, new Date()));
    io.stdout(`已备份到 ${file}（数据库版本 ${summary.schema}）：${describeCounts(summary)}\n`);
    return exitCodes.ok;
  } finally {
    await handle.close();
  }
}

/** Counts per table, e.g. `agencies 16 行，accounts 8 行`. */
export function describeCounts(summary: BackupSummary): string {
  return Object.entries(summary.rowCounts)
    .map(([table, count]) => `${table} ${count} 行`)
    .join('，');
}

/**
 * Writes to `FILE.partial`, flushes it to disk, then renames it: a backup that fails halfway never
 * leaves a file under the final name that looks complete.
 */
async function writeBackupFile<T>(file: string, write: (writeLine: (line: string) => Promise<void>) => Promise<T>): Promise<T> {
  const partial = `${file}.partial`;
  // Owner-only: a backup holds password hashes and session digests.
  const output = await open(partial, 'w', 0o600);
  try {
    let buffer = '';
    const result = await write(async (line) => {
      buffer += `${line}\n`;
      if (buffer.length >= chunkSize) {
        await output.write(buffer);
        buffer = '';
      }
    });
    await output.write(buffer);
    await output.sync();
    await output.close();
    await rename(partial, file);
    return result;
  } catch (error) {
    await output.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

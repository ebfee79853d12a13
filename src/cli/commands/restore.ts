/** `gongkai restore FILE`: loads a backup into the configured database, which must be new and empty. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openDatabaseFromEnv } from '../../db/open-database.ts';
import { createBackupStore } from '../../db/stores/backup-store.ts';
import { restoreDatabase } from '../../use-cases/restore-database.ts';
import { exitCodes, type CliIo } from '../io.ts';
import { describeCounts } from './backup.ts';

export const restoreUsage = `用法: gongkai restore 文件
  把 gongkai backup 生成的备份恢复到数据库（DATABASE_URL 或 DATA_DIR 指定）。
  目标数据库必须是空的（新的数据目录或新建的数据库），恢复在一个事务中完成：要么全部恢复，要么不做任何改动。
  退出码: 0 成功；2 失败（文件有误、数据库不是空的、版本不同）`;

export async function runRestore(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  const [file] = positionals;
  if (values.help === true || file === undefined || positionals.length > 1) {
    (values.help === true ? io.stdout : io.stderr)(`${restoreUsage}\n`);
    return values.help === true ? exitCodes.ok : exitCodes.unreadable;
  }
  const input = createReadStream(file, { encoding: 'utf8' });
  // Opening the file first reports a missing file before the (slow) database start.
  await new Promise<void>((resolve, reject) => input.once('open', () => resolve()).once('error', reject));
  const handle = await openDatabaseFromEnv(env);
  try {
    const lines = createInterface({ input, crlfDelay: Infinity });
    const summary = await restoreDatabase(createBackupStore(handle.db), lines);
    io.stdout(`已从 ${file} 恢复（数据库版本 ${summary.schema}）：${describeCounts(summary)}\n`);
    return exitCodes.ok;
  } finally {
    input.destroy();
    await handle.close();
  }
}

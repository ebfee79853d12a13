/** The `gongkai` command line: thin commands that parse arguments, call the domain, print. */
import { pathToFileURL } from 'node:url';
import { runAuditVerify } from './commands/audit-verify.ts';
import { runBackup } from './commands/backup.ts';
import { runTableB } from './commands/table-b.ts';
import { runYearEnd } from './commands/year-end.ts';
import { runDeadline } from './commands/deadline.ts';
import { runReportCheck } from './commands/report-check.ts';
import { runReportConvert } from './commands/report-convert.ts';
import { runRestore } from './commands/restore.ts';
import { runSeed } from './commands/seed.ts';
import { runServe } from './commands/serve.ts';
import { describeFailure } from './describe-failure.ts';
import { createProcessIo, exitCodes, type CliIo } from './io.ts';

const usage = `gongkai — 政府信息公开平台命令行

  gongkai serve                                                启动平台（门户、工作台和接口；默认 http://localhost:3000）
  gongkai report check 文件... [--previous 上年报告] [--json]   核查年度报告
  gongkai report convert 文件 --to json|html|docx|xlsx|csv|text [-o 输出]   转换年度报告格式
  gongkai backup 文件 [--force]                                备份数据库
  gongkai restore 文件                                         把备份恢复到空数据库
  gongkai audit verify [--json]                                核验审计日志的哈希链
  gongkai seed                                                 在空数据库中写入演示数据（莲城县）
  gongkai deadline --received 日期 [--extension N] [--json]    计算答复期限（20个工作日，按节假日和调休）
  gongkai year-end --year YYYY [--agency 代码] [--json]    年度结转核对：各机关表三总数与跨年衔接
  gongkai table-b --agency 代码 --year YYYY [--subtree] [--format text|json|csv|xlsx] [-o 输出]   按登记的申请统计表三
  gongkai help                                                 显示本帮助`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, sub, ...rest] = argv;
  try {
    if (command === 'report' && sub === 'check') return await runReportCheck(rest, io);
    if (command === 'report' && sub === 'convert') return await runReportConvert(rest, io);
    if (command === 'backup') return await runBackup(argv.slice(1), io);
    if (command === 'restore') return await runRestore(argv.slice(1), io);
    if (command === 'audit' && sub === 'verify') return await runAuditVerify(rest, io);
    if (command === 'seed') return await runSeed(argv.slice(1), io);
    if (command === 'deadline') return await runDeadline(argv.slice(1), io);
    if (command === 'year-end') return await runYearEnd(argv.slice(1), io);
    if (command === 'table-b') return await runTableB(argv.slice(1), io);
    if (command === 'serve') return await runServe(argv.slice(1), io);
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout(`${usage}\n`);
      return exitCodes.ok;
    }
    io.stderr(`gongkai: 未知命令 “${argv.join(' ')}”\n\n${usage}\n`);
    return exitCodes.unreadable;
  } catch (error) {
    // parseArgs rejects unknown options with a TypeError whose message names the option.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`gongkai: 参数有误：${error.message}\n`);
      return exitCodes.unreadable;
    }
    io.stderr(`gongkai: ${describeFailure(error)}\n`);
    return exitCodes.unreadable;
  }
}

/** Runs the CLI for this process (used by bin/gongkai.js and `tsx src/cli/index.ts`). */
export async function runAsProcess(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), createProcessIo());
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await runAsProcess();

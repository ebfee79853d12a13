/** `gongkai audit verify`: checks the audit trail's hash chain from the first entry to the last. */
import { parseArgs } from 'node:util';
import { openDatabaseFromEnv } from '../../db/open-database.ts';
import { createAuditStore } from '../../db/stores/audit-store.ts';
import { verifyAuditTrail, type AuditVerification } from '../../use-cases/verify-audit-trail.ts';
import { exitCodes, type CliIo } from '../io.ts';

export const auditVerifyUsage = `用法: gongkai audit verify [--json]
  逐条核验审计日志的哈希链，报告第一处断裂。
  请把输出的条数和最后哈希另行保存：日后核验时，若条数变少或最后哈希对不上，说明最新的记录被删除。
  --json  以 JSON 输出 { count, brokenLink, lastHash }
  退出码: 0 完整；1 发现断裂；2 无法核验`;

export async function runAuditVerify(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help === true || positionals.length > 0) {
    (values.help === true ? io.stdout : io.stderr)(`${auditVerifyUsage}\n`);
    return values.help === true ? exitCodes.ok : exitCodes.unreadable;
  }
  const handle = await openDatabaseFromEnv(env);
  try {
    const result = await verifyAuditTrail(createAuditStore(handle.db));
    io.stdout(values.json === true ? `${JSON.stringify(result)}\n` : formatVerification(result));
    return result.brokenLink === null ? exitCodes.ok : exitCodes.findings;
  } finally {
    await handle.close();
  }
}

export function formatVerification(result: AuditVerification): string {
  if (result.brokenLink === null) {
    const last = result.lastHash === null ? '' : `\n最后一条的哈希：${result.lastHash}`;
    return `审计日志完整：${result.count} 条${last}\n`;
  }
  const { seq, reason, message } = result.brokenLink;
  return `审计日志在第 ${seq} 条断裂（${reason}）：${message}\n此前 ${result.count - 1} 条完整。\n`;
}

/** `gongkai deadline --received YYYY-MM-DD [--extension N] [--json]`: the reply due date (Art. 33). */
import { parseArgs } from 'node:util';
import type { CaseEvent } from '../../domain/applications/case-event.ts';
import { isIsoDate } from '../../domain/calendar/iso-date.ts';
import { createOfficialCalendar } from '../../domain/calendar/official-calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import { computeDeadline } from '../../domain/deadlines/compute-deadline.ts';
import { defaultDeadlineRules } from '../../domain/deadlines/deadline-rules.ts';
import { exitCodes, type CliIo } from '../io.ts';

export const deadlineUsage = `用法: gongkai deadline --received YYYY-MM-DD [--extension N] [--json]
  计算依申请公开的答复期限：自收到申请的次日起20个工作日（条例第三十三条），按内置的国务院办公厅节假日安排（含调休）计算。
  --received 日期   收到申请之日（条例第三十一条）
  --extension N     经批准延长的工作日数（1至${defaultDeadlineRules.maxExtensionWorkingDays}）
  --json            以 JSON 输出 { receivedOn, dueOn, extension, trace }，trace 逐日说明是否计入
  输出: 答复期限届满之日（YYYY-MM-DD）
  退出码: 0 成功；2 参数有误，或日期所在年份没有节假日安排`;

export async function runDeadline(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { received: { type: 'string' }, extension: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true || values.received === undefined || positionals.length > 0) {
    (values.help === true ? io.stdout : io.stderr)(`${deadlineUsage}\n`);
    return values.help === true ? exitCodes.ok : exitCodes.unreadable;
  }
  const receivedOn = values.received;
  if (!isIsoDate(receivedOn)) return refuse(io, `收到申请之日“${receivedOn}”无效，应为 YYYY-MM-DD 格式的真实日期。`);
  const extension = values.extension === undefined ? null : parseExtension(values.extension);
  if (extension === 'invalid') {
    return refuse(io, `延长的工作日数“${values.extension ?? ''}”无效，应为1至${defaultDeadlineRules.maxExtensionWorkingDays}的整数（条例第三十三条）。`);
  }
  const events: CaseEvent[] = [{ kind: 'received', on: receivedOn }];
  if (extension !== null) events.push({ kind: 'extensionApproved', on: receivedOn, workingDays: extension, approvedBy: '政府信息公开工作机构负责人', reason: '命令行计算' });
  try {
    // With `today` on the receipt day, the trace runs from the receipt to the due date.
    const state = computeDeadline(events, createOfficialCalendar(), { today: receivedOn });
    io.stdout(values.json === true ? `${JSON.stringify({ receivedOn, dueOn: state.dueOn, extension, trace: state.trace }, null, 2)}\n` : `${state.dueOn}\n`);
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof DomainError) return refuse(io, error.message);
    throw error;
  }
}

function parseExtension(text: string): number | 'invalid' {
  if (!/^\d+$/.test(text)) return 'invalid';
  const days = Number(text);
  return days >= 1 && days <= defaultDeadlineRules.maxExtensionWorkingDays ? days : 'invalid';
}

function refuse(io: CliIo, message: string): number {
  io.stderr(`gongkai: ${message}\n`);
  return exitCodes.unreadable;
}

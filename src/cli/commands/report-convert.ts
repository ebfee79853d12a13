/** `gongkai report convert FILE --to json|html|docx|xlsx|csv|text [-o OUT]` */
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { formatFindings } from '../../domain/findings.ts';
import { readReport } from '../../domain/readers/read-report.ts';
import { writeReport } from '../../domain/writers/write-report.ts';
import { describeFailure } from '../describe-failure.ts';
import { exitCodes, type CliIo } from '../io.ts';

const targets = ['json', 'html', 'docx', 'xlsx', 'csv', 'text'] as const;
type Target = (typeof targets)[number];
const binaryTargets = new Set<Target>(['docx', 'xlsx']);
const extensions: Record<Target, string> = { json: 'json', html: 'html', docx: 'docx', xlsx: 'xlsx', csv: 'csv', text: 'txt' };

export const reportConvertUsage = `用法: gongkai report convert 文件 --to json|html|docx|xlsx|csv|text [-o 输出文件]
  把年度报告转换为其他格式。不给 -o 时，文本格式写到标准输出，DOCX/XLSX 写到当前目录下同名文件。`;

export async function runReportConvert(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { to: { type: 'string' }, output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(`${reportConvertUsage}\n`);
    return exitCodes.ok;
  }
  const target = values.to as Target | undefined;
  if (positionals.length !== 1 || target === undefined || !targets.includes(target)) {
    io.stderr(`gongkai: 需要一个输入文件和 --to ${targets.join('|')}\n${reportConvertUsage}\n`);
    return exitCodes.unreadable;
  }
  const file = positionals[0]!;
  let read;
  try {
    read = await readReport(await io.readFile(file), file);
  } catch (error) {
    io.stderr(`gongkai: 无法读取 ${file}：${describeFailure(error)}\n`);
    return exitCodes.unreadable;
  }
  if (read.findings.length > 0) io.stderr(`${file} 读取时发现的问题：\n${formatFindings(read.findings)}\n`);
  const output = await writeReport(read.report, target);
  const outPath = values.output ?? (binaryTargets.has(target) ? `${basename(file, extname(file))}.${extensions[target]}` : undefined);
  if (outPath === undefined) {
    io.stdout(output);
  } else {
    await io.writeFile(outPath, output);
    io.stderr(`已写入 ${outPath}\n`);
  }
  return exitCodes.ok;
}

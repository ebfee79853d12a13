/** `gongkai report check FILE... [--previous FILE]... [--json]` */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { AnnualReport } from '../../domain/annual-report/model.ts';
import { formatFindings, hasErrors } from '../../domain/findings.ts';
import { readReport } from '../../domain/readers/read-report.ts';
import { checkReport, type CheckedReport } from '../../use-cases/check-report.ts';
import { describeFailure } from '../describe-failure.ts';
import { exitCodes, type CliIo } from '../io.ts';

export const reportCheckUsage = `用法: gongkai report check 文件... [--previous 上年报告] [--json]
  读取并核查政府信息公开工作年度报告（TXT / HTML / DOCX / PDF / JSON）。
  --previous 文件  上一年度的报告（可多次给出，按机关名称和年度配对），用于跨年核对（R7）
  --json           以 JSON 输出 [{ file, report, findings }]
  退出码: 0 无错误；1 有错误类问题；2 有文件无法读取`;

const progressThreshold = 20;

export async function runReportCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { previous: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length === 0) {
    (values.help ? io.stdout : io.stderr)(`${reportCheckUsage}\n`);
    return values.help ? exitCodes.ok : exitCodes.unreadable;
  }
  let unreadable = false;
  const previous: AnnualReport[] = [];
  for (const file of values.previous ?? []) {
    try {
      previous.push((await readReport(await io.readFile(file), file)).report);
    } catch (error) {
      io.stderr(`gongkai: 无法读取上年报告 ${file}：${describeFailure(error)}\n`);
      unreadable = true;
    }
  }
  const results: CheckedReport[] = [];
  // Failures are printed after the progress bar is gone, so that the two do not garble each other.
  const failures: string[] = [];
  const bar = startProgress(positionals.length, io);
  for (const file of positionals) {
    try {
      const bytes = await io.readFile(file);
      const isSinglePair = previous.length === 1 && positionals.length === 1;
      results.push(await checkReport({ name: file, bytes }, previous, isSinglePair));
    } catch (error) {
      failures.push(`gongkai: 无法读取 ${file}：${describeFailure(error)}\n`);
    }
    bar?.increment();
  }
  bar?.stop();
  for (const failure of failures) io.stderr(failure);
  if (failures.length > 0) unreadable = true;
  io.stdout(values.json ? `${JSON.stringify(results.map(presentJson), null, 2)}\n` : formatHuman(results));
  if (unreadable) return exitCodes.unreadable;
  return results.some((r) => hasErrors(r.findings)) ? exitCodes.findings : exitCodes.ok;
}

function startProgress(total: number, io: CliIo): cliProgress.SingleBar | undefined {
  if (total <= progressThreshold || !io.isStderrTty) return undefined;
  const bar = new cliProgress.SingleBar(
    { stream: io.stderrStream, format: '核查中 [{bar}] {value}/{total} 份 | 剩余 {eta_formatted}', hideCursor: true, noTTYOutput: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

function presentJson(result: CheckedReport) {
  return {
    file: result.file,
    report: result.report,
    findings: result.findings.map(({ rule, severity, message, locations }) => ({ rule, severity, message, locations })),
    ...(result.ambiguous.length > 0 ? { ambiguous: result.ambiguous, candidates: result.candidates } : {}),
  };
}

function formatHuman(results: readonly CheckedReport[]): string {
  const blocks = results.map((r) => {
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const warnings = r.findings.length - errors;
    const title = [r.report.agency ?? '（未识别机关）', r.report.year !== null ? `${r.report.year}年` : '（未识别年度）'].join(' ');
    const mark = errors > 0 ? '✘' : '✔';
    const head = `${mark} ${r.file} — ${title}：${errors} 个错误，${warnings} 个提示`;
    return r.findings.length > 0 ? `${head}\n${formatFindings(r.findings)}` : head;
  });
  const failing = results.filter((r) => hasErrors(r.findings)).length;
  const summary = results.length > 1 ? `\n共 ${results.length} 份报告，${failing} 份有错误。\n` : '\n';
  return `${blocks.join('\n\n')}${summary}`;
}

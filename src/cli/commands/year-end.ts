/** `gongkai year-end --year 2026 [--agency CODE] [--json]`: each agency's table B totals, and the carry into the next year checked. */
import { parseArgs } from 'node:util';
import { applicantColumnLabels } from '../../domain/annual-report/layout.ts';
import { applicantColumns } from '../../domain/annual-report/model.ts';
import { DomainError } from '../../domain/errors.ts';
import { formatFindings } from '../../domain/findings.ts';
import { openDatabaseFromEnv } from '../../db/open-database.ts';
import { createStatisticsStore } from '../../db/repositories/application-statistics.ts';
import { checkYearEnd, type YearEndReport } from '../../use-cases/applications/administration/year-end.ts';
import { exitCodes, type CliIo } from '../io.ts';

export const yearEndUsage = `用法: gongkai year-end --year YYYY [--agency 机关代码] [--json]
  年度结转核对：12月31日仍在办理的申请不做任何处理，次年自动计为“上年结转”。
  本命令按登记的申请统计每个机关该年的表三总数（新收、上年结转、办结、结转下年度），
  并核对表三的勾稽关系和跨年衔接（本年“结转下年度”= 次年“上年结转”，逐列）。
  --year YYYY     统计年度
  --agency 代码   只核对这一个机关（默认全部机关）
  --json          以 JSON 输出
  退出码: 0 全部一致；1 发现差异；2 参数或数据库有误`;

export async function runYearEnd(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { year: { type: 'string' }, agency: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true || values.year === undefined || positionals.length > 0) {
    (values.help === true ? io.stdout : io.stderr)(`${yearEndUsage}\n`);
    return values.help === true ? exitCodes.ok : exitCodes.unreadable;
  }
  const year = Number(values.year);
  if (!/^\d{4}$/.test(values.year) || year < 2000 || year > 2099) {
    io.stderr(`gongkai: 年度“${values.year}”无效，应为四位数的年份。\n`);
    return exitCodes.unreadable;
  }
  const handle = await openDatabaseFromEnv(env);
  try {
    const report = await checkYearEnd(createStatisticsStore(handle.db), { year, ...(values.agency === undefined ? {} : { agencyCode: values.agency }) }).catch((error: unknown) => {
      if (error instanceof DomainError) return error;
      throw error;
    });
    if (report instanceof DomainError) {
      io.stderr(`gongkai: ${report.message}\n`);
      return exitCodes.unreadable;
    }
    io.stdout(values.json === true ? `${JSON.stringify(toJson(report), null, 2)}\n` : formatYearEnd(report));
    return report.lines.some((line) => line.findings.length > 0) ? exitCodes.findings : exitCodes.ok;
  } finally {
    await handle.close();
  }
}

export function formatYearEnd(report: YearEndReport): string {
  const { year } = report;
  const header = `${year}年度依申请公开年度结转核对（表三，按登记的申请统计）\n`;
  const columns = ['新收', '上年结转', '办结', `结转${year + 1}年`, `${year + 1}年上年结转`];
  const lines = report.lines.map(({ agency, table, nextYear, findings }) => {
    const figures = [table.newReceived.total, table.carriedOver.total, table.outcomes.total.total, table.carriedForward.total, nextYear.carriedOver.total];
    const mark = findings.length === 0 ? '一致' : `差异 ${findings.length} 处`;
    return `  ${agency.name}（${agency.code}）\n    ${columns.map((c, i) => `${c} ${figures[i] ?? 0}`).join('  ')}  ${mark}`;
  });
  const problems = report.lines.filter((l) => l.findings.length > 0).map((l) => `${l.agency.name}：\n${formatFindings(l.findings)}`);
  const footer = problems.length === 0 ? `\n全部 ${report.lines.length} 个机关一致：${year}年结转下年度 = ${year + 1}年上年结转（各列），表三勾稽关系成立。\n` : `\n发现差异：\n${problems.join('\n')}\n`;
  return `${header}${lines.join('\n')}\n${footer}`;
}

function toJson(report: YearEndReport) {
  return {
    year: report.year,
    agencies: report.lines.map(({ agency, table, nextYear, findings }) => ({
      code: agency.code,
      name: agency.name,
      newReceived: table.newReceived.total,
      carriedOver: table.carriedOver.total,
      ended: table.outcomes.total.total,
      carriedForward: Object.fromEntries(applicantColumns.map((c) => [c, table.carriedForward[c]])),
      nextYearCarriedOver: Object.fromEntries(applicantColumns.map((c) => [c, nextYear.carriedOver[c]])),
      findings,
    })),
    columns: applicantColumnLabels,
  };
}

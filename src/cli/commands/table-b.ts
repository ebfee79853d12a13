/** `gongkai table-b --agency CODE --year YYYY [--subtree] [--format text|json|csv|xlsx] [-o 文件]`: table B counted from the register. */
import { parseArgs } from 'node:util';
import { applicantColumnLabels, applicationRows } from '../../domain/annual-report/layout.ts';
import { applicantColumns } from '../../domain/annual-report/model.ts';
import { getFigure } from '../../domain/annual-report/figures.ts';
import { openDatabaseFromEnv } from '../../db/open-database.ts';
import { getAgencyByCode, listSubtreeIds } from '../../db/repositories/agencies.ts';
import { countTableB } from '../../db/repositories/application-statistics.ts';
import { exportTableB } from '../../use-cases/applications/administration/export-table-b.ts';
import { reportOf } from '../../use-cases/applications/administration/year-end.ts';
import type { AnnualReport } from '../../domain/annual-report/model.ts';
import { exitCodes, type CliIo } from '../io.ts';

export const tableBUsage = `用法: gongkai table-b --agency 机关代码 --year YYYY [--subtree] [--format text|json|csv|xlsx] [-o 输出文件]
  按登记的申请统计年度报告表三（收到和处理政府信息公开申请情况），与工作台“申请统计”页相同。
  --subtree   含下级机关
  --format    text（默认）、json、csv 或 xlsx；xlsx 须同时给出 -o
  退出码: 0 成功；2 参数有误或机关不存在`;

const formats = ['text', 'json', 'csv', 'xlsx'] as const;

export async function runTableB(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      agency: { type: 'string' },
      year: { type: 'string' },
      subtree: { type: 'boolean' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const format = formats.find((f) => f === values.format);
  if (values.help === true || values.agency === undefined || values.year === undefined || positionals.length > 0 || format === undefined || (format === 'xlsx' && values.output === undefined)) {
    (values.help === true ? io.stdout : io.stderr)(`${tableBUsage}\n`);
    return values.help === true ? exitCodes.ok : exitCodes.unreadable;
  }
  const year = Number(values.year);
  if (!/^\d{4}$/.test(values.year)) return refuse(io, `年度“${values.year}”无效，应为四位数的年份。`);
  const handle = await openDatabaseFromEnv(env);
  try {
    const agency = await getAgencyByCode(handle.db, values.agency);
    if (agency === null) return refuse(io, `没有代码为“${values.agency}”的机关。`);
    const agencyIds = values.subtree === true ? await listSubtreeIds(handle.db, agency.id) : [agency.id];
    const report = reportOf({ ...agency, name: values.subtree === true ? `${agency.name}（含下级机关）` : agency.name }, year, await countTableB(handle.db, { agencyIds, year }));
    const content = await render(report, format);
    if (values.output === undefined) io.stdout(content);
    else await io.writeFile(values.output, content);
    return exitCodes.ok;
  } finally {
    await handle.close();
  }
}

async function render(report: AnnualReport, format: (typeof formats)[number]): Promise<string | Uint8Array> {
  if (format === 'json') return `${JSON.stringify(report.applications, null, 2)}\n`;
  if (format === 'csv' || format === 'xlsx') return (await exportTableB(report, format, 'table-b')).content;
  return formatTableB(report);
}

/** The table as text: the seven figures first (so they line up whatever the labels' width), then the row's label. */
export function formatTableB(report: AnnualReport): string {
  const head = `${report.agency ?? ''} ${report.year ?? ''}年 收到和处理政府信息公开申请情况\n`;
  const columns = `列：${applicantColumns.map((c, i) => `${i + 1} ${applicantColumnLabels[c]}`).join('，')}\n`;
  const rows = applicationRows.map((row) => {
    const figures = applicantColumns.map((c) => String(getFigure(report, `applications.${row.key}.${c}`) ?? '').padStart(6));
    return `${figures.join('')}  ${row.group === undefined ? '' : `${row.group} `}${row.label}`;
  });
  return `${head}${columns}${rows.join('\n')}\n`;
}

function refuse(io: CliIo, message: string): number {
  io.stderr(`gongkai: ${message}\n`);
  return exitCodes.unreadable;
}

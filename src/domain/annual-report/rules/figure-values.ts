/**
 * R5: every count a whole number ≥ 0, the fee amount a non-negative decimal; blank cells are
 * reported once per table (a department report may have a hundred).
 */
import type { Finding } from '../../findings.ts';
import { describeFigure } from '../layout.ts';
import {
  amountPath,
  createFinding,
  isBlankFigure,
  isLegacyTable,
  tableKeys,
  tableNames,
  tablePaths,
  type RuleContext,
  type TableKey,
} from './rule-context.ts';

const listedBlanks = 8;
const decimalAmount = /^\d+(?:\.\d+)?$/;

export function checkFigureValues(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const table of tableKeys) {
    if (isLegacyTable(context.report, table)) continue;
    if (context.isBlank(table)) {
      const message = `${tableNames[table]}全部为空（未读到任何数字），未核对该表的勾稽关系。`;
      findings.push(createFinding('R5', 'warning', message, [{ path: table }]));
      continue;
    }
    findings.push(...checkTable(context, table));
  }
  return findings;
}

// One look at each figure: the blank cells (one finding for all of them), then the wrong values.
function checkTable(context: RuleContext, table: TableKey): Finding[] {
  const blanks: string[] = [];
  const wrong: Finding[] = [];
  for (const path of tablePaths[table]) {
    const value = context.figure(path);
    if (isBlankFigure(value)) blanks.push(path);
    else {
      const problem = checkValue(context, path, value);
      if (problem !== undefined) wrong.push(problem);
    }
  }
  return blanks.length === 0 ? wrong : [describeBlanks(context, table, blanks), ...wrong];
}

function describeBlanks(context: RuleContext, table: TableKey, blanks: readonly string[]): Finding {
  const names = blanks.slice(0, listedBlanks).map((p) => describeFigure(p).replace(/^表[二三四]/, ''));
  const more = blanks.length > listedBlanks ? `等` : '';
  const message =
    `${tableNames[table]}有 ${blanks.length} 个空白单元格，已按 0 计算：${names.join('、')}${more}。` +
    '如确为 0，应填写 0。';
  return createFinding('R5', 'warning', message, blanks.map(context.locate));
}

function checkValue(context: RuleContext, path: string, value: number | string): Finding | undefined {
  const problem = path === amountPath ? judgeAmount(value) : judgeCount(value);
  if (problem === undefined) return undefined;
  const message = `${describeFigure(path)}为「${String(value)}」：${problem}。`;
  return createFinding('R5', 'error', message, [context.locate(path)]);
}

function judgeCount(value: number | string): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '应为数字';
  if (value < 0) return '不能为负数';
  if (!Number.isInteger(value)) return '件数应为整数';
  return undefined;
}

function judgeAmount(value: number | string): string | undefined {
  if (typeof value !== 'string') return '金额应按原样记为十进制数字（如 2030.16873）';
  if (value.trim().startsWith('-')) return '金额不能为负数';
  return decimalAmount.test(value.trim()) ? undefined : '金额应为十进制数字（单位：万元）';
}

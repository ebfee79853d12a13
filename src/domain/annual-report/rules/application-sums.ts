/** R1–R3: the sums of table B (收到和处理政府信息公开申请情况). */
import type { Finding } from '../../findings.ts';
import { applicantColumnLabels, applicationRows, outcomeRowKeys } from '../layout.ts';
import { applicantColumns, applicantParts } from '../model.ts';
import { createFinding, type RuleContext } from './rule-context.ts';

const path = (row: string, column: string) => `applications.${row}.${column}`;

// The paths each check reads, built once (the checker runs thousands of reports a second).
const balancePaths = applicantColumns.map((column) => ({
  column,
  paths: ['newReceived', 'carriedOver', 'outcomes.total', 'carriedForward'].map((r) => path(r, column)),
}));
const outcomePaths = applicantColumns.map((column) => ({
  column,
  totalPath: path('outcomes.total', column),
  partPaths: outcomeRowKeys.map((row) => path(row, column)),
}));
const rowPaths = applicationRows.map((row) => ({
  label: row.label,
  totalPath: path(row.key, 'total'),
  partPaths: applicantParts.map((column) => path(row.key, column)),
}));

/** R1, per column: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度 (printed above table B). */
export function checkApplicationBalance(context: RuleContext): Finding[] {
  if (!context.isChecked('applications')) return [];
  return balancePaths.flatMap(({ column, paths }) => {
    const [received = 0, carriedOver = 0, answered = 0, carriedForward = 0] = paths.map(context.count);
    const incoming = received + carriedOver;
    const outgoing = answered + carriedForward;
    if (incoming === outgoing) return [];
    const message =
      `表三「${applicantColumnLabels[column]}」列：本年新收 ${received} + 上年结转 ${carriedOver} = ${incoming}，` +
      `但办理结果总计 ${answered} + 结转下年度 ${carriedForward} = ${outgoing}，` +
      `相差 ${difference(incoming, outgoing)}。`;
    return [createFinding('R1', 'error', message, paths.map(context.locate))];
  });
}

/** R2, per column: （七）总计 = the 21 outcome rows above it. */
export function checkOutcomeTotals(context: RuleContext): Finding[] {
  if (!context.isChecked('applications')) return [];
  return outcomePaths.flatMap(({ column, totalPath, partPaths }) => {
    const sum = addUp(context, partPaths);
    const total = context.count(totalPath);
    if (sum === total) return [];
    const message =
      `表三「${applicantColumnLabels[column]}」列：21 项办理结果之和为 ${sum}，` +
      `但「（七）总计」行为 ${total}，相差 ${difference(sum, total)}。`;
    return [createFinding('R2', 'error', message, [totalPath, ...partPaths].map(context.locate))];
  });
}

/** R3, per row: 总计 = the six applicant columns. */
export function checkApplicantTotals(context: RuleContext): Finding[] {
  if (!context.isChecked('applications')) return [];
  return rowPaths.flatMap(({ label, totalPath, partPaths }) => {
    const sum = addUp(context, partPaths);
    const total = context.count(totalPath);
    if (sum === total) return [];
    const message =
      `表三「${label}」行：六类申请人之和为 ${sum}（${partPaths.map(context.count).join(' + ')}），` +
      `但「总计」列为 ${total}，相差 ${difference(sum, total)}。`;
    return [createFinding('R3', 'error', message, [...partPaths, totalPath].map(context.locate))];
  });
}

export function addUp(context: RuleContext, paths: readonly string[]): number {
  let sum = 0;
  for (const p of paths) sum += context.count(p);
  return sum;
}

/** The gap between two sums, as people read it (no float noise such as 0.30000000000000004). */
export function difference(a: number, b: number): number {
  return Number(Math.abs(a - b).toPrecision(12));
}

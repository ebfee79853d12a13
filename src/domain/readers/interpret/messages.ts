/** The Chinese words of reader findings: table and row names, and the messages about a row's cells. */
import { applicationRows, describeFigure, proactiveRows } from '../../annual-report/layout.ts';
import type { RowReading } from './row-cells.ts';

export type TableKey = 'proactive' | 'applications' | 'reviews';

export const tableNames: Record<TableKey, string> = {
  proactive: '表二（主动公开政府信息情况）',
  applications: '表三（收到和处理政府信息公开申请情况）',
  reviews: '表四（政府信息公开行政复议、行政诉讼情况）',
};

/** "表三「（三）不予公开 1.属于国家秘密」行" */
export function describeRow(table: TableKey, key: string): string {
  if (table === 'applications') {
    const row = applicationRows.find((r) => r.key === key);
    if (row === undefined) return `表三「${key}」行`;
    return `表三「${row.group === undefined ? '' : `${row.group} `}${row.label}」行`;
  }
  if (table === 'proactive') return `表二「${proactiveRows.find((r) => r.key === key)?.label ?? key}」行`;
  return '表四数据行';
}

/** The column part of a figure's description: "「自然人」列" from "表三「…」行「自然人」列". */
export function describeColumn(path: string): string {
  const description = describeFigure(path);
  const at = description.lastIndexOf('行「');
  return at >= 0 ? description.slice(at + 1) : description;
}

export function formatValues(values: readonly (number | null)[]): string {
  return values.map((v) => (v === null ? '空' : String(v))).join('、');
}

/** Why a row's cells could not be read, for a finding. */
export function describeUnreadable(
  row: string,
  reading: Extract<RowReading, { status: 'unreadable' }>,
  width: number,
): string {
  switch (reading.reason) {
    case 'tooMany':
      return `${row}应有${width}个数字，却读到${reading.count}个（“${reading.run}”），无法确定各列，该行未读取。`;
    case 'tooFew':
      return `${row}应有${width}个数字，只读到${reading.count}个（“${reading.run}”），无法确定各列，该行未读取。`;
    case 'noSplit':
      return `${row}的数字“${reading.run}”之间缺少分隔，且没有符合勾稽关系的拆分方式，该行未读取。`;
    case 'tooManySplits':
      return `${row}的数字“${reading.run}”之间缺少分隔，可能的拆分方式过多，该行未读取。`;
  }
}

export function describeSplit(
  row: string,
  run: string,
  values: readonly (number | null)[],
  byRule: boolean,
): string {
  const how = byRule ? '已按勾稽关系唯一拆分为' : '按位数只有一种拆分方式';
  return `${row}的数字“${run}”之间缺少分隔，${how}：${formatValues(values)}。请核对原文。`;
}

export function describeAmbiguous(
  row: string,
  run: string,
  cells: readonly { path: string; values: readonly number[] }[],
): string {
  const list = cells.map((c) => `${describeColumn(c.path)}（可能为 ${c.values.join('、')}）`).join('，');
  return `${row}的数字“${run}”之间缺少分隔，拆分方式不唯一，以下单元格未读取：${list}。`;
}

export function describeOcr(path: string, raw: string, value: number | null): string {
  return `${describeFigure(path)}的“${raw}”含形近或多余字符，按 ${value ?? '空'} 读取，请核对原文。`;
}

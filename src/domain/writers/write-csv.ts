/**
 * The report's figures as CSV, one line per figure (`table,row,column,path,value`) with the
 * printed Chinese labels: UTF-8 with a BOM so that Excel opens it as UTF-8, RFC 4180 quoting.
 */
import { getFigure } from '../annual-report/figures.ts';
import {
  applicantColumnLabels,
  applicationRows,
  figurePaths,
  proactiveRows,
  reviewColumnLabels,
  reviewGroupLabels,
} from '../annual-report/layout.ts';
import type { AnnualReport, ApplicantColumn, ReviewColumn, ReviewGroupKey } from '../annual-report/model.ts';
import { formatFigure } from './table-grid.ts';

export const csvHeader = ['table', 'row', 'column', 'path', 'value'] as const;

export function writeCsv(report: AnnualReport): string {
  const lines = [csvHeader, ...figurePaths.map((path) => [...labelFigure(path), path, formatFigure(getFigure(report, path))])];
  return `\uFEFF${lines.map((fields) => fields.map(quoteCsvField).join(',')).join('\r\n')}\r\n`;
}

/** Quotes a field when it holds a comma, a quote or a line break, doubling its quotes (RFC 4180). */
export function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** The table, row and column labels of a figure, e.g. 表三 · （三）不予公开 1.属于国家秘密 · 自然人. */
function labelFigure(path: string): [string, string, string] {
  const [table, ...rest] = path.split('.');
  const column = rest.pop() ?? '';
  const rowKey = rest.join('.');
  if (table === 'proactive') {
    const row = proactiveRows.find((r) => r.key === rowKey);
    const field = row?.fields.find((f) => f.key === column);
    return ['表二', row?.label ?? rowKey, field?.label ?? column];
  }
  if (table === 'applications') {
    const row = applicationRows.find((r) => r.key === rowKey);
    const label = row?.group === undefined ? (row?.label ?? rowKey) : `${row.group} ${row.label}`;
    return ['表三', label, applicantColumnLabels[column as ApplicantColumn] ?? column];
  }
  return [
    '表四',
    reviewGroupLabels[rowKey as ReviewGroupKey] ?? rowKey,
    reviewColumnLabels[column as ReviewColumn] ?? column,
  ];
}

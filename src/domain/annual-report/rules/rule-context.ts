/** What every rule reads: the figures (blank read as 0), their locations, the tables that can be checked. */
import type { Finding, Severity } from '../../findings.ts';
import { getFigure } from '../figures.ts';
import { figurePaths } from '../layout.ts';
import type { AnnualReport, Count, SourceLocation } from '../model.ts';

export type TableKey = 'proactive' | 'applications' | 'reviews';
export const tableKeys: readonly TableKey[] = ['proactive', 'applications', 'reviews'];
export const tableNames: Record<TableKey, string> = { proactive: '表二', applications: '表三', reviews: '表四' };
export const tablePaths: Record<TableKey, readonly string[]> = {
  proactive: figurePaths.filter((p) => p.startsWith('proactive.')),
  applications: figurePaths.filter((p) => p.startsWith('applications.')),
  reviews: figurePaths.filter((p) => p.startsWith('reviews.')),
};
export const amountPath = 'proactive.fees.amountWanYuan';

export interface RuleContext {
  report: AnnualReport;
  /** The figure at a path as stored (null when blank, undefined when missing or not a figure). */
  figure(path: string): Count | string | undefined;
  /** The count at a path as the sums read it: blank, missing or not a number → 0. */
  count(path: string): number;
  /** Where a figure was read, with its path (just `{ path }` for a report built in code). */
  locate(path: string): SourceLocation;
  /** Nothing was read in the table: every figure blank or missing. */
  isBlank(table: TableKey): boolean;
  /** The table can be checked: something was read in it, and it is in the 2021 layout. */
  isChecked(table: TableKey): boolean;
}

export function createRuleContext(report: AnnualReport): RuleContext {
  // Read every figure once: the rules look each one up several times.
  const figures = new Map(figurePaths.map((p) => [p, readFigure(report, p)]));
  const figure = (path: string) => (figures.has(path) ? figures.get(path) : getFigure(report, path));
  const blank = new Map(tableKeys.map((t) => [t, tablePaths[t].every((p) => isBlankFigure(figure(p)))]));
  const checked = new Map(tableKeys.map((t) => [t, !blank.get(t) && !isLegacyTable(report, t)]));
  return {
    report,
    figure,
    count: (path) => {
      const value = figure(path);
      return typeof value === 'number' && Number.isFinite(value) ? value : 0;
    },
    locate: (path) => locateFigure(report, path),
    isBlank: (table) => blank.get(table) ?? true,
    isChecked: (table) => checked.get(table) ?? false,
  };
}

/** getFigure without splitting the path for each call: the paths of the layout are walked once. */
const pathKeys = new Map(figurePaths.map((p) => [p, p.split('.')]));
function readFigure(report: AnnualReport, path: string): Count | string | undefined {
  let node: unknown = report;
  for (const key of pathKeys.get(path)!) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node === null || typeof node === 'number' || typeof node === 'string' ? node : undefined;
}

/** A blank cell (null) or a figure the report lacks altogether (undefined). */
export function isBlankFigure(value: Count | string | undefined): value is null | undefined {
  return value === null || value === undefined;
}

export function locateFigure(report: AnnualReport, path: string): SourceLocation {
  return { ...report.sources?.[path]?.location, path };
}

/** Tables A and B of the 2019 trial format are not read into the 2021 model (the reader says so). */
export function isLegacyTable(report: AnnualReport, table: TableKey): boolean {
  return report.format === '2019' && table !== 'reviews';
}

export function createFinding(
  rule: string,
  severity: Severity,
  message: string,
  locations: SourceLocation[],
): Finding {
  return { rule, severity, message, locations };
}

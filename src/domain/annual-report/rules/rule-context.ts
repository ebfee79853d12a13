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
  // Read every figure once, into an array in layout order: the rules look each one up several times.
  const figures = readFigures(report);
  const blank = {
    proactive: isBlankTable(figures, 'proactive'),
    applications: isBlankTable(figures, 'applications'),
    reviews: isBlankTable(figures, 'reviews'),
  };
  // Methods rather than arrow functions in properties: tsx (esbuild keepNames) names each arrow
  // function when it is created, which costs more than the whole lookup. None uses `this`: the
  // rules pass them around unbound (`paths.map(context.count)`).
  const context: RuleContext = {
    report,
    figure(path) {
      const index = figureIndex.get(path);
      return index === undefined ? getFigure(report, path) : figures[index];
    },
    count(path) {
      const value = context.figure(path);
      return typeof value === 'number' && Number.isFinite(value) ? value : 0;
    },
    locate(path) {
      return locateFigure(report, path);
    },
    isBlank(table) {
      return blank[table] ?? true;
    },
    isChecked(table) {
      return blank[table] === false && !isLegacyTable(report, table);
    },
  };
  return context;
}

/** The figures of the layout held by one object (a table row), and where each goes in the array. */
interface FigureRow {
  keys: readonly string[];
  fields: readonly { key: string; index: number }[];
}

// The layout's figures grouped by row, so that each row is walked to once, not once per figure.
const figureRows = groupFiguresByRow(figurePaths);
const figureIndex = new Map(figurePaths.map((path, index) => [path, index]));

function groupFiguresByRow(paths: readonly string[]): FigureRow[] {
  const rows = new Map<string, { keys: string[]; fields: { key: string; index: number }[] }>();
  paths.forEach((path, index) => {
    const keys = path.split('.');
    const key = keys.pop()!;
    const rowPath = keys.join('.');
    const row = rows.get(rowPath) ?? { keys, fields: [] };
    row.fields.push({ key, index });
    rows.set(rowPath, row);
  });
  return [...rows.values()];
}

function readFigures(report: AnnualReport): (Count | string | undefined)[] {
  const figures = new Array<Count | string | undefined>(figurePaths.length);
  for (const { keys, fields } of figureRows) {
    const row = walk(report, keys);
    for (const { key, index } of fields) figures[index] = row === undefined ? undefined : asFigure(row[key]);
  }
  return figures;
}

// The object at the end of the keys; undefined when the report lacks it.
function walk(report: AnnualReport, keys: readonly string[]): Record<string, unknown> | undefined {
  let node: unknown = report;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node === null || typeof node !== 'object' ? undefined : (node as Record<string, unknown>);
}

function asFigure(value: unknown): Count | string | undefined {
  return value === null || typeof value === 'number' || typeof value === 'string' ? value : undefined;
}

function isBlankTable(figures: readonly (Count | string | undefined)[], table: TableKey): boolean {
  for (const path of tablePaths[table]) if (!isBlankFigure(figures[figureIndex.get(path)!])) return false;
  return true;
}

/** A blank cell (null) or a figure the report lacks altogether (undefined). */
export function isBlankFigure(value: Count | string | undefined): value is null | undefined {
  return value === null || value === undefined;
}

export function locateFigure(report: AnnualReport, path: string): SourceLocation {
  return withPath(report.sources?.[path]?.location, path);
}

/**
 * A copy of a location with a path (and a quote). What `{ ...location, path }` gives, but that
 * spread costs about a microsecond in Node 20 — per location of every finding.
 */
export function withPath(location: SourceLocation | undefined, path: string, quote?: string): SourceLocation {
  const located: SourceLocation = Object.assign({}, location);
  located.path = path;
  if (quote !== undefined) located.quote = quote;
  return located;
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

/** Building, reading and writing the figures of a report by dotted path. */
import { applicationRows, figurePaths } from './layout.ts';
import {
  applicantColumns,
  reviewColumns,
  reviewGroups,
  type AnnualReport,
  type ApplicantRow,
  type Count,
  type ReviewGroup,
} from './model.ts';

function blankApplicantRow(): ApplicantRow {
  return Object.fromEntries(applicantColumns.map((c) => [c, null])) as ApplicantRow;
}
function blankReviewGroup(): ReviewGroup {
  return Object.fromEntries(reviewColumns.map((c) => [c, null])) as ReviewGroup;
}

/** A report with every figure blank (null) and nothing known about it. */
export function createBlankReport(): AnnualReport {
  const applications: Record<string, unknown> = {};
  for (const row of applicationRows) setAt(applications, row.key.split('.'), blankApplicantRow());
  const documents = () => ({ issued: null, abolished: null, inForce: null });
  return {
    agency: null,
    year: null,
    period: { from: null, to: null },
    proactive: {
      regulations: documents(),
      normativeDocuments: documents(),
      licensing: { decisions: null },
      penalty: { decisions: null },
      enforcement: { decisions: null },
      fees: { amountWanYuan: null },
    },
    applications: applications as unknown as AnnualReport['applications'],
    reviews: Object.fromEntries(reviewGroups.map((g) => [g, blankReviewGroup()])) as AnnualReport['reviews'],
    sections: { overview: null, problems: null, other: null },
  };
}

function setAt(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/** The figure at a dotted path (`applications.newReceived.total`); undefined when the path is not a figure. */
export function getFigure(report: AnnualReport, path: string): Count | string | undefined {
  let node: unknown = report;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (node === null || typeof node === 'number' || typeof node === 'string') return node;
  return undefined;
}

/** The count at a path, as a number (null for blank, undefined for an amount or a non-figure). */
export function getCount(report: AnnualReport, path: string): Count | undefined {
  const value = getFigure(report, path);
  return typeof value === 'string' ? undefined : value;
}

/** Sets the figure at a dotted path in place. Throws on a path that is not a figure of the model. */
export function setFigure(report: AnnualReport, path: string, value: Count | string): void {
  if (!isFigurePath(path)) throw new Error(`not a figure path: ${path}`);
  setAt(report as unknown as Record<string, unknown>, path.split('.'), value);
}

const figurePathSet = new Set(figurePaths);
export function isFigurePath(path: string): boolean {
  return figurePathSet.has(path);
}

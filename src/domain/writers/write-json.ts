/** The canonical JSON of a report: the model's keys in the model's order, whatever order the input had. */
import { getFigure } from '../annual-report/figures.ts';
import { applicationRows, proactiveRows } from '../annual-report/layout.ts';
import {
  applicantColumns,
  reviewColumns,
  reviewGroups,
  sectionKeys,
  type AnnualReport,
} from '../annual-report/model.ts';

export interface WriteJsonOptions {
  /** Keep where each figure was read (`sources`); left out by default. */
  withSources?: boolean;
}

export function writeJson(report: AnnualReport, options: WriteJsonOptions = {}): string {
  return `${JSON.stringify(toCanonicalReport(report, options), null, 2)}\n`;
}

/** A copy of the report holding only the model's keys, in the model's order; a missing figure becomes null. */
export function toCanonicalReport(report: AnnualReport, options: WriteJsonOptions = {}): AnnualReport {
  const canonical: AnnualReport = {
    agency: report.agency ?? null,
    year: report.year ?? null,
    period: { from: report.period?.from ?? null, to: report.period?.to ?? null },
    proactive: buildProactive(report) as unknown as AnnualReport['proactive'],
    applications: buildApplications(report) as unknown as AnnualReport['applications'],
    reviews: Object.fromEntries(
      reviewGroups.map((g) => [g, Object.fromEntries(reviewColumns.map((c) => [c, countAt(report, `reviews.${g}.${c}`)]))]),
    ) as unknown as AnnualReport['reviews'],
    sections: Object.fromEntries(sectionKeys.map((k) => [k, report.sections?.[k] ?? null])) as AnnualReport['sections'],
  };
  if (report.format !== undefined) canonical.format = report.format;
  if (options.withSources === true && report.sources !== undefined) canonical.sources = report.sources;
  return canonical;
}

function buildProactive(report: AnnualReport): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    proactiveRows.map((row) => [
      row.key,
      Object.fromEntries(row.fields.map((f) => [f.key, figureAt(report, `proactive.${row.key}.${f.key}`)])),
    ]),
  );
}

function buildApplications(report: AnnualReport): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const row of applicationRows) {
    const keys = row.key.split('.');
    let node = root;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = Object.fromEntries(
      applicantColumns.map((c) => [c, countAt(report, `applications.${row.key}.${c}`)]),
    );
  }
  return root;
}

function figureAt(report: AnnualReport, path: string): number | string | null {
  return getFigure(report, path) ?? null;
}

function countAt(report: AnnualReport, path: string): number | null {
  const value = getFigure(report, path);
  return typeof value === 'number' ? value : null;
}

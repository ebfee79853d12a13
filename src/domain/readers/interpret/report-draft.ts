/** The report being read: figures with their sources, findings, and the cells the source leaves open. */
import { createBlankReport, setFigure } from '../../annual-report/figures.ts';
import type { AnnualReport, FigureSource, SourceLocation } from '../../annual-report/model.ts';
import type { Finding, Severity } from '../../findings.ts';
import type { ReadResult } from '../read-result.ts';

export interface Draft {
  report: AnnualReport;
  sources: Record<string, FigureSource>;
  findings: Finding[];
  ambiguous: string[];
  candidates: Record<string, number[]>;
}

export function createDraft(): Draft {
  return { report: createBlankReport(), sources: {}, findings: [], ambiguous: [], candidates: {} };
}

/** Stores a figure (null for a blank) and where it was read. */
export function putFigure(
  draft: Draft,
  path: string,
  value: number | string | null,
  source: { location: SourceLocation; raw: string; inferred?: 'split' | 'ocr' | null },
): void {
  setFigure(draft.report, path, value);
  const figureSource: FigureSource = { location: locate(source.location, path), raw: source.raw };
  if (source.inferred !== undefined && source.inferred !== null) figureSource.inferred = source.inferred;
  draft.sources[path] = figureSource;
}

/** Stores where a value that is not a figure (the agency, the year, the period) was read. */
export function putSource(draft: Draft, path: string, location: SourceLocation, raw: string): void {
  draft.sources[path] = { location: locate(location, path), raw };
}

/** Marks a cell the source does not determine: it stays null, with the values it could take. */
export function putAmbiguous(
  draft: Draft,
  path: string,
  values: readonly number[],
  location: SourceLocation,
  raw: string,
): void {
  setFigure(draft.report, path, null);
  draft.sources[path] = { location: locate(location, path), raw };
  draft.ambiguous.push(path);
  draft.candidates[path] = [...new Set(values)].sort((a, b) => a - b);
}

/**
 * A copy of a location with a path. Copied field by field, each named: spreading, or a loop over
 * the field names, was the hot spot of a read (every figure gets one).
 */
export function locate(location: SourceLocation, path: string): SourceLocation {
  const located: SourceLocation = {};
  if (location.line !== undefined) located.line = location.line;
  if (location.page !== undefined) located.page = location.page;
  if (location.table !== undefined) located.table = location.table;
  if (location.row !== undefined) located.row = location.row;
  if (location.cell !== undefined) located.cell = location.cell;
  if (location.quote !== undefined) located.quote = location.quote;
  located.path = path;
  return located;
}

export function addFinding(
  draft: Draft,
  rule: string,
  severity: Severity,
  message: string,
  locations: readonly SourceLocation[],
): void {
  draft.findings.push({ rule, severity, message, locations: [...locations] });
}

export function finishDraft(draft: Draft): ReadResult {
  draft.report.sources = draft.sources;
  const { report, findings, ambiguous, candidates } = draft;
  return { report, findings, ambiguous, candidates };
}

/** The report being read: figures with their sources, findings, and the cells the source leaves open. */
import { createBlankReport, isFigurePath } from '../../annual-report/figures.ts';
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
  setAtPath(draft.report, path, value);
  const figureSource: FigureSource = { location: locate(source.location, path), raw: source.raw };
  if (source.inferred !== undefined && source.inferred !== null) figureSource.inferred = source.inferred;
  draft.sources[path] = figureSource;
}

/** Marks a cell the source does not determine: it stays null, with the values it could take. */
export function putAmbiguous(
  draft: Draft,
  path: string,
  values: readonly number[],
  location: SourceLocation,
  raw: string,
): void {
  setAtPath(draft.report, path, null);
  draft.sources[path] = { location: locate(location, path), raw };
  draft.ambiguous.push(path);
  draft.candidates[path] = [...new Set(values)].sort((a, b) => a - b);
}

const locationKeys = ['line', 'page', 'table', 'row', 'cell', 'quote'] as const;

/** A copy of a location with a path (copied field by field: spreading was the hot spot of a read). */
export function locate(location: SourceLocation, path: string): SourceLocation {
  const located: SourceLocation = {};
  for (const key of locationKeys) {
    const value = location[key];
    if (value !== undefined) (located as Record<string, unknown>)[key] = value;
  }
  located.path = path;
  return located;
}

const pathKeys = new Map<string, readonly string[]>();

// Paths come from the layout, so setFigure's check is not needed on this hot path (hundreds per report).
function setAtPath(report: AnnualReport, path: string, value: number | string | null): void {
  let keys = pathKeys.get(path);
  if (keys === undefined) {
    if (!isFigurePath(path)) throw new Error(`not a figure path: ${path}`);
    keys = path.split('.');
    pathKeys.set(path, keys);
  }
  let node = report as unknown as Record<string, unknown>;
  for (let i = 0; i < keys.length - 1; i++) node = node[keys[i]!] as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
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

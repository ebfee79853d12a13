/**
 * Puts the text runs of a PDF page in reading order: visual lines top to bottom, runs left to
 * right. PDF stores runs in drawing order, which WPS and Word do not keep to the page's order.
 */
import type { Token } from './read-result.ts';

/** A text run as drawn on a page; `x`/`y` are the baseline origin in points (y grows upwards). */
export interface PdfRun {
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
}

// Runs of one line differ by rounding and by superscripts; the next line is ≥ 10pt away. Table
// figures sit a few points below the first line of a wrapped label and form their own line.
const sameLineTolerance = 2.5;

/** Tokens in reading order: by page, then line (top to bottom), then x. Blank runs are dropped. */
export function arrangePdfRuns(runs: readonly PdfRun[]): Token[] {
  const byPage = new Map<number, PdfRun[]>();
  for (const run of runs) {
    const text = run.text.trim();
    if (text === '') continue;
    const list = byPage.get(run.page) ?? [];
    list.push({ ...run, text });
    byPage.set(run.page, list);
  }
  const pages = [...byPage.keys()].sort((a, b) => a - b);
  return pages.flatMap((page) => arrangePage(page, byPage.get(page)!));
}

function arrangePage(page: number, runs: PdfRun[]): Token[] {
  const lines = groupLines(runs);
  return lines.flatMap((line, index) =>
    joinTouchingRuns(line.sort((a, b) => a.x - b.x))
      .map((run) => ({
        text: run.text,
        location: { page, line: index + 1 },
        x: roundPoints(run.x),
        width: roundPoints(run.width),
      })),
  );
}

// Sorted top to bottom, a run joins the current line when its baseline is within the tolerance
// of the run above it. Chaining (rather than comparing with the line's first run) keeps a table
// label and its figures together when a vertical heading character sits a point above them.
function groupLines(runs: PdfRun[]): PdfRun[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfRun[][] = [];
  let previousY = Number.NaN;
  for (const run of sorted) {
    const current = lines[lines.length - 1];
    if (current && previousY - run.y <= sameLineTolerance) current.push(run);
    else lines.push([run]);
    previousY = run.y;
  }
  return lines;
}

// Producers split one word into several runs (Chromium at every glyph it maps to a radical:
// "行" + "政规范性" + "文" + "件"). Runs on one baseline that touch are one word; cells and the
// spaces WPS draws between words leave gaps of several points.
const touchingGap = 1;
const touchingOverlap = 2;
const sameBaseline = 1;

function joinTouchingRuns(line: readonly PdfRun[]): PdfRun[] {
  const joined: PdfRun[] = [];
  for (const run of line) {
    const previous = joined[joined.length - 1];
    const gap = previous ? run.x - (previous.x + previous.width) : Number.NaN;
    const touches = gap <= touchingGap && gap >= -touchingOverlap;
    if (previous && touches && Math.abs(previous.y - run.y) <= sameBaseline) {
      const width = run.x + run.width - previous.x;
      joined[joined.length - 1] = { ...previous, text: previous.text + run.text, width };
    } else {
      joined.push(run);
    }
  }
  return joined;
}

function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

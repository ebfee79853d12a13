/** Writing a row's reading into the report: figures, sources, and the findings about doubtful cells. */
import type { SourceLocation } from '../../annual-report/model.ts';
import {
  describeAmbiguous,
  describeOcr,
  describeRow,
  describeSplit,
  describeUnreadable,
  type TableKey,
} from './messages.ts';
import type { ReadToken } from './read-tokens.ts';
import { addFinding, locate, putAmbiguous, putFigure, type Draft } from './report-draft.ts';
import type { CellReading, RowReading } from './row-cells.ts';
import type { SplitCell } from './split-solver.ts';

export interface RowTarget {
  table: TableKey;
  rowKey: string;
  /** The figure path of each cell, in column order. */
  paths: readonly string[];
  /** Where the row's label stands: the location of blank PDF cells. */
  anchor: SourceLocation;
  /** A split is decided by the table's sum rules (table A has none: only the digit count decides). */
  splitByRule: boolean;
}

const amountPath = 'proactive.fees.amountWanYuan';

/** Stores a read row; an ambiguous one must go through `writeSolutions`. */
export function writeRow(draft: Draft, target: RowTarget, reading: RowReading): void {
  if (reading.status === 'unreadable') {
    const row = describeRow(target.table, target.rowKey);
    const message = describeUnreadable(row, reading, target.paths.length);
    addFinding(draft, 'READ.unreadableRow', 'warning', message, [{ ...target.anchor }]);
    return;
  }
  if (reading.status === 'ambiguous') {
    writeSolutions(draft, target, reading.solutions, reading.tokens, reading.run);
    return;
  }
  const { cells, status } = reading;
  for (let i = 0; i < cells.length; i++) writeCell(draft, target, target.paths[i]!, cells[i]!);
  if (status === 'split') {
    const row = describeRow(target.table, target.rowKey);
    const values = reading.cells.map((c) => c.value);
    const message = describeSplit(row, reading.run, values, isSplitByRule(target, reading.run));
    addFinding(draft, 'READ.split', 'warning', message, locationsOf(draft, target.paths));
  }
}

function writeCell(draft: Draft, target: RowTarget, path: string, cell: CellReading): void {
  const location = cell.token?.token.location ?? target.anchor;
  const value = path === amountPath ? (cell.number?.text ?? cell.value?.toString() ?? null) : cell.value;
  putFigure(draft, path, value, { location, raw: cell.raw, inferred: cell.inferred });
  if (cell.inferred === 'ocr') {
    const message = describeOcr(path, cell.raw, cell.value);
    addFinding(draft, 'READ.ocr', 'warning', message, [locate(location, path)]);
  }
}

/**
 * Stores the candidate rows of a split: cells on which every candidate agrees are read (as split),
 * the others stay null and are listed as ambiguous with their possible values.
 */
export function writeSolutions(
  draft: Draft,
  target: RowTarget,
  solutions: readonly SplitCell[][],
  tokens: readonly ReadToken[],
  run: string,
): void {
  const location = tokens[0]?.token.location ?? target.anchor;
  const raw = tokens.map((t) => t.text).join(' ');
  const open: { path: string; values: number[] }[] = [];
  target.paths.forEach((path, column) => {
    const values = [...new Set(solutions.map((s) => s[column] ?? null))];
    if (values.length === 1) {
      putFigure(draft, path, values[0] ?? null, { location, raw, inferred: 'split' });
    } else {
      const numbers = values.filter((v): v is number => v !== null);
      putAmbiguous(draft, path, numbers, location, raw);
      open.push({ path, values: draft.candidates[path] ?? numbers });
    }
  });
  const row = describeRow(target.table, target.rowKey);
  if (open.length === 0) {
    const message = describeSplit(row, run, solutions[0] ?? [], isSplitByRule(target, run));
    addFinding(draft, 'READ.split', 'warning', message, locationsOf(draft, target.paths));
    return;
  }
  const locations = open.map((c) => ({ ...location, path: c.path }));
  addFinding(draft, 'READ.ambiguousSplit', 'warning', describeAmbiguous(row, run, open), locations);
}

// A run with exactly one digit per cell splits one way whatever the rules say.
function isSplitByRule(target: RowTarget, run: string): boolean {
  return target.splitByRule && run.replace(/\D/g, '').length > target.paths.length;
}

function locationsOf(draft: Draft, paths: readonly string[]): SourceLocation[] {
  return paths.map((path) => draft.sources[path]?.location ?? { path });
}

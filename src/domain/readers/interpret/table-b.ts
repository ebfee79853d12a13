/**
 * Table B (三、收到和处理政府信息公开申请情况): 25 rows of seven columns. Rows whose separators were
 * lost are split by the row rule (R3); a row left with several splits is narrowed by the column
 * rules (R1, R2) when the other rows are known.
 */
import { applicationRows } from '../../annual-report/layout.ts';
import { applicantColumns } from '../../annual-report/model.ts';
import { narrowByColumnRules, type RowState } from './column-rules.ts';
import { findLabeledRows, type LabeledRow, type Region } from './labeled-rows.ts';
import { describeRow } from './messages.ts';
import type { ReadToken } from './read-tokens.ts';
import { addFinding, type Draft } from './report-draft.ts';
import { readRowCells, splitCells, type RowReading } from './row-cells.ts';
import { applicationMatchers } from './row-labels.ts';
import { writeRow, type RowTarget } from './row-writer.ts';
import { checkRowTotal, type SplitCell } from './split-solver.ts';
import { layoutFromRows } from './x-columns.ts';

const width = applicantColumns.length;
// Fewer labels than this are words in some other text, not the table.
const minimumRows = 3;

/** Reads table B in the region; returns whether it was found and where its last value stands. */
export function readApplicationTable(
  draft: Draft,
  stream: readonly ReadToken[],
  region: Region,
  emptyIsBlank: boolean,
): { found: boolean; end: number } {
  const { rows, end } = findLabeledRows(stream, region, applicationMatchers);
  if (rows.filter((row) => row !== null).length < minimumRows) {
    return { found: false, end: region.start };
  }
  const readings = readRows(rows, emptyIsBlank);
  const narrowed = narrowOpenRows(readings);
  applicationRows.forEach((layoutRow, i) => {
    const row = rows[i];
    const target = targetOf(layoutRow.key, row);
    const reading = readings.get(layoutRow.key);
    if (row === null || row === undefined || reading === undefined) {
      const message = `${describeRow('applications', layoutRow.key)}未找到，该行数字未读取。`;
      addFinding(draft, 'READ.missingRow', 'warning', message, target.paths.map((path) => ({ path })));
      return;
    }
    writeRow(draft, target, resolve(reading, narrowed.get(layoutRow.key)));
  });
  return { found: true, end };
}

function readRows(rows: readonly (LabeledRow | null)[], emptyIsBlank: boolean): Map<string, RowReading> {
  const layout = layoutFromRows(rows.flatMap((row) => (row === null ? [] : [row.values])), width);
  const lastFound = rows.findLastIndex((row) => row !== null);
  const split = { sumGroupSize: width, check: checkRowTotal };
  const readings = new Map<string, RowReading>();
  rows.forEach((row, i) => {
    if (row === null) return;
    const rules = { split, layout, isLast: i === lastFound, emptyIsBlank };
    readings.set(applicationRows[i]!.key, readRowCells(row.values, width, rules));
  });
  return readings;
}

// Only rows whose split is open are narrowed: most reports have none, and then nothing is to be done.
function narrowOpenRows(readings: ReadonlyMap<string, RowReading>): Map<string, SplitCell[][]> {
  for (const reading of readings.values()) {
    if (reading.status === 'ambiguous') return narrowByColumnRules(statesOf(readings));
  }
  return new Map();
}

function statesOf(readings: ReadonlyMap<string, RowReading>): Map<string, RowState> {
  const states = new Map<string, RowState>();
  for (const [key, reading] of readings) {
    if (reading.status === 'cells' || reading.status === 'split') {
      states.set(key, { cells: reading.cells.map((c) => c.value) });
    } else if (reading.status === 'ambiguous') states.set(key, { solutions: reading.solutions });
  }
  return states;
}

// An open row that the column rules settle becomes a split row.
function resolve(reading: RowReading, solutions: SplitCell[][] | undefined): RowReading {
  if (reading.status !== 'ambiguous' || solutions === undefined) return reading;
  const [only, second] = solutions;
  if (only !== undefined && second === undefined) {
    return { status: 'split', run: reading.run, cells: splitCells(only, reading.tokens) };
  }
  return solutions.length === 0 ? reading : { ...reading, solutions };
}

// Built once: fresh path strings for every report would each be hashed again when stored.
const rowPaths = new Map(
  applicationRows.map((row) => [row.key, applicantColumns.map((column) => `applications.${row.key}.${column}`)]),
);

function targetOf(key: string, row: LabeledRow | null | undefined): RowTarget {
  return {
    table: 'applications',
    rowKey: key,
    paths: rowPaths.get(key) ?? [],
    anchor: row?.label.token.location ?? {},
    splitByRule: true,
  };
}

/** Table A (二、主动公开政府信息情况): 规章 and 行政规范性文件 with three counts, four rows with one figure. */
import { proactiveRows } from '../../annual-report/layout.ts';
import { describeRow } from './messages.ts';
import { findLabeledRows, type Region } from './labeled-rows.ts';
import type { ReadToken } from './read-tokens.ts';
import { addFinding, type Draft } from './report-draft.ts';
import { readRowCells } from './row-cells.ts';
import { proactiveMatchers } from './row-labels.ts';
import { writeRow } from './row-writer.ts';
import { layoutFromRows } from './x-columns.ts';

// Built once: fresh path strings for every report would each be hashed again when stored.
const rowPaths = proactiveRows.map((row) => row.fields.map((field) => `proactive.${row.key}.${field.key}`));
// Fewer labels than this are words in some other text, not the table.
const minimumRows = 2;

/** Reads table A in the region; returns whether it was found and where its last value stands. */
export function readProactiveTable(
  draft: Draft,
  stream: readonly ReadToken[],
  region: Region,
  emptyIsBlank: boolean,
): { found: boolean; end: number } {
  const { rows, end } = findLabeledRows(stream, region, proactiveMatchers);
  if (rows.filter((row) => row !== null).length < minimumRows) {
    return { found: false, end: region.start };
  }
  const documentRows = rows.slice(0, 2).flatMap((row) => (row === null ? [] : [row.values]));
  const layout = layoutFromRows(documentRows, 3);
  const lastFound = rows.findLastIndex((row) => row !== null);
  proactiveRows.forEach((layoutRow, i) => {
    const row = rows[i];
    const paths = rowPaths[i]!;
    if (row === null || row === undefined) {
      const message = `${describeRow('proactive', layoutRow.key)}未找到，该行数字未读取。`;
      addFinding(draft, 'READ.missingRow', 'warning', message, paths.map((path) => ({ path })));
      return;
    }
    const width = layoutRow.fields.length;
    const rules = { layout: width === 3 ? layout : null, isLast: i === lastFound, emptyIsBlank };
    const reading = readRowCells(row.values, width, rules);
    const anchor = row.label.token.location;
    writeRow(draft, { table: 'proactive', rowKey: layoutRow.key, paths, anchor, splitByRule: false }, reading);
  });
  return { found: true, end };
}

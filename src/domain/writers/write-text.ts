/**
 * The report as a web page flattened to text, laid out like the published pages (see
 * shared/fixtures/annual-reports/xiangtan-county-2024.txt): headings and paragraphs on their own
 * lines, every table cell on its own line after a tab, an empty cell as a lone tab, a blank line
 * after each table row. The text reader reads this layout back into the same report.
 */
import type { AnnualReport } from '../annual-report/model.ts';
import { buildReportTables } from './report-tables.ts';
import { composePreamble, composeTitle, listReportParts } from './report-text.ts';
import { flattenRows, type ReportTable } from './table-grid.ts';

export function writeText(report: AnnualReport): string {
  const tables = new Map(buildReportTables(report).map((t) => [t.key, t]));
  const lines = ['', composeTitle(report), composePreamble(report), ''];
  for (const part of listReportParts(report)) {
    lines.push(part.heading);
    if (part.kind === 'narrative') {
      lines.push('');
      // A tab would make the line read as a table cell.
      for (const paragraph of part.paragraphs) lines.push(paragraph.replaceAll('\t', ' '), '');
      continue;
    }
    // The published page has no blank line between table B's heading and its first row.
    if (part.table !== 'applications') lines.push('');
    lines.push(...flattenTable(tables.get(part.table)!), '');
  }
  return `${lines.join('\n')}\n`;
}

/** One line per cell (`\t` + text), a blank line after each row. */
function flattenTable(table: ReportTable): string[] {
  return flattenRows(table).flatMap((cells) => [...cells.map((text) => `\t${text}`), '']);
}

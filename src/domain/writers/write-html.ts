/**
 * The report as a standalone HTML5 page in the official layout, styled to print like the
 * published document. Every text from the report is escaped; the page carries no script.
 */
import type { AnnualReport } from '../annual-report/model.ts';
import { reportStyle } from './html-style.ts';
import { buildReportTables } from './report-tables.ts';
import { composePreamble, composeTitle, listReportParts, splitSubheading, type ReportPart } from './report-text.ts';
import type { GridCell, ReportTable } from './table-grid.ts';

export function writeHtml(report: AnnualReport): string {
  const title = composeTitle(report);
  const tables = new Map(buildReportTables(report).map((t) => [t.key, t]));
  const parts = listReportParts(report).map((part) => renderPart(part, tables));
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Gongkai">
<title>${escapeHtml(title)}</title>
<style>${reportStyle}</style>
</head>
<body>
<main class="report">
<h1>${escapeHtml(title)}</h1>
<p class="preamble">${escapeHtml(composePreamble(report))}</p>
${parts.join('\n')}
</main>
</body>
</html>
`;
}

/** Escapes the five characters that could end a text or an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function renderPart(part: ReportPart, tables: Map<ReportTable['key'], ReportTable>): string {
  const heading = `<h2>${escapeHtml(part.heading)}</h2>`;
  if (part.kind === 'table') return `<section>\n${heading}\n${renderTable(tables.get(part.table)!)}\n</section>`;
  return `<section>\n${heading}\n${part.paragraphs.map(renderParagraph).join('\n')}\n</section>`;
}

function renderParagraph(paragraph: string): string {
  const split = splitSubheading(paragraph);
  if (split === null) return `<p>${escapeHtml(paragraph)}</p>`;
  return `<p><span class="subheading">${escapeHtml(split.subheading)}</span>${escapeHtml(split.rest)}</p>`;
}

function renderTable(table: ReportTable): string {
  const total = table.columnWeights.reduce((a, b) => a + b, 0);
  const cols = table.columnWeights.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join('');
  const rows = table.rows.map((cells) => `<tr>${cells.map(renderCell).join('')}</tr>`);
  const head = rows.slice(0, table.headerRowCount);
  const body = rows.slice(table.headerRowCount);
  return [
    `<table class="report-table report-table-${table.key}">`,
    `<colgroup>${cols}</colgroup>`,
    ...(head.length > 0 ? ['<thead>', ...head, '</thead>'] : []),
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function renderCell(cell: GridCell): string {
  const spans =
    (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') + (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '');
  const text = escapeHtml(cell.text);
  if (cell.role === 'figure') return `<td${spans} data-path="${escapeHtml(cell.path ?? '')}">${text}</td>`;
  if (cell.role === 'label') return `<th${spans} scope="row" class="label">${text}</th>`;
  return `<th${spans} scope="col">${text}</th>`;
}

/**
 * The three tables of the annual report (国办公开办函〔2021〕30号) as grids: the official rows,
 * labels, merged headings and the report's figures in their cells.
 */
import { getFigure } from '../annual-report/figures.ts';
import {
  applicantColumnLabels,
  applicationRows,
  proactiveRows,
  reviewColumnLabels,
  reviewGroupLabels,
  sectionHeadings,
  type ApplicationRowLayout,
  type ProactiveRowLayout,
} from '../annual-report/layout.ts';
import { applicantColumns, reviewColumns, reviewGroups, type AnnualReport, type Count } from '../annual-report/model.ts';
import { createCell, createFigureCell, type GridCell, type ReportTable } from './table-grid.ts';

export const reconciliationNote = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export function buildReportTables(report: AnnualReport): ReportTable[] {
  return [buildProactiveTable(report), buildApplicationTable(report), buildReviewTable(report)];
}

/** 表二: one block per Art. 20 item — the item, a heading row (信息内容 + fields), then its rows. */
export function buildProactiveTable(report: AnnualReport): ReportTable {
  const rows: GridCell[][] = [];
  for (const block of groupConsecutive(proactiveRows, (r) => r.item)) {
    const fields = block[0]!.fields;
    const span = fields.length === 1 ? 3 : 1;
    rows.push([createCell(block[0]!.item, 'head', { colSpan: 4 })]);
    rows.push([createCell('信息内容', 'head'), ...fields.map((f) => createCell(f.label, 'head', { colSpan: span }))]);
    for (const row of block) rows.push(buildProactiveRow(report, row, span));
  }
  return {
    key: 'proactive',
    heading: sectionHeadings.proactive,
    columnWeights: [12, 10, 10, 10],
    headerRowCount: 0,
    labelColumnCount: 1,
    rows,
  };
}

function buildProactiveRow(report: AnnualReport, row: ProactiveRowLayout, span: number): GridCell[] {
  return [
    createCell(row.label, 'label'),
    ...row.fields.map((f) => {
      const path = `proactive.${row.key}.${f.key}`;
      return createFigureCell(path, figureAt(report, path), span);
    }),
  ];
}

/** 表三: three heading rows, then one row per `applicationRows` entry with 三、… and （三）… spanning their rows. */
export function buildApplicationTable(report: AnnualReport): ReportTable {
  const head: GridCell[][] = [
    [createCell(reconciliationNote, 'head', { rowSpan: 3, colSpan: 3 }), createCell('申请人情况', 'head', { colSpan: 7 })],
    [
      createCell(applicantColumnLabels.naturalPerson, 'head', { rowSpan: 2 }),
      createCell('法人或其他组织', 'head', { colSpan: 5 }),
      createCell(applicantColumnLabels.total, 'head', { rowSpan: 2 }),
    ],
    applicantColumns.slice(1, 6).map((c) => createCell(applicantColumnLabels[c], 'head')),
  ];
  const body = applicationRows.map((row, i) => [
    ...buildApplicationLabels(row, applicationRows[i - 1]),
    ...applicantColumns.map((c) => {
      const path = `applications.${row.key}.${c}`;
      return createFigureCell(path, figureAt(report, path));
    }),
  ]);
  return {
    key: 'applications',
    heading: sectionHeadings.applications,
    columnWeights: [2.6, 4.2, 11.8, 3, 3, 3, 3, 3, 3, 3],
    headerRowCount: 3,
    labelColumnCount: 3,
    rows: [...head, ...body],
  };
}

/** The label cells of a table B row: the section and group cells only on the first row they span. */
function buildApplicationLabels(row: ApplicationRowLayout, previous: ApplicationRowLayout | undefined): GridCell[] {
  const cells: GridCell[] = [];
  if (row.section === undefined) return [createCell(row.label, 'label', { colSpan: 3 })];
  if (previous?.section !== row.section) {
    cells.push(createCell(row.section, 'label', { rowSpan: countRun(row, (r) => r.section) }));
  }
  if (row.group === undefined) return [...cells, createCell(row.label, 'label', { colSpan: 2 })];
  if (previous?.group !== row.group) {
    cells.push(createCell(row.group, 'label', { rowSpan: countRun(row, (r) => r.group) }));
  }
  return [...cells, createCell(row.label, 'label')];
}

/** How many rows, from this one on, share its section (or group). */
function countRun(row: ApplicationRowLayout, pick: (r: ApplicationRowLayout) => string | undefined): number {
  const start = applicationRows.indexOf(row);
  let end = start;
  while (end < applicationRows.length && pick(applicationRows[end]!) === pick(row)) end += 1;
  return end - start;
}

/** 表四: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉) over their five columns each, then one row of figures. */
export function buildReviewTable(report: AnnualReport): ReportTable {
  const columnHeads = () => reviewColumns.map((c) => createCell(reviewColumnLabels[c], 'head'));
  const [reconsideration, ...litigation] = reviewGroups;
  const rows: GridCell[][] = [
    [createCell('行政复议', 'head', { colSpan: 5 }), createCell('行政诉讼', 'head', { colSpan: 10 })],
    [
      ...columnHeads().map((c) => ({ ...c, rowSpan: 2 })),
      ...litigation.map((g) => createCell(subLabel(reviewGroupLabels[g]), 'head', { colSpan: 5 })),
    ],
    [...columnHeads(), ...columnHeads()],
    [reconsideration, ...litigation].flatMap((g) =>
      reviewColumns.map((c) => createFigureCell(`reviews.${g}.${c}`, figureAt(report, `reviews.${g}.${c}`))),
    ),
  ];
  return {
    key: 'reviews',
    heading: sectionHeadings.reviews,
    columnWeights: Array.from({ length: 15 }, () => 2.8),
    headerRowCount: 3,
    labelColumnCount: 0,
    rows,
  };
}

/** `行政诉讼·复议后起诉` → `复议后起诉`: the table prints 行政诉讼 once above both groups. */
function subLabel(label: string): string {
  return label.split('·').pop() ?? label;
}

function figureAt(report: AnnualReport, path: string): Count | string {
  return getFigure(report, path) ?? null;
}

function groupConsecutive<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last !== undefined && keyOf(last[0]!) === keyOf(item)) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

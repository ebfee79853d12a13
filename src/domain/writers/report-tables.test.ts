import { describe, expect, it } from 'vitest';
import { createBlankReport, setFigure } from '../annual-report/figures.ts';
import { figurePaths } from '../annual-report/layout.ts';
import { buildApplicationTable, buildProactiveTable, buildReportTables, buildReviewTable } from './report-tables.ts';
import { flattenRows, placeCells, type ReportTable } from './table-grid.ts';

function findCell(table: ReportTable, text: string) {
  const found = placeCells(table).find((p) => p.cell.text === text);
  if (found === undefined) throw new Error(`no cell ${text}`);
  return found;
}

describe('buildReportTables', () => {
  const tables = buildReportTables(createBlankReport());

  it('fills every row to exactly the table width once spans are counted', () => {
    for (const table of tables) {
      const covered = table.rows.map(() => 0);
      for (const { cell, row } of placeCells(table)) {
        for (let r = row; r < row + cell.rowSpan; r += 1) covered[r]! += cell.colSpan;
      }
      expect(covered, table.key).toEqual(table.rows.map(() => table.columnWeights.length));
    }
  });

  it('puts every figure of the model in exactly one cell, in figurePaths order', () => {
    const paths = tables.flatMap((t) => placeCells(t).flatMap((p) => (p.cell.path === undefined ? [] : [p.cell.path])));
    expect(paths).toEqual(figurePaths);
  });

  it('prints a blank figure as an empty cell and a zero as 0', () => {
    const report = createBlankReport();
    setFigure(report, 'applications.newReceived.naturalPerson', 0);
    const cells = placeCells(buildApplicationTable(report)).map((p) => p.cell);
    expect(cells.find((c) => c.path === 'applications.newReceived.naturalPerson')?.text).toBe('0');
    expect(cells.find((c) => c.path === 'applications.newReceived.commercial')).toMatchObject({ text: '', value: null });
  });
});

describe('buildApplicationTable', () => {
  const table = buildApplicationTable(createBlankReport());

  it('spans 三、本年度办理结果 over the 22 outcome rows and each （X） group over its rows', () => {
    expect(findCell(table, '三、本年度办理结果')).toMatchObject({ row: 5, column: 0, cell: { rowSpan: 22 } });
    expect(findCell(table, '（三）不予公开').cell.rowSpan).toBe(8);
    expect(findCell(table, '（四）无法提供').cell.rowSpan).toBe(3);
    expect(findCell(table, '（五）不予处理').cell.rowSpan).toBe(5);
    expect(findCell(table, '（六）其他处理').cell.rowSpan).toBe(3);
    expect(findCell(table, '（七）总计')).toMatchObject({ column: 1, cell: { colSpan: 2 } });
    expect(findCell(table, '四、结转下年度继续办理')).toMatchObject({ column: 0, cell: { colSpan: 3 } });
  });

  it('lays out the applicant headings as the official format does', () => {
    expect(findCell(table, '申请人情况')).toMatchObject({ row: 0, column: 3, cell: { colSpan: 7 } });
    expect(findCell(table, '自然人')).toMatchObject({ row: 1, column: 3, cell: { rowSpan: 2 } });
    expect(findCell(table, '法人或其他组织')).toMatchObject({ row: 1, column: 4, cell: { colSpan: 5 } });
    expect(findCell(table, '商业企业')).toMatchObject({ row: 2, column: 4 });
    expect(findCell(table, '总计')).toMatchObject({ row: 1, column: 9, cell: { rowSpan: 2 } });
  });
});

describe('buildProactiveTable', () => {
  it('groups the rows under their 第二十条 items and spans single fields over three columns', () => {
    const table = buildProactiveTable(createBlankReport());
    const items = placeCells(table).filter((p) => p.cell.text.startsWith('第二十条'));
    expect(items.map((p) => p.cell.text)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    expect(items.every((p) => p.cell.colSpan === 4)).toBe(true);
    const licensing = placeCells(table).find((p) => p.cell.path === 'proactive.licensing.decisions');
    expect(licensing).toMatchObject({ column: 1, cell: { colSpan: 3 } });
  });
});

describe('buildReviewTable', () => {
  it('puts 未经复议直接起诉 and 复议后起诉 under 行政诉讼 and the figures in one row', () => {
    const table = buildReviewTable(createBlankReport());
    expect(findCell(table, '行政诉讼')).toMatchObject({ row: 0, column: 5, cell: { colSpan: 10 } });
    expect(findCell(table, '未经复议直接起诉')).toMatchObject({ row: 1, column: 5, cell: { colSpan: 5 } });
    expect(findCell(table, '复议后起诉')).toMatchObject({ row: 1, column: 10, cell: { colSpan: 5 } });
    const figures = placeCells(table).filter((p) => p.cell.role === 'figure');
    expect(figures.map((p) => `${p.row}:${p.column}`)).toEqual(Array.from({ length: 15 }, (_, i) => `3:${i}`));
  });
});

describe('flattenRows', () => {
  it('writes an empty cell where a cell from above spans down, once per spanning cell', () => {
    const rows = flattenRows(buildReviewTable(createBlankReport()));
    expect(rows[2]).toEqual(['', '', '', '', '', ...Array(2).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat()]);
    const b = flattenRows(buildApplicationTable(createBlankReport()));
    expect(b[2]).toEqual(['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']);
    expect(b[7]?.slice(0, 3)).toEqual(['', '（三）不予公开', '1.属于国家秘密']);
    expect(b[8]?.slice(0, 3)).toEqual(['', '', '2.其他法律行政法规禁止公开']);
  });
});

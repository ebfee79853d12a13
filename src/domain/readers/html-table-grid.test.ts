import { describe, expect, it } from 'vitest';
import { parseSpan, placeCells, type CellSpan } from './html-table-grid.ts';

const one: CellSpan = { rowSpan: 1, colSpan: 1 };
const span = (rowSpan: number, colSpan: number): CellSpan => ({ rowSpan, colSpan });
const cells = (positions: { row: number; cell: number }[][]) => positions.map((row) => row.map((p) => p.cell));

describe('placeCells', () => {
  it('numbers cells left to right when nothing is merged', () => {
    expect(placeCells([[one, one, one], [one, one, one]])).toEqual([
      [{ row: 1, cell: 1 }, { row: 1, cell: 2 }, { row: 1, cell: 3 }],
      [{ row: 2, cell: 1 }, { row: 2, cell: 2 }, { row: 2, cell: 3 }],
    ]);
  });

  it('places the header of table B so that every column keeps its index in every row', () => {
    // 勾稽关系 (rowspan 3, colspan 3) | 申请人情况 (colspan 7)
    // 自然人 (rowspan 2) | 法人或其他组织 (colspan 5) | 总计 (rowspan 2)
    // 商业企业 … 其他
    // 一、本年新收 (colspan 3) | 7 figures
    const grid = placeCells([
      [span(3, 3), span(1, 7)],
      [span(2, 1), span(1, 5), span(2, 1)],
      [one, one, one, one, one],
      [span(1, 3), one, one, one, one, one, one, one],
    ]);
    expect(cells(grid)).toEqual([[1, 4], [4, 5, 10], [5, 6, 7, 8, 9], [1, 4, 5, 6, 7, 8, 9, 10]]);
  });

  it('skips the positions a rowspan from an earlier row covers, also in the middle of a row', () => {
    // 三、本年度办理结果 (rowspan 3) | （三）不予公开 (rowspan 2) | 1.… | figure
    const grid = placeCells([
      [span(3, 1), span(2, 1), one, one],
      [one, one],
      [span(1, 2), one],
    ]);
    expect(cells(grid)).toEqual([[1, 2, 3, 4], [3, 4], [2, 4]]);
  });

  it('stops a rowspan at the last row, and reads rowspan="0" as the rest of the table', () => {
    const grid = placeCells([[span(0, 1), span(9, 1), one], [one], [one]]);
    expect(cells(grid)).toEqual([[1, 2, 3], [3], [3]]);
  });

  it('reads a zero or negative colspan as 1 and keeps a huge one from exhausting memory', () => {
    const grid = placeCells([[span(1, 0), span(1, -3), span(1, 1e9), one]]);
    expect(cells(grid)).toEqual([[1, 2, 3, 1003]]);
  });
});

describe('parseSpan', () => {
  it.each([
    ['2', 2],
    [' 3 ', 3],
    ['4px', 4],
    ['', 1],
    ['abc', 1],
    [undefined, 1],
    ['0', 0],
  ])('reads %j as %i', (value, expected) => {
    expect(parseSpan(value)).toBe(expected);
  });
});

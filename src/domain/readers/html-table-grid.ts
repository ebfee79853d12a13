/**
 * Places the cells of an HTML table on a grid, as browsers do, so that a column has the same
 * index in every row although merged headers (rowspan/colspan) cover some positions.
 */

export interface CellSpan {
  rowSpan: number;
  colSpan: number;
}

/** 1-based position of a cell's top-left corner on the expanded grid. */
export interface GridPosition {
  row: number;
  cell: number;
}

// The limits of the HTML standard; they also keep a hostile `colspan="1e9"` from costing memory.
const maxColSpan = 1000;
const maxRowSpan = 65534;

/** The grid position of every cell, row by row, in the order given. */
export function placeCells(rows: readonly (readonly CellSpan[])[]): GridPosition[][] {
  const covered: Set<number>[] = rows.map(() => new Set<number>());
  return rows.map((cells, rowIndex) => {
    const taken = covered[rowIndex]!;
    let column = 0;
    return cells.map((span) => {
      while (taken.has(column)) column += 1;
      const position = { row: rowIndex + 1, cell: column + 1 };
      const lastRow = lastCoveredRow(span.rowSpan, rowIndex, rows.length);
      const width = clampSpan(span.colSpan, maxColSpan);
      for (let r = rowIndex; r <= lastRow; r += 1) {
        for (let c = column; c < column + width; c += 1) covered[r]!.add(c);
      }
      column += width;
      return position;
    });
  });
}

/** Reads a rowspan/colspan attribute as browsers do: digits at the start, else 1. */
export function parseSpan(value: string | undefined): number {
  const match = /^\s*(\d+)/.exec(value ?? '');
  return match ? Number(match[1]) : 1;
}

// rowspan="0" reaches to the end of the table; a span past the last row stops there.
function lastCoveredRow(rowSpan: number, rowIndex: number, rowCount: number): number {
  const span = rowSpan === 0 ? rowCount : clampSpan(rowSpan, maxRowSpan);
  return Math.min(rowIndex + span, rowCount) - 1;
}

function clampSpan(span: number, max: number): number {
  if (!Number.isFinite(span) || span < 1) return 1;
  return Math.min(Math.floor(span), max);
}

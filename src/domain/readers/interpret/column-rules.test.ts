import { describe, expect, it } from 'vitest';
import { applicationRows } from '../../annual-report/layout.ts';
import { narrowByColumnRules, type RowState } from './column-rules.ts';

const zero = [0, 0, 0, 0, 0, 0, 0];

// A consistent table B: 5 new + 1 carried over = 4 granted + 1 partial + 1 carried forward, per column.
function consistentTable(): Map<string, RowState> {
  const rows = new Map<string, RowState>(applicationRows.map((row) => [row.key, { cells: zero }]));
  rows.set('newReceived', { cells: [5, 0, 0, 0, 0, 0, 5] });
  rows.set('carriedOver', { cells: [1, 0, 0, 0, 0, 0, 1] });
  rows.set('outcomes.granted', { cells: [4, 0, 0, 0, 0, 0, 4] });
  rows.set('outcomes.partial', { cells: [1, 0, 0, 0, 0, 0, 1] });
  rows.set('outcomes.total', { cells: [5, 0, 0, 0, 0, 0, 5] });
  rows.set('carriedForward', { cells: [1, 0, 0, 0, 0, 0, 1] });
  return rows;
}

describe('narrowByColumnRules', () => {
  it('keeps the one split of an open row that R2 allows', () => {
    const rows = consistentTable();
    rows.set('outcomes.granted', { solutions: [[4, 0, 0, 0, 0, 0, 4], [0, 4, 0, 0, 0, 0, 4]] });
    expect(narrowByColumnRules(rows).get('outcomes.granted')).toEqual([[4, 0, 0, 0, 0, 0, 4]]);
  });

  it('uses R1 for an open newReceived row', () => {
    const rows = consistentTable();
    rows.set('newReceived', { solutions: [[5, 0, 0, 0, 0, 0, 5], [0, 0, 5, 0, 0, 0, 5]] });
    expect(narrowByColumnRules(rows).get('newReceived')).toEqual([[5, 0, 0, 0, 0, 0, 5]]);
  });

  it('settles two open rows together when only one pair fits', () => {
    const rows = consistentTable();
    rows.set('outcomes.granted', { solutions: [[4, 0, 0, 0, 0, 0, 4], [0, 4, 0, 0, 0, 0, 4]] });
    rows.set('outcomes.partial', { solutions: [[1, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 1, 1]] });
    const narrowed = narrowByColumnRules(rows);
    expect(narrowed.get('outcomes.granted')).toEqual([[4, 0, 0, 0, 0, 0, 4]]);
    expect(narrowed.get('outcomes.partial')).toEqual([[1, 0, 0, 0, 0, 0, 1]]);
  });

  it('leaves an open row as it was when a row its rules need is missing', () => {
    const rows = consistentTable();
    rows.delete('carriedForward');
    const solutions = [[5, 0, 0, 0, 0, 0, 5], [0, 0, 5, 0, 0, 0, 5]];
    rows.set('newReceived', { solutions });
    expect(narrowByColumnRules(rows).get('newReceived')).toEqual(solutions);
  });

  it('leaves the candidates when no combination satisfies the rules (the report breaks them anyway)', () => {
    const rows = consistentTable();
    rows.set('outcomes.total', { cells: [9, 0, 0, 0, 0, 0, 9] });
    const solutions = [[4, 0, 0, 0, 0, 0, 4], [0, 4, 0, 0, 0, 0, 4]];
    rows.set('outcomes.granted', { solutions });
    expect(narrowByColumnRules(rows).get('outcomes.granted')).toEqual(solutions);
  });
});

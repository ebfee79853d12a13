import { describe, expect, it } from 'vitest';
import { loadSampleReport } from '../../../test/render/sample-report.ts';
import { createBlankReport, setFigure } from '../annual-report/figures.ts';
import { compareTotal, listTotalSums } from './report-totals.ts';

describe('listTotalSums', () => {
  it('lists each table 三 row total, the （七）总计 row per column and each review group total', () => {
    const sums = listTotalSums();
    expect(sums).toHaveLength(25 + 6 + 3);
    expect(sums.find((s) => s.path === 'applications.outcomes.total.commercial')?.parts).toHaveLength(21);
    expect(sums.find((s) => s.path === 'reviews.litigationDirect.total')?.parts).toEqual([
      'reviews.litigationDirect.upheld',
      'reviews.litigationDirect.corrected',
      'reviews.litigationDirect.other',
      'reviews.litigationDirect.pending',
    ]);
  });
});

describe('compareTotal', () => {
  it('finds every total of the sample equal to the sum of its parts', () => {
    const report = loadSampleReport();
    expect(listTotalSums().filter((t) => compareTotal(report, t).differs)).toEqual([]);
  });

  it('tells a printed total that differs from its parts, counting blank parts as 0', () => {
    const report = createBlankReport();
    setFigure(report, 'reviews.reconsideration.upheld', 2);
    setFigure(report, 'reviews.reconsideration.total', 3);
    const [total] = listTotalSums().filter((t) => t.path === 'reviews.reconsideration.total');
    expect(compareTotal(report, total!)).toEqual({ printed: 3, sum: 2, differs: true });
    setFigure(report, 'reviews.reconsideration.total', 2);
    expect(compareTotal(report, total!).differs).toBe(false);
  });

  it('does not call a blank total different', () => {
    const report = createBlankReport();
    setFigure(report, 'reviews.reconsideration.upheld', 2);
    const [total] = listTotalSums().filter((t) => t.path === 'reviews.reconsideration.total');
    expect(compareTotal(report, total!)).toEqual({ printed: null, sum: 2, differs: false });
  });
});

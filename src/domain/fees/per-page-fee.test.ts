import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perPageFee } from './per-page-fee.ts';

// The Art. 5 schedule written out independently of the band table: the rate of the p-th page.
function rateOfPage(page: number): number {
  if (page <= 30) return 0;
  if (page <= 100) return 10;
  if (page <= 200) return 20;
  return 40;
}

describe('perPageFee', () => {
  it.each([
    [0, 0],
    [1, 0],
    [30, 0],
    [31, 10],
    [100, 700],
    [101, 720],
    [200, 2700],
    [201, 2740],
    [250, 4700],
    [1000, 34700],
  ])('charges %i pages %i yuan', (pages, amount) => {
    expect(perPageFee(pages).amountYuan).toBe(amount);
  });

  it('itemises each band a person can check', () => {
    expect(perPageFee(250)).toEqual({
      method: 'perPage',
      amountYuan: 4700,
      lines: [
        { from: 1, to: 30, rate: 0, count: 30, amount: 0, description: '第1—30页：免费' },
        { from: 31, to: 100, rate: 10, count: 70, amount: 700, description: '第31—100页，每页10元，共70页：700元' },
        { from: 101, to: 200, rate: 20, count: 100, amount: 2000, description: '第101—200页，每页20元，共100页：2000元' },
        { from: 201, to: 250, rate: 40, count: 50, amount: 2000, description: '第201—250页，每页40元，共50页：2000元' },
      ],
      description: '按量计收：共250页，信息处理费共计4700元。',
    });
  });

  it('says nothing is charged within 30 pages', () => {
    expect(perPageFee(12).description).toBe('按量计收：共12页，在30页以内，不收取信息处理费。');
    expect(perPageFee(0).lines).toEqual([]);
  });

  it.each([-1, 1.5, Number.NaN])('throws on %s pages', (pages) => {
    expect(() => perPageFee(pages)).toThrow(RangeError);
  });

  it('rises by the rate of the band the next page falls in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (pages) => {
        const marginal = perPageFee(pages + 1).amountYuan - perPageFee(pages).amountYuan;
        expect(marginal).toBe(rateOfPage(pages + 1));
        expect(marginal).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('has lines that add up to the pages and the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (pages) => {
        const { lines, amountYuan } = perPageFee(pages);
        expect(lines.reduce((sum, l) => sum + l.count, 0)).toBe(pages);
        expect(lines.reduce((sum, l) => sum + l.amount, 0)).toBe(amountYuan);
        for (const line of lines) expect(line.amount).toBe(line.count * line.rate);
      }),
    );
  });
});

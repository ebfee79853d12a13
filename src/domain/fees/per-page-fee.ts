/**
 * 按量计收 (国办函〔2020〕109号 Art. 5): per application, by the number of pages provided; each band's
 * rate applies only to the pages within it (超额累进).
 */
import { assertCount, type FeeBand, type FeeCalculation, type FeeLine } from './fee-calculation.ts';

export const perPageBands: readonly FeeBand[] = [
  { from: 1, to: 30, rate: 0 },
  { from: 31, to: 100, rate: 10 },
  { from: 101, to: 200, rate: 20 },
  { from: 201, to: null, rate: 40 },
];
export const freePages = 30;

export function perPageFee(pages: number): FeeCalculation {
  assertCount(pages, 'pages');
  const lines = perPageBands.flatMap((band): FeeLine[] => {
    if (pages < band.from) return [];
    const to = band.to === null ? pages : Math.min(pages, band.to);
    const count = to - band.from + 1;
    const amount = count * band.rate;
    const range = `第${band.from}—${to}页`;
    const description = band.rate === 0 ? `${range}：免费` : `${range}，每页${band.rate}元，共${count}页：${amount}元`;
    return [{ from: band.from, to, rate: band.rate, count, amount, description }];
  });
  const amountYuan = lines.reduce((sum, line) => sum + line.amount, 0);
  const description =
    amountYuan === 0
      ? `按量计收：共${pages}页，在${freePages}页以内，不收取信息处理费。`
      : `按量计收：共${pages}页，信息处理费共计${amountYuan}元。`;
  return { method: 'perPage', amountYuan, lines, description };
}

/**
 * 按件计收 (国办函〔2020〕109号 Art. 4): the same applicant's applications within one calendar month,
 * counted together: the first 10 are free, the 11th to 30th cost 100元 each, and from the 31st every
 * further 10 cost 100元 more each (31–40: 200元, 41–50: 300元, …).
 */
import { assertCount, type FeeBand, type FeeCalculation } from './fee-calculation.ts';

export const freeApplicationsPerMonth = 10;
const firstPaidBand: FeeBand = { from: 11, to: 30, rate: 100 };
const stepSize = 10;
const stepRate = 100;

/** The band the n-th application of the month (1-based) falls in. */
export function perApplicationBandOf(ordinal: number): FeeBand {
  if (!Number.isSafeInteger(ordinal) || ordinal < 1) throw new RangeError(`not an ordinal: ${ordinal}`);
  if (ordinal <= freeApplicationsPerMonth) return { from: 1, to: freeApplicationsPerMonth, rate: 0 };
  if (ordinal <= firstPaidBand.to!) return firstPaidBand;
  const step = Math.ceil((ordinal - firstPaidBand.to!) / stepSize);
  const from = firstPaidBand.to! + (step - 1) * stepSize + 1;
  return { from, to: from + stepSize - 1, rate: firstPaidBand.rate + step * stepRate };
}

/** The fee for one application, given how many the applicant made earlier in the same month. */
export function perApplicationFee(applicationsThisMonthBeforeThisOne: number): FeeCalculation {
  assertCount(applicationsThisMonthBeforeThisOne, 'applicationsThisMonthBeforeThisOne');
  const ordinal = applicationsThisMonthBeforeThisOne + 1;
  const band = perApplicationBandOf(ordinal);
  const which = `本自然月第${ordinal}件申请`;
  const line = {
    from: ordinal,
    to: ordinal,
    rate: band.rate,
    count: 1,
    amount: band.rate,
    description:
      band.rate === 0
        ? `${which}（每月前${freeApplicationsPerMonth}件免费）：0元`
        : `${which}（第${band.from}—${band.to}件，每件${band.rate}元）：${band.rate}元`,
  };
  const description =
    band.rate === 0
      ? `按件计收：同一申请人${which}，在${freeApplicationsPerMonth}件以内，不收取信息处理费。`
      : `按件计收：同一申请人${which}，信息处理费${band.rate}元。`;
  return { method: 'perApplication', amountYuan: band.rate, lines: [line], description };
}

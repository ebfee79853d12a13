/**
 * The fee for one application under the one method the agency chose (国办函〔2020〕109号 Art. 3:
 * 按件 or 按量, never both for the same application).
 */
import type { FeeMethod, IsoDate } from '../applications/case-event.ts';
import type { FeeCalculation } from './fee-calculation.ts';
import { perApplicationFee } from './per-application-fee.ts';
import { perPageFee } from './per-page-fee.ts';

export interface FeeHistory {
  /** This application's receipt date. */
  receivedOn: IsoDate;
  /** The receipt dates of the same applicant's earlier applications (any month; others are ignored). */
  earlierReceivedOn: readonly IsoDate[];
  /** The pages of information to provide; needed for 按量计收 only. */
  pages: number | null;
}

/** The applicant's applications received earlier in the same calendar month (自然月). */
export function countApplicationsThisMonthBefore(receivedOn: IsoDate, earlierReceivedOn: readonly IsoDate[]): number {
  const month = receivedOn.slice(0, 7);
  return earlierReceivedOn.filter((d) => d.slice(0, 7) === month && d <= receivedOn).length;
}

export function feeFor(method: FeeMethod, history: FeeHistory): FeeCalculation {
  if (method === 'perApplication') {
    return perApplicationFee(countApplicationsThisMonthBefore(history.receivedOn, history.earlierReceivedOn));
  }
  if (history.pages === null) throw new RangeError('按量计收 needs the number of pages');
  return perPageFee(history.pages);
}

/**
 * 信息处理费 (国办函〔2020〕109号): the amount and the breakdown that the 收费通知 states ("收费依据、
 * 标准、金额"). Amounts are whole yuan: every rate is a whole number of yuan per unit.
 */
import type { FeeMethod } from '../applications/case-event.ts';

export const feeMethodLabels: Readonly<Record<FeeMethod, string>> = {
  perApplication: '按件计收',
  perPage: '按量计收',
};

/** One band of a progressive (超额累进) schedule: units `from`–`to` cost `rate` yuan each. */
export interface FeeBand {
  from: number;
  /** null: no upper end. */
  to: number | null;
  rate: number;
}

/** One line of the breakdown: the units `from`–`to` of this request, charged at one rate. */
export interface FeeLine {
  from: number;
  to: number;
  rate: number;
  count: number;
  amount: number;
  /** e.g. 第31—100页，每页10元，共70页：700元 */
  description: string;
}

export interface FeeCalculation {
  method: FeeMethod;
  amountYuan: number;
  lines: FeeLine[];
  /** One sentence for the fee notice, e.g. 按量计收：共250页，信息处理费共计4700元。 */
  description: string;
}

/** Throws unless the value is a whole number ≥ 0 (page and application counts). */
export function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

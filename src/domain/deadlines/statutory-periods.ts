/**
 * The other periods of the 条例 and the fee rules, all counted in working days from the day after
 * the starting day. Each throws `calendar.unknownYear` when it runs into a year with no notice.
 */
import type { IsoDate } from '../calendar/iso-date.ts';
import { addWorkingDays, type WorkingDayCalendar } from '../calendar/working-day-calendar.ts';

export const statutoryWorkingDays = {
  /** Art. 30: the one correction notice goes out within 7 working days of receipt. */
  correctionNotice: 7,
  /** Art. 32 and 34: the third party or the other agency answers within 15 working days of receiving the letter. */
  consultationAnswer: 15,
  /** 国办函〔2020〕109号: payment within 20 working days from the day after the notice is received. */
  feePayment: 20,
  /** Art. 33: the reply. */
  reply: 20,
} as const;

export function correctionNoticeDueOn(calendar: WorkingDayCalendar, receivedOn: IsoDate): IsoDate {
  return addWorkingDays(calendar, receivedOn, statutoryWorkingDays.correctionNotice);
}

/** `deliveredOn`: the day the third party or the agency received the 征求意见书. */
export function consultationAnswerDueOn(calendar: WorkingDayCalendar, deliveredOn: IsoDate): IsoDate {
  return addWorkingDays(calendar, deliveredOn, statutoryWorkingDays.consultationAnswer);
}

export function feePaymentDueOn(calendar: WorkingDayCalendar, noticeReceivedOn: IsoDate): IsoDate {
  return addWorkingDays(calendar, noticeReceivedOn, statutoryWorkingDays.feePayment);
}

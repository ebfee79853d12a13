/**
 * What happened to an application, one event per step, in the order they happened. The event
 * history is the case: its status, its deadline (../deadlines/) and its table B row all follow
 * from it. Dates are calendar dates in China (`YYYY-MM-DD`); `on` is the date the step took legal
 * effect (e.g. the day the third party RECEIVED the consultation letter, Art. 32), which staff
 * may enter for steps taken on paper earlier.
 */
import type { OutcomeKey } from './outcome.ts';

/** A calendar date `YYYY-MM-DD` (China Standard Time). */
export type IsoDate = string;

export const feeMethods = ['perApplication', 'perPage'] as const;
/** 按件计收 / 按量计收 (国办函〔2020〕109号 Art. 3–5). */
export type FeeMethod = (typeof feeMethods)[number];

export type CaseEventBody =
  /** The receipt date fixed under Art. 31 (confirmation for online/fax/unsigned post). */
  | { kind: 'received' }
  /** Art. 30: one notice telling the applicant what to correct, with a deadline. Stops the clock. */
  | { kind: 'correctionRequested'; correctBy: IsoDate; items: string }
  /** Art. 30: the corrected application arrived; the 20 working days start again from zero. */
  | { kind: 'correctionReceived' }
  /** Art. 32: the third party received the 征求意见书 (`on`); the clock pauses until it answers. */
  | { kind: 'thirdPartyConsultationStarted'; consultationId: string; party: string }
  | { kind: 'thirdPartyConsultationEnded'; consultationId: string; opinion: 'consents' | 'objects' | 'noAnswer' }
  /** Art. 34: another agency received the request for its opinion; the clock pauses. */
  | { kind: 'agencyConsultationStarted'; consultationId: string; agencyName: string }
  | { kind: 'agencyConsultationEnded'; consultationId: string; opinion: 'consents' | 'objects' | 'noAnswer' }
  /** Art. 33: one extension of at most 20 working days, approved by the office's head. */
  | { kind: 'extensionApproved'; workingDays: number; approvedBy: string; reason: string }
  /** 国办函〔2020〕109号: fee notice (received by the applicant on `on`). */
  | { kind: 'feeNoticeSent'; method: FeeMethod; amountYuan: number; payBy: IsoDate }
  | { kind: 'feePaid'; amountYuan: number }
  /** The case moved to the agency that holds the information. */
  | { kind: 'transferred'; toAgencyId: string; toAgencyName: string; reason: string }
  /** The reply was delivered (signed for, or posted: 国办公开办函〔2016〕235号). Ends the case. */
  | { kind: 'replied'; outcome: OutcomeKey; replyType: string }
  /** The case ended without a reply letter (no correction in time, fee unpaid, withdrawn). */
  | { kind: 'closed'; outcome: OutcomeKey; reason: string };

export type CaseEvent = CaseEventBody & {
  on: IsoDate;
};

export type CaseEventKind = CaseEvent['kind'];

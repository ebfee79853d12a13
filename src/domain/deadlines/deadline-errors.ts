/**
 * Histories that cannot have happened (or must not be recorded): thrown with a stable
 * `deadline.*` code and a message for the staff member who entered the step. Use cases run the
 * engine over the history plus a new step to refuse the step before it is stored.
 */
import type { CaseEventKind } from '../applications/case-event.ts';
import { DomainError } from '../errors.ts';

export const deadlineErrorCodes = [
  'deadline.dateInvalid',
  'deadline.eventsOutOfOrder',
  'deadline.eventInFuture',
  'deadline.notReceived',
  'deadline.alreadyReceived',
  'deadline.secondCorrectionNotice',
  'deadline.correctionNotRequested',
  'deadline.correctionAlreadyReceived',
  'deadline.awaitingCorrection',
  'deadline.consultationAlreadyOpen',
  'deadline.pauseNotStarted',
  'deadline.feeNoticeAlreadyOpen',
  'deadline.extensionInvalid',
  'deadline.extensionTooLong',
  'deadline.secondExtension',
  'deadline.extensionAfterDue',
  'deadline.caseEnded',
] as const;
export type DeadlineErrorCode = (typeof deadlineErrorCodes)[number];

export class DeadlineHistoryError extends DomainError {
  declare readonly code: DeadlineErrorCode;
  /** The position of the offending step in the history given to the engine. */
  readonly eventIndex: number;
  constructor(code: DeadlineErrorCode, message: string, eventIndex: number) {
    super(code, message);
    this.eventIndex = eventIndex;
  }
}

/** The steps as staff see them, for messages and the trace. */
export const caseEventLabels: Readonly<Record<CaseEventKind, string>> = {
  received: '收到申请',
  correctionRequested: '发出补正通知',
  correctionReceived: '收到补正申请',
  thirdPartyConsultationStarted: '征求第三方意见',
  thirdPartyConsultationEnded: '收到第三方意见',
  agencyConsultationStarted: '征求其他机关意见',
  agencyConsultationEnded: '收到其他机关意见',
  extensionApproved: '延长答复期限',
  feeNoticeSent: '收费通知',
  feePaid: '缴纳信息处理费',
  transferred: '转交办理',
  replied: '答复',
  closed: '办结',
};

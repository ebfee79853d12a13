/**
 * A good ledger row as a case: the applicant, the receipt and the event history that makes the
 * worklist, the trace and table B treat it like a case handled on the platform. A ledger records
 * only receipt and reply, so the step an outcome presupposes (a correction notice before 逾期不补正,
 * a fee notice before 逾期未缴费) is recorded on the receipt day, marked as coming from the ledger.
 */
import type { Applicant, ApplicantContact, ApplicantType } from '../applications/applicant.ts';
import type { CaseEvent, IsoDate } from '../applications/case-event.ts';
import type { Channel } from '../applications/channel.ts';
import type { OutcomeKey } from '../applications/outcome.ts';
import { addDays } from '../calendar/iso-date.ts';
import { replyTypesFor } from '../replies/reply-type.ts';

export interface LedgerCase {
  rowNumber: number;
  applicantType: ApplicantType;
  applicant: Applicant;
  contact: ApplicantContact;
  description: string;
  channel: Channel;
  receivedOn: IsoDate;
  events: CaseEvent[];
}

export interface LedgerCaseEnd {
  on: IsoDate;
  outcome: OutcomeKey;
  /** Only for other.unpaidFee: the amount of the fee notice. */
  feeAmountYuan: number | null;
}

export const importedStepNote = '台账导入：原台账未记载此步骤的详情';

/** received, the step the outcome presupposes, and the reply or the closing. */
export function buildLedgerEvents(receivedOn: IsoDate, end: LedgerCaseEnd | null): CaseEvent[] {
  const events: CaseEvent[] = [{ kind: 'received', on: receivedOn }];
  if (end === null) return events;
  const { on, outcome } = end;
  // The notice's own deadline must fall after the notice; the ledger does not say when it was.
  const answerBy = on > receivedOn ? on : addDays(receivedOn, 1);
  if (outcome === 'other.noCorrection' || outcome === 'unavailable.unclearAfterCorrection') {
    events.push({ kind: 'correctionRequested', on: receivedOn, correctBy: answerBy, items: importedStepNote });
  }
  if (outcome === 'unavailable.unclearAfterCorrection') events.push({ kind: 'correctionReceived', on: receivedOn });
  if (outcome === 'other.unpaidFee') {
    events.push({ kind: 'feeNoticeSent', on: receivedOn, method: 'perApplication', amountYuan: end.feeAmountYuan ?? 0, payBy: answerBy });
  }
  if (outcome.startsWith('other.')) {
    events.push({ kind: 'closed', on, outcome, reason: '台账导入' });
  } else {
    events.push({ kind: 'replied', on, outcome, replyType: replyTypeOf(outcome) });
  }
  return events;
}

function replyTypeOf(outcome: OutcomeKey): string {
  const types = replyTypesFor(outcome);
  return types.find((type) => type === outcome) ?? types[0] ?? 'imported';
}

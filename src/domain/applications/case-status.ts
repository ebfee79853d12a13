/** Where a case stands (办理状态), for lists, the case page and the applicant's portal view. */
import type { CaseEvent } from './case-event.ts';
import { caseStateOf, type CaseState } from './case-state.ts';

export const caseStatuses = [
  'awaitingConfirmation',
  'inProgress',
  'awaitingCorrection',
  'inConsultation',
  'awaitingFee',
  'replied',
  'closed',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseStatusLabels: Readonly<Record<CaseStatus, string>> = {
  awaitingConfirmation: '待确认收到',
  inProgress: '办理中',
  awaitingCorrection: '待补正',
  inConsultation: '征求意见中',
  awaitingFee: '待缴费',
  replied: '已答复',
  closed: '已终止办理',
};

/** The statuses in which nothing more happens to the case. */
export const endedStatuses: readonly CaseStatus[] = ['replied', 'closed'];

/**
 * The status the history leads to. An empty history is an application submitted online whose
 * receipt is not yet confirmed (Art. 31(3): it counts as received when both sides confirm).
 */
export function caseStatusOf(events: readonly CaseEvent[]): CaseStatus {
  return statusOfState(caseStateOf(events));
}

export function statusOfState(state: CaseState): CaseStatus {
  if (state.ending !== null) return state.ending.kind;
  if (state.receivedOn === null) return 'awaitingConfirmation';
  // Waiting for the applicant comes first: the step rules keep these from overlapping anyway.
  if (state.correction === 'requested') return 'awaitingCorrection';
  if (state.fee === 'noticed') return 'awaitingFee';
  if (state.openConsultations.length > 0) return 'inConsultation';
  return 'inProgress';
}

export function isEndedStatus(status: CaseStatus): boolean {
  return endedStatuses.includes(status);
}

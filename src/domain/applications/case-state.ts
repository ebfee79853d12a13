/**
 * The state of a case folded from its event history: what has happened so far that decides which
 * steps may come next. The status, the step rules and the case page's buttons all read this.
 */
import type { CaseEvent, IsoDate } from './case-event.ts';

export type ConsultationKind = 'thirdParty' | 'agency';

export interface OpenConsultation {
  consultationId: string;
  kind: ConsultationKind;
  /** The third party or the agency consulted. */
  consulted: string;
  startedOn: IsoDate;
}

export interface CaseState {
  receivedOn: IsoDate | null;
  /** The event that ended the case (replied, closed), if any. A transfer does not end it: the receiving agency goes on. */
  ending: Extract<CaseEvent, { kind: 'replied' | 'closed' }> | null;
  correction: 'none' | 'requested' | 'received';
  /** Consultations started and not yet ended, in the order they started. */
  openConsultations: OpenConsultation[];
  /** Every consultation id used so far (ids are not reused, even after the consultation ended). */
  consultationIds: Set<string>;
  hasExtension: boolean;
  fee: 'none' | 'noticed' | 'paid';
  /** The amount of the fee notice, once sent. */
  feeAmountYuan: number | null;
  /** The date of the latest event. */
  lastOn: IsoDate | null;
}

export function caseStateOf(events: readonly CaseEvent[]): CaseState {
  const state: CaseState = {
    receivedOn: null,
    ending: null,
    correction: 'none',
    openConsultations: [],
    consultationIds: new Set(),
    hasExtension: false,
    fee: 'none',
    feeAmountYuan: null,
    lastOn: null,
  };
  for (const event of events) applyEvent(state, event);
  return state;
}

function applyEvent(state: CaseState, event: CaseEvent): void {
  state.lastOn = event.on;
  switch (event.kind) {
    case 'received':
      state.receivedOn = event.on;
      return;
    case 'correctionRequested':
      state.correction = 'requested';
      return;
    case 'correctionReceived':
      state.correction = 'received';
      return;
    case 'thirdPartyConsultationStarted':
    case 'agencyConsultationStarted':
      state.consultationIds.add(event.consultationId);
      state.openConsultations.push({
        consultationId: event.consultationId,
        kind: event.kind === 'thirdPartyConsultationStarted' ? 'thirdParty' : 'agency',
        consulted: event.kind === 'thirdPartyConsultationStarted' ? event.party : event.agencyName,
        startedOn: event.on,
      });
      return;
    case 'thirdPartyConsultationEnded':
    case 'agencyConsultationEnded':
      state.openConsultations = state.openConsultations.filter((c) => c.consultationId !== event.consultationId);
      return;
    case 'extensionApproved':
      state.hasExtension = true;
      return;
    case 'feeNoticeSent':
      state.fee = 'noticed';
      state.feeAmountYuan = event.amountYuan;
      return;
    case 'feePaid':
      state.fee = 'paid';
      return;
    case 'transferred':
      return;
    case 'replied':
    case 'closed':
      state.ending = event;
      return;
  }
}

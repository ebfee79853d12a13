/** The steps a handler may take now (the case page's buttons), and how a case is closed. */
import type { CaseEvent, CaseEventKind, IsoDate } from './case-event.ts';
import { caseStateOf } from './case-state.ts';
import type { OutcomeKey } from './outcome.ts';
import { findStepProblem, stepKinds, stepLabels } from './step-rules.ts';

export interface NextStep {
  kind: CaseEventKind;
  label: string;
  /** For the end of a consultation: which one. */
  consultationId?: string;
}

/** Steps whose kind the rules allow now; a consultation's end is offered once per open consultation. */
export function nextStepsOf(events: readonly CaseEvent[]): NextStep[] {
  const state = caseStateOf(events);
  return stepKinds
    .filter((kind) => findStepProblem(state, kind) === null)
    .flatMap((kind): NextStep[] => {
      if (kind !== 'thirdPartyConsultationEnded' && kind !== 'agencyConsultationEnded') {
        return [{ kind, label: stepLabels[kind] }];
      }
      const consultationKind = kind === 'thirdPartyConsultationEnded' ? 'thirdParty' : 'agency';
      return state.openConsultations
        .filter((c) => c.kind === consultationKind)
        .map((c) => ({ kind, label: `${stepLabels[kind]}（${c.consulted}）`, consultationId: c.consultationId }));
    });
}

/** Why a case ends without a reply letter. */
export const closingReasons = ['correctionDeadlinePassed', 'feeUnpaid', 'withdrawn'] as const;
export type ClosingReason = (typeof closingReasons)[number];

export const closingReasonLabels: Readonly<Record<ClosingReason, string>> = {
  correctionDeadlinePassed: '申请人无正当理由逾期未补正（条例第三十条）',
  feeUnpaid: '申请人逾期未缴纳信息处理费（国办函〔2020〕109号）',
  withdrawn: '申请人撤回申请',
};

const closingOutcomes: Readonly<Record<ClosingReason, OutcomeKey>> = {
  correctionDeadlinePassed: 'other.noCorrection',
  feeUnpaid: 'other.unpaidFee',
  withdrawn: 'other.other',
};

/** The table B row a closed case is counted in: 三（六）1, 2 or 3. */
export function closingOutcomeFor(reason: ClosingReason): OutcomeKey {
  return closingOutcomes[reason];
}

/** The `closed` event for a reason, e.g. when ../deadlines/ finds the correction deadline passed. */
export function closingEventFor(reason: ClosingReason, on: IsoDate): CaseEvent {
  return { kind: 'closed', on, outcome: closingOutcomeFor(reason), reason: closingReasonLabels[reason] };
}

/** The reasons a case may be closed for now (withdrawal always, the others while they apply). */
export function closingReasonsOf(events: readonly CaseEvent[]): ClosingReason[] {
  const state = caseStateOf(events);
  if (findStepProblem(state, 'closed') !== null) return [];
  return closingReasons.filter(
    (reason) =>
      reason === 'withdrawn' ||
      (reason === 'correctionDeadlinePassed' && state.correction === 'requested') ||
      (reason === 'feeUnpaid' && state.fee === 'noticed'),
  );
}

/**
 * Which kinds of step a case allows in its current state, with the reason when it does not. The
 * rules that depend on the step's details (dates, amounts, outcomes) are in assert-step-allowed.ts.
 */
import type { CaseEventKind } from './case-event.ts';
import type { CaseState, ConsultationKind } from './case-state.ts';
import { caseStatusLabels, statusOfState, type CaseStatus } from './case-status.ts';

export const stepLabels: Readonly<Record<CaseEventKind, string>> = {
  received: '确认收到申请',
  correctionRequested: '发出补正通知',
  correctionReceived: '登记收到补正',
  thirdPartyConsultationStarted: '征求第三方意见',
  thirdPartyConsultationEnded: '登记第三方意见',
  agencyConsultationStarted: '征求其他机关意见',
  agencyConsultationEnded: '登记其他机关意见',
  extensionApproved: '延长答复期限',
  feeNoticeSent: '发出收费通知',
  feePaid: '登记已缴费',
  transferred: '转送其他机关',
  replied: '答复申请人',
  closed: '终止办理',
};

/** Every step kind, in the order the case page offers them. */
export const stepKinds = Object.keys(stepLabels) as CaseEventKind[];

/**
 * The steps each open status allows. While the applicant is asked to correct or to pay, only their
 * answer or the end of the case can follow; while a consultation runs, no decision is taken.
 */
const allowedSteps: Readonly<Record<CaseStatus, readonly CaseEventKind[]>> = {
  awaitingConfirmation: ['received'],
  inProgress: [
    'correctionRequested',
    'thirdPartyConsultationStarted',
    'agencyConsultationStarted',
    'extensionApproved',
    'feeNoticeSent',
    'transferred',
    'replied',
    'closed',
  ],
  awaitingCorrection: ['correctionReceived', 'closed'],
  inConsultation: [
    'thirdPartyConsultationStarted',
    'agencyConsultationStarted',
    'thirdPartyConsultationEnded',
    'agencyConsultationEnded',
    'extensionApproved',
    'closed',
  ],
  awaitingFee: ['feePaid', 'extensionApproved', 'closed'],
  replied: [],
  closed: [],
};

const statusHints: Partial<Record<CaseStatus, string>> = {
  awaitingCorrection: '请先登记收到补正，或终止办理。',
  inConsultation: '请先登记征求意见的结果。',
  awaitingFee: '请先登记缴费，或终止办理。',
};

export interface StepProblem {
  code: `application.${string}`;
  message: string;
}

/** Why a step of this kind may not be recorded now, or null when it may. */
export function findStepProblem(state: CaseState, kind: CaseEventKind): StepProblem | null {
  const status = statusOfState(state);
  const step = stepLabels[kind];
  if (state.ending !== null) {
    return problem('caseEnded', `本申请${caseStatusLabels[status]}，不能再${step}。`);
  }
  if (kind === 'received' && state.receivedOn !== null) {
    return problem('alreadyReceived', '本申请已确认收到，不能重复确认。');
  }
  if (state.receivedOn === null && kind !== 'received') {
    return problem('notReceived', `申请尚未确认收到，不能${step}。请先确认收到申请。`);
  }
  const specific = findKindProblem(state, kind);
  if (specific !== null) return specific;
  if (!allowedSteps[status].includes(kind)) {
    return problem('stepNotAllowed', `当前状态为“${caseStatusLabels[status]}”，不能${step}。${statusHints[status] ?? ''}`);
  }
  return null;
}

// The rules of the 条例 and the fee rules that hold whatever the status.
function findKindProblem(state: CaseState, kind: CaseEventKind): StepProblem | null {
  switch (kind) {
    case 'correctionRequested':
      return state.correction === 'none'
        ? null
        : problem('correctionAlreadyRequested', '补正通知只能发出一次（条例第三十条：一次性告知），本申请已发出过补正通知。');
    case 'correctionReceived':
      if (state.correction === 'received') return problem('correctionAlreadyReceived', '本申请的补正已登记收到。');
      return state.correction === 'requested'
        ? null
        : problem('noCorrectionRequested', '本申请未发出补正通知，不能登记收到补正。');
    case 'thirdPartyConsultationEnded':
      return consultationEndProblem(state, 'thirdParty');
    case 'agencyConsultationEnded':
      return consultationEndProblem(state, 'agency');
    case 'extensionApproved':
      return state.hasExtension
        ? problem('extensionAlreadyApproved', '答复期限只能延长一次（条例第三十三条），本申请已延长过。')
        : null;
    case 'feeNoticeSent':
      return state.fee === 'none' ? null : problem('feeNoticeAlreadySent', '本申请已发出过收费通知，不能再次发出。');
    case 'feePaid':
      if (state.fee === 'none') return problem('noFeeNotice', '本申请未发出收费通知，不能登记缴费。');
      return state.fee === 'paid' ? problem('feeAlreadyPaid', '本申请的信息处理费已登记缴纳。') : null;
    default:
      return null;
  }
}

function consultationEndProblem(state: CaseState, kind: ConsultationKind): StepProblem | null {
  if (state.openConsultations.some((c) => c.kind === kind)) return null;
  const what = kind === 'thirdParty' ? '征求第三方意见' : '征求其他机关意见';
  return problem('consultationNotStarted', `没有正在进行的${what}，不能登记意见。`);
}

export function problem(code: string, message: string): StepProblem {
  return { code: `application.${code}`, message };
}

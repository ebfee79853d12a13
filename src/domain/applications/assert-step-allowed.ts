/**
 * The one gate every recorded step goes through: may this event be appended to this history now?
 * Throws ApplicationStepError with a stable `application.*` code and a Chinese message. Whether a
 * step comes too late (e.g. a correction notice after 7 working days) is for ../deadlines/.
 */
import { ApplicationStepError } from './application-step-error.ts';
import type { CaseEvent } from './case-event.ts';
import { caseStateOf, type CaseState } from './case-state.ts';
import { isIsoDate } from './iso-date.ts';
import { outcomeInfo, type OutcomeKey } from './outcome.ts';
import { findStepProblem, problem, type StepProblem } from './step-rules.ts';

export const maxExtensionWorkingDays = 20;

export function assertStepAllowed(events: readonly CaseEvent[], next: CaseEvent): void {
  const state = caseStateOf(events);
  const found = findStepProblem(state, next.kind) ?? findDateProblem(state, next) ?? findDetailProblem(state, next);
  if (found !== null) throw new ApplicationStepError(found.code, found.message, next.kind);
}

function findDateProblem(state: CaseState, next: CaseEvent): StepProblem | null {
  if (!isIsoDate(next.on)) return problem('invalidDate', `办理日期“${next.on}”不是有效日期，应写作“年-月-日”。`);
  if (state.receivedOn !== null && next.on < state.receivedOn) {
    return problem('dateBeforeReceipt', `办理日期（${next.on}）不能早于收到申请之日（${state.receivedOn}）。`);
  }
  if (state.lastOn !== null && next.on < state.lastOn) {
    return problem('dateBeforePrevious', `办理日期（${next.on}）不能早于上一步骤的日期（${state.lastOn}）。`);
  }
  return null;
}

function findDetailProblem(state: CaseState, next: CaseEvent): StepProblem | null {
  switch (next.kind) {
    case 'correctionRequested':
      if (next.items.trim() === '') return problem('correctionItemsMissing', '请写明需要补正的事项（条例第三十条）。');
      return isIsoDate(next.correctBy) && next.correctBy > next.on
        ? null
        : problem('invalidCorrectionDeadline', '补正期限应为补正通知之后的有效日期。');
    case 'thirdPartyConsultationStarted':
    case 'agencyConsultationStarted':
      return state.consultationIds.has(next.consultationId)
        ? problem('consultationIdUsed', `征求意见编号“${next.consultationId}”已被使用。`)
        : null;
    case 'thirdPartyConsultationEnded':
    case 'agencyConsultationEnded': {
      const kind = next.kind === 'thirdPartyConsultationEnded' ? 'thirdParty' : 'agency';
      const open = state.openConsultations.some((c) => c.consultationId === next.consultationId && c.kind === kind);
      return open ? null : problem('consultationNotStarted', `没有编号为“${next.consultationId}”的进行中的征求意见。`);
    }
    case 'extensionApproved':
      return findExtensionProblem(next);
    case 'feeNoticeSent':
      if (!Number.isSafeInteger(next.amountYuan) || next.amountYuan <= 0) {
        return problem('invalidFeeAmount', '收费金额应为大于0的整数（元）。');
      }
      return isIsoDate(next.payBy) && next.payBy > next.on
        ? null
        : problem('invalidPaymentDeadline', '缴费期限应为收费通知之后的有效日期。');
    case 'feePaid':
      return next.amountYuan === state.feeAmountYuan
        ? null
        : problem('feeAmountMismatch', `缴费金额（${next.amountYuan}元）与收费通知的金额（${state.feeAmountYuan}元）不一致。`);
    case 'closed':
      if (!next.outcome.startsWith('other.')) {
        return problem('closingOutcome', '终止办理只能记为“其他处理”类结果；已作出答复的，请登记答复。');
      }
      return findOutcomeProblem(state, next.outcome);
    case 'replied':
      return findOutcomeProblem(state, next.outcome);
    default:
      return null;
  }
}

function findExtensionProblem(next: Extract<CaseEvent, { kind: 'extensionApproved' }>): StepProblem | null {
  if (!Number.isInteger(next.workingDays) || next.workingDays < 1 || next.workingDays > maxExtensionWorkingDays) {
    return problem('invalidExtension', `延长的期限应为1至${maxExtensionWorkingDays}个工作日（条例第三十三条）。`);
  }
  if (next.approvedBy.trim() === '') {
    return problem('extensionNotApproved', '延长答复期限须经政府信息公开工作机构负责人同意，请填写审批人。');
  }
  return null;
}

// Outcomes that only make sense after a particular step.
function findOutcomeProblem(state: CaseState, outcome: OutcomeKey): StepProblem | null {
  const label = `“${outcomeInfo[outcome].label}”`;
  if (outcome === 'other.noCorrection' && state.correction !== 'requested') {
    return problem('outcomeNeedsCorrectionNotice', `${label}只适用于已发出补正通知、尚未收到补正的申请。`);
  }
  if (outcome === 'other.unpaidFee' && state.fee !== 'noticed') {
    return problem('outcomeNeedsFeeNotice', `${label}只适用于已发出收费通知、尚未缴费的申请。`);
  }
  if (outcome === 'unavailable.unclearAfterCorrection' && state.correction !== 'received') {
    return problem('outcomeNeedsCorrection', `${label}只适用于已收到补正的申请。`);
  }
  return null;
}

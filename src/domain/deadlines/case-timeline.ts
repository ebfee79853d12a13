/**
 * Reads a case's event history into the facts the clock depends on (receipt, correction, pauses,
 * extension, end), refusing histories that cannot have happened. Pure bookkeeping: the counting
 * itself is in day-clock.ts.
 */
import type { CaseEvent } from '../applications/case-event.ts';
import { formatChineseDate, isIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import { caseEventLabels, DeadlineHistoryError, type DeadlineErrorCode } from './deadline-errors.ts';
import type { DeadlineRules } from './deadline-rules.ts';

export type PauseKind = 'thirdParty' | 'agency' | 'fee';

/** Days from `from` through `to` (both included) are not counted; `to` null: still open. */
export interface Pause {
  kind: PauseKind;
  id: string;
  from: IsoDate;
  to: IsoDate | null;
}

export interface CaseTimeline {
  receivedOn: IsoDate | null;
  correction: { requestedOn: IsoDate; receivedOn: IsoDate | null } | null;
  /** Only the pauses that stop the clock (fee notices only when the rules say so). */
  pauses: Pause[];
  extension: { approvedOn: IsoDate; workingDays: number; approvedBy: string; reason: string; eventIndex: number } | null;
  end: { on: IsoDate; kind: 'replied' | 'closed' } | null;
}

export const pauseLabels: Readonly<Record<PauseKind, string>> = {
  thirdParty: '征求第三方意见期间',
  agency: '征求其他机关意见期间',
  fee: '收费通知至缴费期间',
};

/** The timeline of `events`, which must be in date order and dated no later than `today`. */
export function readCaseTimeline(events: readonly CaseEvent[], rules: DeadlineRules, today: IsoDate): CaseTimeline {
  const timeline: CaseTimeline = { receivedOn: null, correction: null, pauses: [], extension: null, end: null };
  const open = new Map<string, Pause>();
  let openFee: Pause | null = null;
  events.forEach((event, index) => {
    const fail = (code: DeadlineErrorCode, message: string): never => {
      throw new DeadlineHistoryError(code, message, index);
    };
    checkPlacement(events, index, today, timeline, fail);
    switch (event.kind) {
      case 'received':
        timeline.receivedOn = event.on;
        return;
      case 'correctionRequested':
        if (timeline.correction !== null) fail('deadline.secondCorrectionNotice', `补正通知只能发出一次（第三十条“一次性告知”），本申请已于${formatChineseDate(timeline.correction.requestedOn, true)}发出过补正通知。`);
        timeline.correction = { requestedOn: event.on, receivedOn: null };
        return;
      case 'correctionReceived':
        if (timeline.correction === null) return fail('deadline.correctionNotRequested', '本申请没有发出过补正通知，不能登记收到补正申请。');
        if (timeline.correction.receivedOn !== null) fail('deadline.correctionAlreadyReceived', `补正申请已于${formatChineseDate(timeline.correction.receivedOn, true)}收到，不能重复登记。`);
        timeline.correction.receivedOn = event.on;
        return;
      case 'thirdPartyConsultationStarted':
      case 'agencyConsultationStarted': {
        const kind = event.kind === 'thirdPartyConsultationStarted' ? 'thirdParty' : 'agency';
        if (open.has(event.consultationId) || timeline.pauses.some((p) => p.id === event.consultationId && p.kind !== 'fee')) {
          fail('deadline.consultationAlreadyOpen', `编号为“${event.consultationId}”的征求意见已经登记过，不能重复登记。`);
        }
        const pause: Pause = { kind, id: event.consultationId, from: event.on, to: null };
        open.set(event.consultationId, pause);
        timeline.pauses.push(pause);
        return;
      }
      case 'thirdPartyConsultationEnded':
      case 'agencyConsultationEnded': {
        const kind = event.kind === 'thirdPartyConsultationEnded' ? 'thirdParty' : 'agency';
        const pause = open.get(event.consultationId);
        const startLabel = caseEventLabels[kind === 'thirdParty' ? 'thirdPartyConsultationStarted' : 'agencyConsultationStarted'];
        if (pause?.kind !== kind) {
          return fail('deadline.pauseNotStarted', `没有登记过编号为“${event.consultationId}”的${startLabel}，不能登记${caseEventLabels[event.kind]}。`);
        }
        pause.to = event.on;
        open.delete(event.consultationId);
        return;
      }
      case 'extensionApproved':
        readExtension(event, index, timeline, rules, fail);
        return;
      case 'feeNoticeSent':
        if (openFee !== null) fail('deadline.feeNoticeAlreadyOpen', `申请人尚未缴纳${formatChineseDate(openFee.from, true)}收费通知的费用，不能再发出收费通知。`);
        openFee = { kind: 'fee', id: `fee-${index}`, from: event.on, to: null };
        if (rules.feeNoticePausesClock) timeline.pauses.push(openFee);
        return;
      case 'feePaid':
        if (openFee === null) return fail('deadline.pauseNotStarted', '没有未缴费的收费通知，不能登记缴纳信息处理费。');
        openFee.to = event.on;
        openFee = null;
        return;
      case 'transferred':
        return;
      case 'replied':
      case 'closed':
        timeline.end = { on: event.on, kind: event.kind };
        // A pause still open when the case ends ends with it: nothing after the end is counted.
        for (const pause of timeline.pauses) if (pause.to === null) pause.to = event.on;
        return;
    }
  });
  return timeline;
}

type Fail = (code: DeadlineErrorCode, message: string) => never;

function checkPlacement(events: readonly CaseEvent[], index: number, today: IsoDate, timeline: CaseTimeline, fail: Fail): void {
  const event = events[index]!;
  const label = caseEventLabels[event.kind];
  if (!isIsoDate(event.on)) fail('deadline.dateInvalid', `“${label}”的日期“${event.on}”无效，应为“YYYY-MM-DD”格式的真实日期。`);
  const previous = events[index - 1];
  if (previous !== undefined && event.on < previous.on) {
    fail('deadline.eventsOutOfOrder', `“${label}”的日期（${formatChineseDate(event.on, true)}）早于上一步“${caseEventLabels[previous.kind]}”（${formatChineseDate(previous.on, true)}），请按发生的先后顺序登记。`);
  }
  if (event.on > today) fail('deadline.eventInFuture', `“${label}”的日期（${formatChineseDate(event.on, true)}）晚于今天，不能登记尚未发生的步骤。`);
  if (timeline.end !== null) fail('deadline.caseEnded', `本申请已于${formatChineseDate(timeline.end.on, true)}办结，不能再登记“${label}”。`);
  if (event.kind === 'received') {
    if (timeline.receivedOn !== null) fail('deadline.alreadyReceived', `本申请已登记${formatChineseDate(timeline.receivedOn, true)}为收到申请之日，不能重复登记。`);
    return;
  }
  if (timeline.receivedOn === null) fail('deadline.notReceived', `请先登记收到申请之日，再登记“${label}”。`);
  const awaitingCorrection = timeline.correction !== null && timeline.correction.receivedOn === null;
  const allowedWhileAwaiting = ['correctionReceived', 'correctionRequested', 'transferred', 'replied', 'closed'];
  if (awaitingCorrection && !allowedWhileAwaiting.includes(event.kind)) {
    fail('deadline.awaitingCorrection', `正在等待申请人补正，收到补正申请之前不能登记“${label}”。`);
  }
}

function readExtension(event: Extract<CaseEvent, { kind: 'extensionApproved' }>, index: number, timeline: CaseTimeline, rules: DeadlineRules, fail: Fail): void {
  if (timeline.extension !== null) {
    fail('deadline.secondExtension', `答复期限只能延长一次（第三十三条），本申请已于${formatChineseDate(timeline.extension.approvedOn, true)}延长过。`);
  }
  if (!Number.isInteger(event.workingDays) || event.workingDays < 1) fail('deadline.extensionInvalid', `延长的期限应为1至${rules.maxExtensionWorkingDays}个工作日的整数。`);
  if (event.workingDays > rules.maxExtensionWorkingDays) {
    fail('deadline.extensionTooLong', `延长的期限最长不得超过${rules.maxExtensionWorkingDays}个工作日（第三十三条），不能延长${event.workingDays}个工作日。`);
  }
  const { workingDays, approvedBy, reason } = event;
  timeline.extension = { approvedOn: event.on, workingDays, approvedBy, reason, eventIndex: index };
}

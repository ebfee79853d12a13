/**
 * The histories of the demo applications: how a case that has ended got there (a plain reply, an
 * extension, a correction, a fee, a consultation, a withdrawal), and where an open case stands
 * today. Steps fall on working days counted from the receipt (`at(k)`: the k-th working day after),
 * with the gaps offices usually leave.
 */
import type { CaseEvent, IsoDate } from '../applications/case-event.ts';
import type { OutcomeKey } from '../applications/outcome.ts';
import { addDays } from '../calendar/iso-date.ts';
import { perPageFee } from '../fees/per-page-fee.ts';
import { replyTypesFor } from '../replies/reply-type.ts';
import { demoApprovers, demoThirdParties } from './demo-application-texts.ts';
import type { DemoRandom } from './demo-random.ts';

export interface PlanContext {
  /** The working days of the period, oldest first; the last is today (or the last working day). */
  days: readonly IsoDate[];
  random: DemoRandom;
  /** Outcomes not yet given, taken first. */
  pendingOutcomes: OutcomeKey[];
  /** Open states not yet shown, taken first where they fit. */
  pendingOpen: OpenState[];
}

export const openStatusesToCover = ['inProgress', 'awaitingCorrection', 'inConsultation', 'awaitingFee', 'extended', 'overdue'] as const;
export type OpenState = (typeof openStatusesToCover)[number] | 'replied';

/** Working days an ended plan may need from the receipt to its end. */
export const endedPlanSpan = 45;

/** The working days from the receipt to today each open state fits in (inclusive). */
export const openStateWindows: Readonly<Record<OpenState, readonly [number, number]>> = {
  inProgress: [0, 19],
  awaitingCorrection: [2, 14],
  inConsultation: [3, 18],
  awaitingFee: [6, 22],
  extended: [16, 38],
  overdue: [21, endedPlanSpan - 1],
  replied: [5, endedPlanSpan - 1],
};

type Step = (at: (k: number) => IsoDate, r: DemoRandom) => CaseEvent[];

export function buildEndedPlan(context: PlanContext, index: number, outcome: OutcomeKey): CaseEvent[] {
  const { random } = context;
  const at = (k: number) => context.days[index + k]!;
  const received: CaseEvent = { kind: 'received', on: at(0) };
  return [received, ...endedStepsFor(outcome, random)(at, random)];
}

/** Where a case received `index` stands today: a pending state that fits first, else a usual one. */
export function buildOpenPlan(context: PlanContext, index: number, forced?: OpenState): CaseEvent[] {
  const { random, days } = context;
  const left = days.length - 1 - index;
  const fits = (state: OpenState) => openStateWindows[state][0] <= left && left <= openStateWindows[state][1];
  const pending = context.pendingOpen.findIndex(fits);
  const state =
    forced !== undefined
      ? forced
      : pending !== -1
      ? context.pendingOpen.splice(pending, 1)[0]!
      : random.weighted<OpenState>(
          ([['inProgress', 3], ['replied', 5], ['awaitingCorrection', 1], ['inConsultation', 1], ['awaitingFee', 0.5], ['extended', 1], ['overdue', 0.3]] as const).filter(([s]) => fits(s)),
        );
  const at = (k: number) => days[index + Math.min(k, left)]!;
  return [{ kind: 'received', on: at(0) }, ...openSteps(state, left, at, random)];
}

function openSteps(state: OpenState, left: number, at: (k: number) => IsoDate, random: DemoRandom): CaseEvent[] {
  switch (state) {
    case 'inProgress':
    case 'overdue':
      return [];
    case 'awaitingCorrection': {
      const on = at(random.integer(1, Math.min(5, left)));
      return [{ kind: 'correctionRequested', on, correctBy: addDays(on, 21), items: '请明确所需信息的名称、文号或者形成时间。' }];
    }
    case 'inConsultation':
      return [thirdPartyStart(at(random.integer(2, Math.min(6, left))), random)];
    case 'awaitingFee':
      return [feeNotice(at(random.integer(5, Math.min(10, left))), random)];
    case 'extended':
      return [extension(at(15), random)];
    case 'replied':
      return [reply(at(random.integer(3, Math.min(19, left))), random.weighted<OutcomeKey>([['granted', 5], ['partial', 2], ['unavailable.notHeld', 2]]), random)];
  }
}

function endedStepsFor(outcome: OutcomeKey, random: DemoRandom): Step {
  if (outcome === 'other.noCorrection') return noCorrection;
  if (outcome === 'other.unpaidFee') return feeUnpaid;
  if (outcome === 'other.other') return (at, r) => [{ kind: 'closed', on: at(r.integer(1, 10)), outcome, reason: '申请人书面撤回申请' }];
  if (outcome === 'unavailable.unclearAfterCorrection') return correctedReply(outcome);
  if (outcome === 'denied.thirdPartyRights') return consultedReply(outcome, 'thirdParty', 'objects');
  const isDisclosed = outcome === 'granted' || outcome === 'partial';
  return random.weighted<Step>([
    [plainReply(outcome), 72],
    [extendedReply(outcome), 8],
    [correctedReply(outcome), 8],
    [consultedReply(outcome, 'agency', 'consents'), 4],
    ...(isDisclosed ? ([[paidReply(outcome), 5], [consultedReply(outcome, 'thirdParty', 'consents'), 3]] as const) : []),
  ]);
}

/** Mostly on time; one in twelve late (the trace then shows it overdue when it was answered). */
const plainReply = (outcome: OutcomeKey): Step => (at, r) => [reply(at(r.chance(1 / 12) ? r.integer(21, 26) : r.integer(4, 19)), outcome, r)];

const extendedReply = (outcome: OutcomeKey): Step => (at, r) => {
  const approved = r.integer(14, 19);
  const days = r.integer(10, 20);
  return [extension(at(approved), r, days), reply(at(Math.min(r.integer(21, 20 + days), 40)), outcome, r)];
};

const correctedReply = (outcome: OutcomeKey): Step => (at, r) => {
  const requested = r.integer(1, 5);
  const corrected = requested + r.integer(2, 8);
  return [correctionRequest(at(requested)), { kind: 'correctionReceived', on: at(corrected) }, reply(at(corrected + r.integer(3, 15)), outcome, r)];
};

const consultedReply = (outcome: OutcomeKey, who: 'thirdParty' | 'agency', opinion: 'consents' | 'objects'): Step => (at, r) => {
  const started = r.integer(2, 6);
  const ended = started + r.integer(5, 12);
  const start = who === 'thirdParty' ? thirdPartyStart(at(started), r) : { kind: 'agencyConsultationStarted' as const, on: at(started), consultationId: 'a1', agencyName: '莲城县财政局' };
  const end: CaseEvent = who === 'thirdParty' ? { kind: 'thirdPartyConsultationEnded', on: at(ended), consultationId: 'c1', opinion } : { kind: 'agencyConsultationEnded', on: at(ended), consultationId: 'a1', opinion };
  return [start, end, reply(at(ended + r.integer(2, 8)), outcome, r)];
};

const paidReply = (outcome: OutcomeKey): Step => (at, r) => {
  const noticed = r.integer(6, 10);
  const notice = feeNotice(at(noticed), r);
  const paid = noticed + r.integer(2, 8);
  const amountYuan = notice.kind === 'feeNoticeSent' ? notice.amountYuan : 0;
  return [notice, { kind: 'feePaid', on: at(paid), amountYuan }, reply(at(paid + r.integer(2, 8)), outcome, r)];
};

const noCorrection: Step = (at, r) => {
  const requested = r.integer(1, 5);
  const notice = correctionRequest(at(requested));
  const deadline = notice.kind === 'correctionRequested' ? notice.correctBy : at(requested);
  return [notice, { kind: 'closed', on: firstAfter(at, requested, deadline, r.integer(0, 2)), outcome: 'other.noCorrection', reason: '申请人逾期未补正' }];
};

const feeUnpaid: Step = (at, r) => {
  const noticed = r.integer(6, 10);
  const notice = feeNotice(at(noticed), r);
  const deadline = notice.kind === 'feeNoticeSent' ? notice.payBy : at(noticed);
  return [notice, { kind: 'closed', on: firstAfter(at, noticed, deadline, r.integer(0, 2)), outcome: 'other.unpaidFee', reason: '申请人逾期未缴纳信息处理费' }];
};

/** The working day `extra` days after the first one later than `date`, counting from step `from`. */
function firstAfter(at: (k: number) => IsoDate, from: number, date: IsoDate, extra: number): IsoDate {
  let k = from;
  while (at(k) <= date) k += 1;
  return at(k + extra);
}

function reply(on: IsoDate, outcome: OutcomeKey, r: DemoRandom): CaseEvent {
  const types = replyTypesFor(outcome);
  return { kind: 'replied', on, outcome, replyType: types.length === 0 ? 'other' : r.pick(types) };
}

function correctionRequest(on: IsoDate): CaseEvent {
  // 15 working days are about three weeks; the notice states a calendar date.
  return { kind: 'correctionRequested', on, correctBy: addDays(on, 21), items: '请明确所需信息的名称、文号或者形成时间。' };
}

function thirdPartyStart(on: IsoDate, r: DemoRandom): CaseEvent {
  return { kind: 'thirdPartyConsultationStarted', on, consultationId: 'c1', party: r.pick(demoThirdParties) };
}

function feeNotice(on: IsoDate, r: DemoRandom): CaseEvent {
  const { amountYuan } = perPageFee(r.integer(45, 260));
  return { kind: 'feeNoticeSent', on, method: 'perPage', amountYuan, payBy: addDays(on, 28) };
}

function extension(on: IsoDate, r: DemoRandom, workingDays = 20): CaseEvent {
  return { kind: 'extensionApproved', on, workingDays, approvedBy: r.pick(demoApprovers), reason: '所需信息涉及多个年度的档案，需调取、核对' };
}

/**
 * The reply deadline (答复期限) of an application from its event history: 20 working days from
 * the day after the receipt (Art. 33, 民法典 Art. 201), restarted from zero when a correction
 * arrives (Art. 30), with the consultation time left out (Art. 32–34) and at most one extension.
 * `today` is injected: the domain has no clock.
 */
import type { CaseEvent } from '../applications/case-event.ts';
import { addDays, formatChineseDate, isIsoDate, laterOf, type IsoDate } from '../calendar/iso-date.ts';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.ts';
import { readCaseTimeline, type CaseTimeline } from './case-timeline.ts';
import { countDaysThrough, countingFromOf, findDueOn, isAwaitingCorrection } from './day-clock.ts';
import { DeadlineHistoryError } from './deadline-errors.ts';
import { defaultDeadlineRules, type DeadlineRules } from './deadline-rules.ts';
import { buildTrace, type TraceEntry } from './deadline-trace.ts';
import { correctionNoticeDueOn } from './statutory-periods.ts';

export type DeadlineStatus = 'notStarted' | 'running' | 'stopped' | 'paused' | 'ended';

export interface DeadlineOptions {
  today: IsoDate;
  rules?: Partial<DeadlineRules>;
}

export interface DeadlineState {
  /** running; stopped: waiting for the correction (Art. 30); paused: a consultation (or fee notice) is open; ended: replied or closed. */
  status: DeadlineStatus;
  receivedOn: IsoDate | null;
  /** The day after which the count runs: the receipt, or the arrival of the correction. */
  countingFrom: IsoDate | null;
  /** The reply period plus the extension, in working days. */
  workingDaysAllowed: number;
  /** Null while stopped, or while paused before the period is used up. */
  dueOn: IsoDate | null;
  /** Working days left after today (after the end date once ended); negative: overdue by that many. Null while stopped. */
  workingDaysLeft: number | null;
  /** Today (or the end date) is after the due date. */
  overdue: boolean;
  /** Running or paused, not overdue, and at most `dueSoonWorkingDays` working days left. */
  dueSoon: boolean;
  /** Replied on or before the due date; only set for replied cases with a due date. */
  repliedOnTime?: boolean;
  extension?: { approvedOn: IsoDate; workingDays: number; approvedBy: string; reason: string; dueOnWithoutExtension: IsoDate | null };
  /** Art. 30: the correction notice must go out by this day (receipt + 7 working days). */
  correctionNoticeDueOn: IsoDate | null;
  trace: TraceEntry[];
}

/**
 * Throws DeadlineHistoryError (`deadline.*`) for a history that cannot have happened, and
 * `calendar.unknownYear` when a day to count falls in a year the calendar does not know.
 */
export function computeDeadline(events: readonly CaseEvent[], calendar: WorkingDayCalendar, options: DeadlineOptions): DeadlineState {
  if (!isIsoDate(options.today)) throw new RangeError(`today is not a YYYY-MM-DD date: ${options.today}`);
  const rules: DeadlineRules = { ...defaultDeadlineRules, ...options.rules };
  const timeline = readCaseTimeline(events, rules, options.today);
  const target = rules.replyWorkingDays + (timeline.extension?.workingDays ?? 0);
  if (timeline.receivedOn === null) {
    const empty = { receivedOn: null, countingFrom: null, dueOn: null, workingDaysLeft: null, correctionNoticeDueOn: null, trace: [] };
    return { ...empty, status: 'notStarted', workingDaysAllowed: target, overdue: false, dueSoon: false };
  }
  checkExtensionInTime(events, calendar, rules, options.today, timeline);
  const status = statusOf(timeline);
  const dueOn = findDueOn(calendar, timeline, target);
  const reference = timeline.end?.on ?? options.today;
  const workingDaysLeft = isAwaitingCorrection(timeline) ? null : target - countDaysThrough(calendar, timeline, reference);
  const overdue = dueOn !== null && reference > dueOn;
  const isOpen = status === 'running' || status === 'paused';
  const correctionDue = correctionNoticeDueOn(calendar, timeline.receivedOn);
  const through = timeline.end?.on ?? laterOf(options.today, dueOn ?? options.today);
  const state: DeadlineState = {
    status,
    receivedOn: timeline.receivedOn,
    countingFrom: countingFromOf(timeline),
    workingDaysAllowed: target,
    dueOn,
    workingDaysLeft,
    overdue,
    dueSoon: isOpen && !overdue && workingDaysLeft !== null && workingDaysLeft >= 0 && workingDaysLeft <= rules.dueSoonWorkingDays,
    correctionNoticeDueOn: correctionDue,
    trace: buildTrace(events, { calendar, timeline, rules, target, dueOn, correctionNoticeDueOn: correctionDue, through }),
  };
  if (timeline.end?.kind === 'replied' && dueOn !== null) state.repliedOnTime = timeline.end.on <= dueOn;
  if (timeline.extension !== null) {
    const { approvedOn, workingDays, approvedBy, reason } = timeline.extension;
    state.extension = { approvedOn, workingDays, approvedBy, reason, dueOnWithoutExtension: findDueOn(calendar, timeline, rules.replyWorkingDays) };
  }
  return state;
}

function statusOf(timeline: CaseTimeline): DeadlineStatus {
  if (timeline.end !== null) return 'ended';
  if (isAwaitingCorrection(timeline)) return 'stopped';
  return timeline.pauses.some((p) => p.to === null) ? 'paused' : 'running';
}

/** Art. 33: an extension is approved within the period; once it has run out there is nothing to extend. */
function checkExtensionInTime(events: readonly CaseEvent[], calendar: WorkingDayCalendar, rules: DeadlineRules, today: IsoDate, timeline: CaseTimeline): void {
  const extension = timeline.extension;
  if (extension === null) return;
  const before = readCaseTimeline(events.slice(0, extension.eventIndex), rules, today);
  // Counting only up to the day before the approval never walks past today into an unknown year.
  if (countDaysThrough(calendar, before, addDays(extension.approvedOn, -1)) < rules.replyWorkingDays) return;
  const dueOn = findDueOn(calendar, before, rules.replyWorkingDays);
  if (dueOn !== null) {
    throw new DeadlineHistoryError('deadline.extensionAfterDue', `答复期限已于${formatChineseDate(dueOn, true)}届满，不能再延长。`, extension.eventIndex);
  }
}

/**
 * The derived columns of an application (status, receipt date, due date, outcome, end date) and
 * its deadline state, from its event history: the one place the stored columns come from.
 *
 * When a day to count falls in a year whose holiday notice has not been entered (every December,
 * for cases due in January), the due date is left empty and `calendarGap` says why, instead of
 * refusing the step: a case must still be registered and handled, and the due dates are filled in
 * when the calendar gets the year (recompute-due-dates). The history is still checked.
 */
import { caseStatusOf } from '../../domain/applications/case-status.ts';
import type { CaseEvent, IsoDate } from '../../domain/applications/case-event.ts';
import { UnknownCalendarYearError, type WorkingDayCalendar } from '../../domain/calendar/working-day-calendar.ts';
import { readCaseTimeline } from '../../domain/deadlines/case-timeline.ts';
import { computeDeadline, type DeadlineState } from '../../domain/deadlines/compute-deadline.ts';
import { defaultDeadlineRules } from '../../domain/deadlines/deadline-rules.ts';
import type { DerivedColumns } from './case-store.ts';

export interface CaseSummary extends DerivedColumns {
  /** Null only when the calendar lacks a year the count needs (then `calendarGap` is set). */
  deadline: DeadlineState | null;
  /** The Chinese message naming the missing year, e.g. 工作日历中没有2027年的节假日安排…. */
  calendarGap: string | null;
}

export function summarizeCase(events: readonly CaseEvent[], calendar: WorkingDayCalendar, today: IsoDate): CaseSummary {
  const ending = [...events].reverse().find((e) => e.kind === 'replied' || e.kind === 'closed');
  const base = {
    status: caseStatusOf(events),
    outcome: ending !== undefined && (ending.kind === 'replied' || ending.kind === 'closed') ? ending.outcome : null,
    endedOn: ending?.on ?? null,
  };
  try {
    const deadline = computeDeadline(events, calendar, { today });
    return { ...base, receivedOn: deadline.receivedOn, dueOn: deadline.dueOn, deadline, calendarGap: null };
  } catch (error) {
    if (!(error instanceof UnknownCalendarYearError)) throw error;
    // The calendar-free part of the engine still refuses an impossible history.
    const timeline = readCaseTimeline(events, defaultDeadlineRules, today);
    return { ...base, receivedOn: timeline.receivedOn, dueOn: null, deadline: null, calendarGap: error.message };
  }
}

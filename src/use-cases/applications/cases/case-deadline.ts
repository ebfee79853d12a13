/**
 * A case's deadline for display: the summary of its history on the effective calendar, or the
 * reason it cannot be computed (a year the calendar does not know yet) — a list or a case page
 * must still open when next year's holiday notice has not been entered.
 */
import type { CaseEvent, IsoDate } from '../../../domain/applications/case-event.ts';
import type { WorkingDayCalendar } from '../../../domain/calendar/working-day-calendar.ts';
import type { DeadlineState } from '../../../domain/deadlines/compute-deadline.ts';
import { DomainError } from '../../../domain/errors.ts';
import { summarizeCase, type CaseSummary } from '../summarize-case.ts';

export type CaseDeadlineView = { ok: true; summary: CaseSummary; deadline: DeadlineState } | { ok: false; summary: CaseSummary | null; message: string };

export function describeCaseDeadline(events: readonly CaseEvent[], calendar: WorkingDayCalendar, today: IsoDate): CaseDeadlineView {
  let summary: CaseSummary;
  try {
    summary = summarizeCase(events, calendar, today);
  } catch (error) {
    // Only the calendar's and the engine's own refusals are shown; anything else is a bug.
    if (error instanceof DomainError && (error.code.startsWith('calendar.') || error.code.startsWith('deadline.'))) {
      return { ok: false, summary: null, message: error.message };
    }
    throw error;
  }
  if (summary.deadline === null) return { ok: false, summary, message: summary.calendarGap ?? '工作日历缺少所需年度的节假日安排。' };
  return { ok: true, summary, deadline: summary.deadline };
}

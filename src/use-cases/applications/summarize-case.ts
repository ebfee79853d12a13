/**
 * The derived columns of an application (status, receipt date, due date, outcome, end date) and
 * its deadline state, from its event history: the one place the stored columns come from.
 */
import { caseStatusOf } from '../../domain/applications/case-status.ts';
import type { CaseEvent, IsoDate } from '../../domain/applications/case-event.ts';
import type { WorkingDayCalendar } from '../../domain/calendar/working-day-calendar.ts';
import { computeDeadline, type DeadlineState } from '../../domain/deadlines/compute-deadline.ts';
import type { DerivedColumns } from './case-store.ts';

export interface CaseSummary extends DerivedColumns {
  deadline: DeadlineState;
}

export function summarizeCase(events: readonly CaseEvent[], calendar: WorkingDayCalendar, today: IsoDate): CaseSummary {
  const deadline = computeDeadline(events, calendar, { today });
  const ending = [...events].reverse().find((e) => e.kind === 'replied' || e.kind === 'closed');
  return {
    status: caseStatusOf(events),
    receivedOn: deadline.receivedOn,
    dueOn: deadline.dueOn,
    outcome: ending !== undefined && (ending.kind === 'replied' || ending.kind === 'closed') ? ending.outcome : null,
    endedOn: ending?.on ?? null,
    deadline,
  };
}

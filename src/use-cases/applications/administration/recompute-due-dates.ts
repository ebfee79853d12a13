/**
 * After the calendar changed: every open case recounted on the new calendar (summarizeCase, the
 * one source of the derived columns), the columns that changed written back, and a reminder for
 * each case whose due date moved, addressed to its handler.
 */
import type { IsoDate } from '../../../domain/applications/case-event.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { WorkingDayCalendar } from '../../../domain/calendar/working-day-calendar.ts';
import { DomainError } from '../../../domain/errors.ts';
import type { DerivedColumns } from '../case-store.ts';
import { summarizeCase } from '../summarize-case.ts';
import type { CalendarAdminStore, OpenCase } from './calendar-admin-store.ts';

export interface MovedCase {
  applicationId: string;
  agencyId: string;
  trackingNumber: string;
  previousDueOn: IsoDate | null;
  dueOn: IsoDate | null;
}

export interface DueDateRecount {
  /** Open cases recounted. */
  checked: number;
  moved: MovedCase[];
}

/** A calendar change would leave a case whose deadline cannot be computed: nothing is changed. */
export class CalendarChangeRejectedError extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('calendar_change_rejected', message, options);
  }
}

export async function recomputeDueDates(store: CalendarAdminStore, calendar: WorkingDayCalendar, today: IsoDate, now: Date): Promise<DueDateRecount> {
  const open = await store.lockOpenCases();
  const events = await store.listEventsOf(open.map((c) => c.id));
  const moved: MovedCase[] = [];
  for (const openCase of open) {
    const derived = summarizeOrExplain(openCase, events.get(openCase.id) ?? [], calendar, today);
    if (!hasChanged(openCase, derived)) continue;
    await store.updateDerived(openCase.id, derived, now);
    if (derived.dueOn === openCase.dueOn) continue;
    moved.push({ applicationId: openCase.id, agencyId: openCase.agencyId, trackingNumber: openCase.trackingNumber, previousDueOn: openCase.dueOn, dueOn: derived.dueOn });
    if (derived.dueOn !== null) {
      await store.insertDueDateReminder({
        agencyId: openCase.agencyId,
        applicationId: openCase.id,
        accountId: openCase.handlerAccountId,
        dueOn: derived.dueOn,
        message: `工作日历调整后，申请${openCase.trackingNumber}的答复期限${openCase.dueOn === null ? '' : `由${formatChineseDate(openCase.dueOn, true)}`}改为${formatChineseDate(derived.dueOn, true)}。`,
      });
    }
  }
  return { checked: open.length, moved };
}

function summarizeOrExplain(openCase: OpenCase, events: Parameters<typeof summarizeCase>[0], calendar: WorkingDayCalendar, today: IsoDate): DerivedColumns {
  try {
    const { status, receivedOn, dueOn, outcome, endedOn } = summarizeCase(events, calendar, today);
    return { status, receivedOn, dueOn, outcome, endedOn };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new CalendarChangeRejectedError(`修改后申请${openCase.trackingNumber}的期限无法计算（${error.message}），未作任何修改。`, { cause: error });
  }
}

function hasChanged(before: DerivedColumns, after: DerivedColumns): boolean {
  return (['status', 'receivedOn', 'dueOn', 'outcome', 'endedOn'] as const).some((key) => before[key] !== after[key]);
}

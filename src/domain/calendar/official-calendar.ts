/**
 * The calendar the platform ships with: the official 2019–2026 days (generated data), with any
 * entries staff have added (next year's notice, local adjustments) laid over them.
 */
import { mergeCalendarYears, type CalendarYear } from './calendar-year.ts';
import { officialCalendarYears } from './official-calendar-data.ts';
import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-day-calendar.ts';

export { officialCalendarYears };

/** Official days merged with `local` (local wins on the same date); throws `calendar.invalid` on bad entries. */
export function createOfficialCalendar(local: readonly CalendarYear[] = []): WorkingDayCalendar {
  return createWorkingDayCalendar(mergeCalendarYears(officialCalendarYears, local));
}

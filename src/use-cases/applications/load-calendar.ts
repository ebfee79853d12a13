/**
 * The effective working-day calendar: the official days shipped with the platform, overlaid by the
 * years staff entered (a new notice), overlaid by local adjustments. Local wins on the same date.
 */
import { groupCalendarDays } from '../../domain/calendar/calendar-year.ts';
import { createOfficialCalendar } from '../../domain/calendar/official-calendar.ts';
import type { WorkingDayCalendar } from '../../domain/calendar/working-day-calendar.ts';
import type { CalendarRows } from './calendar-rows.ts';

export function calendarFromRows(rows: CalendarRows): WorkingDayCalendar {
  const bySource = (source: 'official' | 'local') => rows.days.filter((d) => d.source === source).map(({ date, kind, name }) => ({ date, kind, name }));
  const entered = groupCalendarDays(rows.years, bySource('official'));
  // Local adjustments carry no notice of their own: the year's notice stays.
  const local = groupCalendarDays([], bySource('local')).map((entry) => ({ ...entry, notice: '' }));
  return createOfficialCalendar([...entered, ...local]);
}

export async function loadWorkingDayCalendar(store: { listCalendarRows(): Promise<CalendarRows> }): Promise<WorkingDayCalendar> {
  return calendarFromRows(await store.listCalendarRows());
}

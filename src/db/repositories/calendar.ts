/** The staff-entered part of the working-day calendar: years (notices) and days, by source. */
import { asc } from 'drizzle-orm';
import type { CalendarRows } from '../../use-cases/applications/calendar-rows.ts';
import type { Database } from '../database.ts';
import { calendarDays, calendarYears } from '../schema/calendar.ts';

export type { CalendarRows };

export async function listCalendarRows(db: Database): Promise<CalendarRows> {
  const years = await db.select({ year: calendarYears.year, notice: calendarYears.notice }).from(calendarYears).orderBy(asc(calendarYears.year));
  const days = await db
    .select({ date: calendarDays.day, source: calendarDays.source, kind: calendarDays.kind, name: calendarDays.name })
    .from(calendarDays)
    .orderBy(asc(calendarDays.day), asc(calendarDays.source));
  return { years, days };
}

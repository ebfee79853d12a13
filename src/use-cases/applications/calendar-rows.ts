/** The staff-entered calendar rows as the use cases see them (the repository returns this shape). */
import type { CalendarDayKind } from '../../domain/calendar/calendar-year.ts';

export interface CalendarRows {
  years: { year: number; notice: string }[];
  days: { date: string; source: 'official' | 'local'; kind: CalendarDayKind; name: string }[];
}

/**
 * The working-day calendar as staff read it: the years known with their notices, every day of one
 * year with its kind, the local adjustments, and a warning when next year's notice is missing in
 * November or December (the State Council publishes it around then; deadlines running into the
 * new year cannot be computed without it).
 */
import { z } from 'zod';
import { assertCan, can } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import type { CalendarDayKind } from '../../../domain/calendar/calendar-year.ts';
import { addDays, yearOf, type IsoDate } from '../../../domain/calendar/iso-date.ts';
import { officialCalendarYears } from '../../../domain/calendar/official-calendar.ts';
import { dayKindOf, hasYear, type DayKind } from '../../../domain/calendar/working-day-calendar.ts';
import type { CalendarRows } from '../calendar-rows.ts';
import { chinaDateOf } from '../china-date.ts';
import { calendarFromRows } from '../load-calendar.ts';

export interface CalendarYearSummary {
  year: number;
  notice: string;
  /** Shipped with the platform, or entered by staff. */
  source: 'shipped' | 'entered';
  holidayCount: number;
  swappedWorkdayCount: number;
}

export interface CalendarDayView {
  date: IsoDate;
  kind: DayKind;
  name: string | null;
  /** A local adjustment decides this day. */
  isLocal: boolean;
}

export interface CalendarOverview {
  today: IsoDate;
  years: CalendarYearSummary[];
  shownYear: number;
  /** Every day of the shown year; empty when the year is not known. */
  days: CalendarDayView[];
  localAdjustments: { date: IsoDate; kind: CalendarDayKind; name: string }[];
  /** e.g. 尚未录入2027年节假日安排…; null when nothing is missing. */
  warning: string | null;
  canUpdate: boolean;
}

const querySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

export async function viewCalendar(
  store: { listCalendarRows(): Promise<CalendarRows> },
  request: { principal: Principal; query: unknown; now: Date },
): Promise<CalendarOverview> {
  assertCan(request.principal, 'calendar.read');
  const rows = await store.listCalendarRows();
  const calendar = calendarFromRows(rows);
  const today = chinaDateOf(request.now);
  const shownYear = querySchema.parse(request.query ?? {}).year ?? yearOf(today);
  const localDates = new Set(rows.days.filter((d) => d.source === 'local').map((d) => d.date));
  const days: CalendarDayView[] = [];
  if (hasYear(calendar, shownYear)) {
    for (let date = `${shownYear}-01-01`; yearOf(date) === shownYear; date = addDays(date, 1)) {
      const { kind, name } = dayKindOf(calendar, date);
      days.push({ date, kind, name, isLocal: localDates.has(date) });
    }
  }
  return {
    today,
    years: summarizeYears(rows, [...calendar.notices]),
    shownYear,
    days,
    localAdjustments: rows.days.filter((d) => d.source === 'local').map(({ date, kind, name }) => ({ date, kind, name })),
    warning: findMissingYear(today, (year) => hasYear(calendar, year)),
    canUpdate: can(request.principal, 'calendar.update'),
  };
}

/** The warning for a missing notice: this year's, or next year's from 1 November on. */
export function findMissingYear(today: IsoDate, isKnown: (year: number) => boolean): string | null {
  const year = yearOf(today);
  if (!isKnown(year)) return `尚未录入${year}年节假日安排，本年的答复期限无法计算，请立即录入国务院办公厅的通知。`;
  if (today.slice(5) >= '11-01' && !isKnown(year + 1)) {
    return `尚未录入${year + 1}年节假日安排。国务院办公厅通常在10月至11月发布次年的通知，请发布后及时录入，否则跨年的答复期限无法计算。`;
  }
  return null;
}

function summarizeYears(rows: CalendarRows, notices: [number, string][]): CalendarYearSummary[] {
  const entered = new Set(rows.years.map((y) => y.year));
  return notices
    .sort(([a], [b]) => b - a)
    .map(([year, notice]) => {
      const shipped = officialCalendarYears.find((entry) => entry.year === year);
      const days = entered.has(year)
        ? rows.days.filter((d) => d.source === 'official' && yearOf(d.date) === year)
        : (shipped?.days ?? []);
      return {
        year,
        notice,
        source: entered.has(year) ? 'entered' : 'shipped',
        holidayCount: days.filter((d) => d.kind === 'holiday').length,
        swappedWorkdayCount: days.filter((d) => d.kind === 'swappedWorkday').length,
      };
    });
}

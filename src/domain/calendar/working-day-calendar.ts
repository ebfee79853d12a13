/**
 * Working days (工作日): Monday to Friday, minus the statutory holidays, plus the swapped working
 * weekend days, as the year entries list them. A date in a year the calendar has no entry for is
 * refused (`calendar.unknownYear`): every library silently treats such a year as having no
 * holidays, and a deadline computed that way would be wrong without anyone noticing.
 */
import type { Issue } from '../accounts/issue.ts';
import { DomainError } from '../errors.ts';
import { validateCalendarYears, type CalendarDay, type CalendarYear } from './calendar-year.ts';
import { addDays, isWeekend, yearOf, type IsoDate } from './iso-date.ts';

export interface WorkingDayCalendar {
  readonly notices: ReadonlyMap<number, string>;
  readonly specialDays: ReadonlyMap<IsoDate, CalendarDay>;
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'swappedWorkday';

export interface DayKindInfo {
  kind: DayKind;
  /** The holiday's name (国庆节) or the swapped day's or adjustment's name; null for plain days. */
  name: string | null;
}

export class UnknownCalendarYearError extends DomainError {
  readonly year: number;
  constructor(year: number) {
    super('calendar.unknownYear', `工作日历中没有${year}年的节假日安排，请先录入国务院办公厅的通知。`);
    this.year = year;
  }
}

/** Entries that fail validation: a programming or data-entry error, reported with all issues. */
export class InvalidCalendarError extends DomainError {
  readonly issues: readonly Issue[];
  constructor(issues: InvalidCalendarError['issues']) {
    super('calendar.invalid', `工作日历数据有误：${issues.map((i) => i.message).join('；')}`);
    this.issues = issues;
  }
}

/** Builds the calendar; throws InvalidCalendarError when validateCalendarYears finds problems. */
export function createWorkingDayCalendar(years: readonly CalendarYear[]): WorkingDayCalendar {
  const issues = validateCalendarYears(years);
  if (issues.length > 0) throw new InvalidCalendarError(issues);
  return {
    notices: new Map(years.map((entry) => [entry.year, entry.notice])),
    specialDays: new Map(years.flatMap((entry) => entry.days.map((day) => [day.date, day] as const))),
  };
}

export function hasYear(calendar: WorkingDayCalendar, year: number): boolean {
  return calendar.notices.has(year);
}

export function assertKnownDate(calendar: WorkingDayCalendar, date: IsoDate): void {
  const year = yearOf(date);
  if (!calendar.notices.has(year)) throw new UnknownCalendarYearError(year);
}

export function dayKindOf(calendar: WorkingDayCalendar, date: IsoDate): DayKindInfo {
  assertKnownDate(calendar, date);
  const special = calendar.specialDays.get(date);
  if (special?.kind === 'holiday') return { kind: 'holiday', name: special.name };
  if (special?.kind === 'swappedWorkday') return { kind: 'swappedWorkday', name: special.name };
  if (special?.kind === 'workday') return { kind: 'workday', name: special.name };
  return isWeekend(date) ? { kind: 'weekend', name: null } : { kind: 'workday', name: null };
}

export function isWorkingDay(calendar: WorkingDayCalendar, date: IsoDate): boolean {
  const { kind } = dayKindOf(calendar, date);
  return kind === 'workday' || kind === 'swappedWorkday';
}

/**
 * The `n`th working day after `date` (the day itself is never counted: 民法典 Art. 201);
 * `n = 0` gives `date`. Throws `calendar.unknownYear` for any year the count passes through.
 */
export function addWorkingDays(calendar: WorkingDayCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays needs a whole number ≥ 0, got ${n}`);
  assertKnownDate(calendar, date);
  let current = date;
  for (let counted = 0; counted < n; ) {
    current = addDays(current, 1);
    if (isWorkingDay(calendar, current)) counted += 1;
  }
  return current;
}

/**
 * The working days in (`from`, `to`]: so `workingDaysBetween(c, d, addWorkingDays(c, d, n)) === n`.
 * Negative when `to` is before `from` (minus the working days in (`to`, `from`]).
 */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: IsoDate, to: IsoDate): number {
  if (to < from) return -workingDaysBetween(calendar, to, from);
  assertKnownDate(calendar, from);
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    if (isWorkingDay(calendar, current)) count += 1;
  }
  return count;
}

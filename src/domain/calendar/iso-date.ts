/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic goes through `Date.UTC` so that the
 * server's time zone can never shift a date by one day; the strings compare correctly as text.
 */
import type { IsoDate } from '../applications/case-event.ts';

export type { IsoDate };

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;
const weekdayNames = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

/** Whether the text is a real calendar date in `YYYY-MM-DD` form (2024-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
}

/** Days since 1970-01-01 (UTC); throws on text that is not a date, which callers validate first. */
export function dayNumberOf(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / dayMs;
}

export function dateOfDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * dayMs).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(dayNumberOf(date) * dayMs).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

export function weekdayNameOf(date: IsoDate): string {
  return weekdayNames[weekdayOf(date)]!;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** `10月1日`, or `2025年1月1日` when `withYear` is set. */
export function formatChineseDate(date: IsoDate, withYear = false): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${withYear ? `${year}年` : ''}${month}月${day}日`;
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

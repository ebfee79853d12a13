/** Checks on `YYYY-MM-DD` calendar dates (`IsoDate`), which compare correctly as strings. */
import type { IsoDate } from './case-event.ts';

/** A real calendar date written `YYYY-MM-DD` (no 2026-02-30). */
export function isIsoDate(value: string): value is IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC keeps it free of the local time zone.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Dates of the statistics period as reports print them: 2024年1月1日, 2024-01-01, 2024.1.1, 二〇二四年一月一日. */
import { parseChineseNumber } from '../narrative/chinese-numerals.ts';
import { normalizeNarrative } from '../narrative/sentences.ts';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const numericDate = /^(\d{4})(?:年|[-./／])(\d{1,2})(?:月|[-./／])(\d{1,2})(?:日|号)?$/;
const chineseDate = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})(?:日|号)$/;

/** The date a period end stands for, or undefined when it cannot be read. */
export function parsePeriodDate(text: string): CalendarDate | undefined {
  const normal = normalizeNarrative(text).replace(/[。，,]$/, '');
  const numeric = numericDate.exec(normal);
  if (numeric) return toDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const chinese = chineseDate.exec(normal);
  if (!chinese) return undefined;
  const [year, month, day] = chinese.slice(1).map((part) => parseChineseNumber(part));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return toDate(year, month, day);
}

function toDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day };
}

export function isSameDate(date: CalendarDate, year: number, month: number, day: number): boolean {
  return date.year === year && date.month === month && date.day === day;
}

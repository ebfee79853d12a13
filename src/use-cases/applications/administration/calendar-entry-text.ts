/**
 * Reading a year's notice as staff type or paste it. Each line (or sentence, up to 。) names a
 * holiday and its dates (春节：2027-02-06 至 2027-02-13, or 2月6日至13日) or working days (a
 * sentence with 上班: 2月14日、2月28日上班). So the 国务院办公厅 notice can be pasted as it is
 * published: “二、春节：2月15日（农历腊月二十八）至23日（农历正月初七）放假调休，共9天。2月14日（星期六）、
 * 2月28日（星期六）上班。” Dates without a year are in the notice's year.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { CalendarDay, CalendarDayKind } from '../../../domain/calendar/calendar-year.ts';
import { addDays, dayNumberOf, isIsoDate, type IsoDate } from '../../../domain/calendar/iso-date.ts';

interface DateToken {
  raw: string;
  start: number;
  end: number;
  /** Null when the text is not a real date. */
  date: IsoDate | null;
  /** `13日` with no month: only allowed as the end of a range, in the start's month. */
  dayOnly: number | null;
}

const dateToken = /(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{1,2})\s*日/gu;
const rangeSeparator = /^\s*(?:至|到|~|～|—|–|-|－)\s*$/u;
/** Longer than any holiday block: a range this long is a typing mistake. */
const maxRangeDays = 15;

/**
 * The days the text names: `kind` for plain lines, swapped working days for sentences saying 上班.
 * `path` is the form field the issues are about.
 */
export function parseCalendarText(text: string, year: number, kind: CalendarDayKind, path: string): { days: CalendarDay[]; issues: Issue[] } {
  const days: CalendarDay[] = [];
  const issues: Issue[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    let holidayName = '';
    for (const sentence of line.normalize('NFKC').replace(/[（(][^）)]*[）)]/gu, '').split('。')) {
      if (sentence.trim() === '') continue;
      const isWorkday = sentence.includes('上班') || kind === 'swappedWorkday';
      const parsed = parseSentence(sentence, year);
      const where = `第${index + 1}行“${line.trim()}”`;
      if (typeof parsed === 'string') {
        issues.push({ code: 'calendar.textInvalid', path, message: `${where}${parsed}` });
        continue;
      }
      const own = parsed.name.replace('上班', '');
      const name = isWorkday ? `${own !== '' ? own : holidayName}调休上班` : own;
      if (!isWorkday) holidayName = own;
      if (name === '') {
        issues.push({ code: 'calendar.nameMissing', path, message: `${where}没有写节日名称，例如“春节：2月6日至2月8日”。` });
        continue;
      }
      for (const date of parsed.dates) days.push({ date, kind: isWorkday ? 'swappedWorkday' : kind, name });
    }
  });
  return { days, issues };
}

/** The dates of one sentence and its name (the text that is not a date), or what is wrong with it. */
function parseSentence(sentence: string, year: number): { dates: IsoDate[]; name: string } | string {
  const tokens = [...sentence.matchAll(dateToken)].map((m) => toToken(m, year));
  if (tokens.length === 0) return '中没有日期。';
  const dates: IsoDate[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.dayOnly !== null) return `中的“${token.raw}”缺少月份。`;
    if (token.date === null) return `中的“${token.raw}”不是有效日期。`;
    if (next === undefined || !rangeSeparator.test(sentence.slice(token.end, next.start))) {
      dates.push(token.date);
      continue;
    }
    const to = next.dayOnly === null ? next.date : sameMonth(token.date, next.dayOnly);
    if (to === null) return `中的“${next.raw}”不是有效日期。`;
    const range = expandRange(token.date, to);
    if (range === null) return `的日期范围${token.date}至${to}有误（结束早于开始，或超过${maxRangeDays}天）。`;
    dates.push(...range);
    i += 1;
  }
  let rest = sentence;
  for (const token of [...tokens].reverse()) rest = `${rest.slice(0, token.start)} ${rest.slice(token.end)}`;
  return { dates, name: nameOf(rest) };
}

/** `二、春节： 至 放假调休，共9天` → `春节`. */
function nameOf(rest: string): string {
  return rest
    .replace(/^\s*[一二三四五六七八九十]+[、.]/u, '')
    .replace(/共\s*\d+\s*天|放假调休|放假|调休/gu, '')
    .replace(/至|到|~|～|—|–|－/gu, ' ')
    .replace(/[\s:：,，、;；.\-]+/gu, '');
}

function toToken(match: RegExpMatchArray, year: number): DateToken {
  const [raw, y, month, day, dayOnly] = match;
  const start = match.index ?? 0;
  const base = { raw: raw.trim(), start, end: start + raw.length };
  if (dayOnly !== undefined) return { ...base, date: null, dayOnly: Number(dayOnly) };
  const date = `${y ?? year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return { ...base, date: isIsoDate(date) ? date : null, dayOnly: null };
}

/** `13日` after `2月6日至`: the 13th of the start's month. */
function sameMonth(start: IsoDate, day: number): IsoDate | null {
  const date = `${start.slice(0, 8)}${String(day).padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}

function expandRange(from: IsoDate, to: IsoDate): IsoDate[] | null {
  const length = dayNumberOf(to) - dayNumberOf(from) + 1;
  if (length < 1 || length > maxRangeDays) return null;
  return Array.from({ length }, (_, i) => addDays(from, i));
}

/**
 * The working-day calendar as data: one entry per year whose 国务院办公厅 notice is known, listing
 * only the special days (statutory holidays and swapped working weekend days, 调休上班). Every
 * other day follows the weekday rule. The same shape is what the calendar tables hold, so staff
 * can enter next year's notice and local adjustments; a year with no entry is unknown.
 */
import type { Issue } from '../accounts/issue.ts';
import { isIsoDate, isWeekend, yearOf, type IsoDate } from './iso-date.ts';

/**
 * `holiday`: 法定节假日 (including the weekend days inside a holiday block, as the notices list them);
 * `swappedWorkday`: a Saturday or Sunday that is a working day (调休上班);
 * `workday`: a local adjustment making a weekday an ordinary working day again (cancels a holiday).
 */
export const calendarDayKinds = ['holiday', 'swappedWorkday', 'workday'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

export interface CalendarDay {
  date: IsoDate;
  kind: CalendarDayKind;
  /** 国庆节, 春节 … or, for a local adjustment, its reason. */
  name: string;
}

export interface CalendarYear {
  year: number;
  /** The notice the days come from, e.g. 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）. */
  notice: string;
  days: CalendarDay[];
}

/** Years the tables accept (the calendar_years check constraint). */
export const calendarYearRange = { first: 2000, last: 2100 } as const;

/** Every problem in the entries, with paths `years.0.days.3.date`; an empty list when they can be used. */
export function validateCalendarYears(years: readonly CalendarYear[]): Issue[] {
  const issues: Issue[] = [];
  const seenYears = new Set<number>();
  years.forEach((entry, i) => {
    const path = `years.${i}`;
    if (!Number.isInteger(entry.year) || entry.year < calendarYearRange.first || entry.year > calendarYearRange.last) {
      issues.push({ code: 'calendar.yearInvalid', path: `${path}.year`, message: `年份“${entry.year}”无效，应为${calendarYearRange.first}至${calendarYearRange.last}之间的整数。` });
    } else if (seenYears.has(entry.year)) {
      issues.push({ code: 'calendar.yearDuplicate', path: `${path}.year`, message: `${entry.year}年的节假日安排重复录入。` });
    }
    seenYears.add(entry.year);
    if (entry.notice.trim() === '') {
      issues.push({ code: 'calendar.noticeMissing', path: `${path}.notice`, message: `请填写${entry.year}年节假日安排所依据的通知。` });
    }
    issues.push(...validateDays(entry, path));
  });
  return issues;
}

function validateDays(entry: CalendarYear, yearPath: string): Issue[] {
  const issues: Issue[] = [];
  const kindByDate = new Map<IsoDate, CalendarDayKind>();
  entry.days.forEach((day, j) => {
    const path = `${yearPath}.days.${j}`;
    const problem = findDayProblem(day, entry.year);
    if (problem !== null) {
      issues.push({ ...problem, path: `${path}.${problem.path}` });
      return;
    }
    const earlier = kindByDate.get(day.date);
    if (earlier === day.kind) {
      issues.push({ code: 'calendar.dateDuplicate', path: `${path}.date`, message: `${day.date}重复录入。` });
    } else if (earlier !== undefined) {
      issues.push({ code: 'calendar.dateBothKinds', path: `${path}.date`, message: `${day.date}不能既是${kindLabels[earlier]}又是${kindLabels[day.kind]}。` });
    }
    kindByDate.set(day.date, day.kind);
  });
  return issues;
}

const kindLabels: Readonly<Record<CalendarDayKind, string>> = {
  holiday: '法定节假日',
  swappedWorkday: '调休上班日',
  workday: '工作日',
};

function findDayProblem(day: CalendarDay, year: number): Issue | null {
  if (!isIsoDate(day.date)) return { code: 'calendar.dateInvalid', path: 'date', message: `日期“${day.date}”无效，应为“YYYY-MM-DD”格式的真实日期。` };
  if (yearOf(day.date) !== year) return { code: 'calendar.dateOutsideYear', path: 'date', message: `${day.date}不在${year}年内，请录入到对应的年份。` };
  if (!(calendarDayKinds as readonly string[]).includes(day.kind)) return { code: 'calendar.kindInvalid', path: 'kind', message: `${day.date}的类型“${day.kind}”无效。` };
  if (day.kind === 'swappedWorkday' && !isWeekend(day.date)) {
    return { code: 'calendar.swappedWorkdayNotWeekend', path: 'date', message: `调休上班日${day.date}不是星期六或星期日。` };
  }
  if (day.kind === 'workday' && isWeekend(day.date)) {
    return { code: 'calendar.workdayOnWeekend', path: 'kind', message: `${day.date}是周末，周末上班请登记为调休上班日。` };
  }
  if (day.name.trim() === '') return { code: 'calendar.nameMissing', path: 'name', message: `请填写${day.date}的名称（节日名称或调整原因）。` };
  return null;
}

/**
 * The official entries with the local ones laid over them: a local day replaces the official day
 * of the same date, a local year the official one has not got is added, and a local notice, when
 * given, replaces the official one. Sorted by year and date.
 */
export function mergeCalendarYears(official: readonly CalendarYear[], local: readonly CalendarYear[]): CalendarYear[] {
  const merged = new Map<number, { notice: string; days: Map<IsoDate, CalendarDay> }>();
  for (const entry of [...official, ...local]) {
    const target = merged.get(entry.year) ?? { notice: entry.notice, days: new Map<IsoDate, CalendarDay>() };
    if (entry.notice.trim() !== '') target.notice = entry.notice;
    for (const day of entry.days) target.days.set(day.date, day);
    merged.set(entry.year, target);
  }
  return [...merged]
    .sort(([a], [b]) => a - b)
    .map(([year, { notice, days }]) => ({ year, notice, days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)) }));
}

/**
 * Year entries from table rows: the notices per year and the days (of one source). A day whose year
 * has no notice row gets an entry with an empty notice, which validation reports, rather than
 * being dropped.
 */
export function groupCalendarDays(notices: readonly { year: number; notice: string }[], days: readonly CalendarDay[]): CalendarYear[] {
  const byYear = new Map<number, CalendarYear>(notices.map(({ year, notice }) => [year, { year, notice, days: [] }]));
  for (const day of days) {
    const year = isIsoDate(day.date) ? yearOf(day.date) : Number.NaN;
    const entry = byYear.get(year) ?? { year, notice: '', days: [] };
    entry.days.push(day);
    byYear.set(year, entry);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

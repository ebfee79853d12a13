import { describe, expect, it } from 'vitest';
import { groupCalendarDays, mergeCalendarYears, validateCalendarYears, type CalendarYear } from './calendar-year.ts';

const year2025: CalendarYear = {
  year: 2025,
  notice: '国办发明电〔2024〕12号',
  days: [
    { date: '2025-10-01', kind: 'holiday', name: '国庆节' },
    { date: '2025-10-11', kind: 'swappedWorkday', name: '国庆节调休上班' },
  ],
};

const codesOf = (years: CalendarYear[]) => validateCalendarYears(years).map((i) => [i.code, i.path]);

describe('validateCalendarYears', () => {
  it('accepts a well-formed year', () => {
    expect(validateCalendarYears([year2025])).toEqual([]);
  });

  it('refuses a swapped workday that is not a Saturday or Sunday', () => {
    const bad = { ...year2025, days: [{ date: '2025-10-10', kind: 'swappedWorkday' as const, name: '调休' }] };
    expect(codesOf([bad])).toEqual([['calendar.swappedWorkdayNotWeekend', 'years.0.days.0.date']]);
  });

  it('refuses a date that is both a holiday and a swapped workday, and a date listed twice', () => {
    const bad = {
      ...year2025,
      days: [...year2025.days, { date: '2025-10-11', kind: 'holiday' as const, name: '国庆节' }, { date: '2025-10-01', kind: 'holiday' as const, name: '国庆节' }],
    };
    expect(codesOf([bad])).toEqual([
      ['calendar.dateBothKinds', 'years.0.days.2.date'],
      ['calendar.dateDuplicate', 'years.0.days.3.date'],
    ]);
  });

  it('refuses dates outside their year, impossible dates, bad years, duplicate years and empty notices', () => {
    const bad: CalendarYear[] = [
      { year: 2025, notice: ' ', days: [{ date: '2026-01-01', kind: 'holiday', name: '元旦' }, { date: '2025-02-30', kind: 'holiday', name: '春节' }] },
      { year: 2025, notice: 'x', days: [] },
      { year: 1999.5, notice: 'x', days: [] },
    ];
    expect(codesOf(bad)).toEqual([
      ['calendar.noticeMissing', 'years.0.notice'],
      ['calendar.dateOutsideYear', 'years.0.days.0.date'],
      ['calendar.dateInvalid', 'years.0.days.1.date'],
      ['calendar.yearDuplicate', 'years.1.year'],
      ['calendar.yearInvalid', 'years.2.year'],
    ]);
  });

  it('refuses a local workday on a weekend, an unknown kind and an empty name', () => {
    const bad = {
      ...year2025,
      days: [
        { date: '2025-10-12', kind: 'workday' as const, name: '补班' },
        { date: '2025-10-13', kind: 'rest' as never, name: 'x' },
        { date: '2025-10-14', kind: 'holiday' as const, name: '' },
      ],
    };
    expect(codesOf([bad]).map(([code]) => code)).toEqual(['calendar.workdayOnWeekend', 'calendar.kindInvalid', 'calendar.nameMissing']);
  });

  it('writes its messages in Chinese, naming the date', () => {
    const [issue] = validateCalendarYears([{ ...year2025, days: [{ date: '2025-10-10', kind: 'swappedWorkday', name: '调休' }] }]);
    expect(issue?.message).toBe('调休上班日2025-10-10不是星期六或星期日。');
  });
});

describe('mergeCalendarYears', () => {
  it('lets a local day win over the official day of the same date and keeps the others', () => {
    const local: CalendarYear = { year: 2025, notice: '', days: [{ date: '2025-10-01', kind: 'workday', name: '本地调整' }] };
    const [merged] = mergeCalendarYears([year2025], [local]);
    expect(merged?.notice).toBe('国办发明电〔2024〕12号');
    expect(merged?.days).toEqual([
      { date: '2025-10-01', kind: 'workday', name: '本地调整' },
      { date: '2025-10-11', kind: 'swappedWorkday', name: '国庆节调休上班' },
    ]);
  });

  it('adds a year entered locally and sorts the years', () => {
    const next: CalendarYear = { year: 2027, notice: '国务院办公厅关于2027年部分节假日安排的通知', days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] };
    expect(mergeCalendarYears([year2025], [next, { year: 2024, notice: 'n', days: [] }]).map((y) => [y.year, y.notice])).toEqual([
      [2024, 'n'],
      [2025, '国办发明电〔2024〕12号'],
      [2027, '国务院办公厅关于2027年部分节假日安排的通知'],
    ]);
  });
});

describe('groupCalendarDays', () => {
  it('groups rows by the year of their date and keeps a day whose year has no notice', () => {
    const years = groupCalendarDays([{ year: 2025, notice: 'n' }], [...year2025.days, { date: '2027-01-01', kind: 'holiday', name: '元旦' }]);
    expect(years.map((y) => [y.year, y.notice, y.days.length])).toEqual([
      [2025, 'n', 2],
      [2027, '', 1],
    ]);
    expect(validateCalendarYears(years).map((i) => i.code)).toEqual(['calendar.noticeMissing']);
  });
});

import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { CalendarYear } from './calendar-year.ts';
import { createOfficialCalendar } from './official-calendar.ts';
import {
  addWorkingDays,
  createWorkingDayCalendar,
  dayKindOf,
  InvalidCalendarError,
  isWorkingDay,
  UnknownCalendarYearError,
  workingDaysBetween,
} from './working-day-calendar.ts';

const calendar = createOfficialCalendar();

describe('dayKindOf', () => {
  it.each([
    ['2025-10-01', 'holiday', '国庆节'],
    ['2025-10-06', 'holiday', '中秋节'],
    ['2025-10-11', 'swappedWorkday', '国庆节调休上班'],
    ['2025-10-12', 'weekend', null],
    ['2025-10-13', 'workday', null],
    ['2024-02-10', 'holiday', '春节'],
    ['2026-02-14', 'swappedWorkday', '春节调休上班'],
    ['2026-01-04', 'swappedWorkday', '元旦调休上班'],
  ])('treats %s as %s (%s)', (date, kind, name) => {
    expect(dayKindOf(calendar, date)).toEqual({ kind, name });
  });
});

describe('isWorkingDay', () => {
  it('counts a swapped Saturday and skips a holiday on a weekday', () => {
    expect(isWorkingDay(calendar, '2024-10-12')).toBe(true);
    expect(isWorkingDay(calendar, '2024-10-07')).toBe(false);
    expect(isWorkingDay(calendar, '2024-10-08')).toBe(true);
  });

  it('refuses a year the calendar does not know, naming it in Chinese', () => {
    const attempt = () => isWorkingDay(calendar, '2027-01-04');
    expect(attempt).toThrow(UnknownCalendarYearError);
    expect(attempt).toThrow('工作日历中没有2027年的节假日安排，请先录入国务院办公厅的通知。');
    try {
      attempt();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('calendar.unknownYear');
      expect((error as UnknownCalendarYearError).year).toBe(2027);
    }
    expect(() => isWorkingDay(calendar, '2018-12-31')).toThrow('2018年');
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2024-09-30', 1, '2024-10-08'],
    ['2024-09-30', 5, '2024-10-12'],
    ['2024-09-30', 20, '2024-11-01'],
    ['2025-09-30', 20, '2025-11-04'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2025-12-31', 1, '2026-01-04'],
    ['2025-03-01', 0, '2025-03-01'],
  ])('counts from the day after %s: %i working days → %s', (from, n, expected) => {
    expect(addWorkingDays(calendar, from, n)).toBe(expected);
  });

  it('refuses a count that runs into an unknown year', () => {
    expect(() => addWorkingDays(calendar, '2026-12-20', 20)).toThrow(UnknownCalendarYearError);
    expect(addWorkingDays(calendar, '2026-12-01', 20)).toBe('2026-12-29');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays(calendar, '2025-03-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2025-03-03', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after `from` up to and including `to`', () => {
    expect(workingDaysBetween(calendar, '2024-09-30', '2024-11-01')).toBe(20);
    expect(workingDaysBetween(calendar, '2024-09-30', '2024-10-07')).toBe(0);
    expect(workingDaysBetween(calendar, '2025-03-03', '2025-03-03')).toBe(0);
  });

  it('is negative when `to` comes first', () => {
    expect(workingDaysBetween(calendar, '2024-11-01', '2024-09-30')).toBe(-20);
  });
});

describe('createWorkingDayCalendar', () => {
  it('refuses entries that fail validation, listing the problems', () => {
    const bad: CalendarYear = { year: 2025, notice: 'n', days: [{ date: '2025-10-10', kind: 'swappedWorkday', name: '调休' }] };
    expect(() => createWorkingDayCalendar([bad])).toThrow(InvalidCalendarError);
    expect(() => createWorkingDayCalendar([bad])).toThrow('调休上班日2025-10-10不是星期六或星期日');
  });

  it('lets a local adjustment cancel an official holiday and add a local one', () => {
    const local: CalendarYear = {
      year: 2025,
      notice: '',
      days: [
        { date: '2025-10-08', kind: 'workday', name: '本地上班' },
        { date: '2025-10-13', kind: 'holiday', name: '地方节日' },
      ],
    };
    const adjusted = createOfficialCalendar([local]);
    expect(dayKindOf(adjusted, '2025-10-08')).toEqual({ kind: 'workday', name: '本地上班' });
    expect(isWorkingDay(adjusted, '2025-10-13')).toBe(false);
    expect(addWorkingDays(adjusted, '2025-09-30', 2)).toBe('2025-10-09');
  });

  it('knows a year once its notice is entered locally', () => {
    const next: CalendarYear = { year: 2027, notice: '国务院办公厅关于2027年部分节假日安排的通知', days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] };
    expect(addWorkingDays(createOfficialCalendar([next]), '2026-12-31', 1)).toBe('2027-01-04');
  });
});

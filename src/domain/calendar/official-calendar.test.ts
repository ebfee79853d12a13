import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarYearsFromChineseDays, readChineseDaysJson, renderCalendarData } from '../../../scripts/write-calendar-data.ts';
import { validateCalendarYears } from './calendar-year.ts';
import { officialCalendarYears } from './official-calendar.ts';

const daysOf = (year: number, kind: 'holiday' | 'swappedWorkday') =>
  officialCalendarYears.find((y) => y.year === year)!.days.filter((d) => d.kind === kind).map((d) => d.date.slice(5));

const range = (month: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${month}-${String(from + i).padStart(2, '0')}`);

describe('officialCalendarYears', () => {
  it('covers every year 2019–2026 and passes validation', () => {
    expect(officialCalendarYears.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(validateCalendarYears(officialCalendarYears)).toEqual([]);
  });

  it('equals the chinese-days data, date for date', () => {
    const json = readChineseDaysJson();
    expect(officialCalendarYears).toEqual(calendarYearsFromChineseDays(json));
    for (const { days } of officialCalendarYears) {
      for (const day of days) expect(day.date in (day.kind === 'holiday' ? json.holidays : json.workdays)).toBe(true);
    }
    const inRange = (table: Record<string, string>) => Object.keys(table).filter((d) => d >= '2019-01-01' && d <= '2026-12-31').length;
    const count = (kind: string) => officialCalendarYears.flatMap((y) => y.days).filter((d) => d.kind === kind).length;
    expect(count('holiday')).toBe(inRange(json.holidays));
    expect(count('swappedWorkday')).toBe(inRange(json.workdays));
  });

  it('is the file the script writes (regenerate with npx tsx scripts/write-calendar-data.ts)', () => {
    const committed = readFileSync(new URL('./official-calendar-data.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderCalendarData(calendarYearsFromChineseDays(readChineseDaysJson())));
  });

  // shared/design/regulation.md §4, checked against the notices.
  it('has the 2024 notice (国办发明电〔2023〕7号)', () => {
    expect(officialCalendarYears.find((y) => y.year === 2024)?.notice).toContain('国办发明电〔2023〕7号');
    expect(daysOf(2024, 'holiday')).toEqual([
      '01-01', ...range('02', 10, 17), ...range('04', 4, 6), ...range('05', 1, 5), '06-10', ...range('09', 15, 17), ...range('10', 1, 7),
    ]);
    expect(daysOf(2024, 'swappedWorkday')).toEqual(['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12']);
  });

  it('has the 2025 notice (国办发明电〔2024〕12号)', () => {
    expect(officialCalendarYears.find((y) => y.year === 2025)?.notice).toContain('国办发明电〔2024〕12号');
    expect(daysOf(2025, 'holiday')).toEqual([
      '01-01', ...range('01', 28, 31), ...range('02', 1, 4), ...range('04', 4, 6), ...range('05', 1, 5), '05-31', '06-01', '06-02', ...range('10', 1, 8),
    ]);
    expect(daysOf(2025, 'swappedWorkday')).toEqual(['01-26', '02-08', '04-27', '09-28', '10-11']);
  });

  it('has the 2026 notice', () => {
    expect(daysOf(2026, 'holiday')).toEqual([
      ...range('01', 1, 3), ...range('02', 15, 23), ...range('04', 4, 6), ...range('05', 1, 5), ...range('06', 19, 21), ...range('09', 25, 27), ...range('10', 1, 7),
    ]);
    expect(daysOf(2026, 'swappedWorkday')).toEqual(['01-04', '02-14', '02-28', '05-09', '09-20', '10-10']);
  });

  it('names the holidays as the notices do', () => {
    const names = new Set(officialCalendarYears.flatMap((y) => y.days.filter((d) => d.kind === 'holiday').map((d) => d.name)));
    expect([...names].sort()).toEqual(['中秋节', '元旦', '劳动节', '国庆节', '春节', '清明节', '端午节'].sort());
  });
});

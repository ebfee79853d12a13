/**
 * A year of the working-day calendar as twelve month grids (Monday first), each day marked the way
 * Chinese calendars mark them — 休 for a statutory holiday, 班 for a swapped working day — so the
 * grid reads the same with or without the stylesheet; and the same days as a list of ranges.
 */
import type { CalendarDayView } from '../../../use-cases/applications/administration/view-calendar.ts';

const weekdayHeads = ['一', '二', '三', '四', '五', '六', '日'];

export function CalendarMonthGrid({ days }: { days: readonly CalendarDayView[] }) {
  const months = Array.from({ length: 12 }, (_, i) => days.filter((d) => Number(d.date.slice(5, 7)) === i + 1));
  return (
    <div class="calendar-months">
      {months.map((monthDays, i) => (
        <table class="calendar-month" key={i}>
          <caption>{i + 1}月</caption>
          <thead>
            <tr>
              {weekdayHeads.map((head) => (
                <th scope="col" key={head}>
                  {head}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(monthDays).map((week, w) => (
              <tr key={w}>
                {week.map((day, d) => (day === null ? <td key={d} class="day-empty" /> : <DayCell key={d} day={day} />))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

function DayCell({ day }: { day: CalendarDayView }) {
  const mark = day.kind === 'holiday' ? '休' : day.kind === 'swappedWorkday' ? '班' : null;
  const title = [day.name, day.isLocal ? '本地调整' : null].filter((t) => t !== null).join(' · ');
  const classes = [`day-${day.kind}`, day.isLocal ? 'day-local' : ''].filter((c) => c !== '').join(' ');
  return (
    <td class={classes} title={title === '' ? undefined : title}>
      <span class="day-number">{Number(day.date.slice(8))}</span>
      {mark === null ? null : <span class="day-mark">{mark}</span>}
      {day.isLocal ? <span class="day-local-mark">*</span> : null}
    </td>
  );
}

/** The month's days in weeks of seven, Monday first, with nulls before the 1st and after the last day. */
function weeksOf(monthDays: readonly CalendarDayView[]): (CalendarDayView | null)[][] {
  if (monthDays.length === 0) return [];
  const first = new Date(`${monthDays[0]!.date}T00:00:00Z`).getUTCDay();
  const cells: (CalendarDayView | null)[] = [...Array.from({ length: (first + 6) % 7 }, () => null), ...monthDays];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

export interface DayRange {
  from: string;
  to: string;
  name: string;
  kind: 'holiday' | 'swappedWorkday' | 'workday';
  count: number;
  isLocal: boolean;
}

/** Consecutive holidays as one block (国庆节、中秋节 10月1日至10月8日, 8天); other special days one by one. */
export function listDayRanges(days: readonly CalendarDayView[]): DayRange[] {
  const ranges: DayRange[] = [];
  for (const day of days) {
    const isSpecial = day.kind === 'holiday' || day.kind === 'swappedWorkday' || (day.kind === 'workday' && day.name !== null);
    if (!isSpecial) continue;
    const kind = day.kind as DayRange['kind'];
    const last = ranges.at(-1);
    const isNext = kind === 'holiday' && last !== undefined && last.kind === 'holiday' && isDayAfter(last.to, day.date);
    if (isNext) {
      last.to = day.date;
      last.count += 1;
      if (day.name !== null && !last.name.split('、').includes(day.name)) last.name = `${last.name}、${day.name}`;
      last.isLocal ||= day.isLocal;
    } else {
      ranges.push({ from: day.date, to: day.date, name: day.name ?? '', kind, count: 1, isLocal: day.isLocal });
    }
  }
  return ranges;
}

function isDayAfter(previous: string, date: string): boolean {
  return Date.parse(`${date}T00:00:00Z`) - Date.parse(`${previous}T00:00:00Z`) === 86_400_000;
}

export function formatMonthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`;
}

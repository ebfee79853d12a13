/**
 * The clock: which days after the receipt count towards the reply period. A day counts when it is
 * a working day, after the day the count starts from (the receipt, or the arrival of the
 * correction: Art. 30, 民法典 Art. 201), outside every pause, and not while the clock is stopped
 * for a correction. Pauses (Art. 32/34 consultations, and fee notices when configured) leave out
 * every day from the day the letter was received through the day the answer arrived, both included.
 */
import { addDays, type IsoDate } from '../calendar/iso-date.ts';
import { dayKindOf, type WorkingDayCalendar } from '../calendar/working-day-calendar.ts';
import type { CaseTimeline, PauseKind } from './case-timeline.ts';

export type DayClass =
  | { kind: 'counted'; name: string | null }
  | { kind: 'swappedWorkday'; name: string }
  | { kind: 'weekend' }
  | { kind: 'holiday'; name: string }
  | { kind: 'paused'; pause: PauseKind }
  | { kind: 'stopped' };

/** How a day after the receipt is treated. */
export function classifyDay(calendar: WorkingDayCalendar, timeline: CaseTimeline, date: IsoDate): DayClass {
  const correction = timeline.correction;
  if (correction !== null && date >= correction.requestedOn && (correction.receivedOn === null || date <= correction.receivedOn)) {
    return { kind: 'stopped' };
  }
  const pause = timeline.pauses.find((p) => p.from <= date && (p.to === null || date <= p.to));
  if (pause !== undefined) return { kind: 'paused', pause: pause.kind };
  const info = dayKindOf(calendar, date);
  if (info.kind === 'holiday') return { kind: 'holiday', name: info.name ?? '法定节假日' };
  if (info.kind === 'swappedWorkday') return { kind: 'swappedWorkday', name: info.name ?? '调休上班' };
  if (info.kind === 'weekend') return { kind: 'weekend' };
  return { kind: 'counted', name: info.name };
}

export function isCountedClass(day: DayClass): boolean {
  return day.kind === 'counted' || day.kind === 'swappedWorkday';
}

/** The day after which the count (re)starts: the correction's arrival when there was one. */
export function countingFromOf(timeline: CaseTimeline): IsoDate | null {
  return timeline.correction?.receivedOn ?? timeline.receivedOn;
}

export function isAwaitingCorrection(timeline: CaseTimeline): boolean {
  return timeline.correction !== null && timeline.correction.receivedOn === null;
}

/**
 * The day the `target`th counted day falls on; null while the clock is stopped for a correction,
 * or when an open pause comes first (the date then depends on when the answer arrives).
 */
export function findDueOn(calendar: WorkingDayCalendar, timeline: CaseTimeline, target: number): IsoDate | null {
  const from = countingFromOf(timeline);
  if (from === null || isAwaitingCorrection(timeline)) return null;
  let counted = 0;
  for (let date = addDays(from, 1); ; date = addDays(date, 1)) {
    if (timeline.pauses.some((p) => p.to === null && p.from <= date)) return null;
    if (isCountedClass(classifyDay(calendar, timeline, date))) counted += 1;
    if (counted >= target) return date;
  }
}

/** The counted days from the day after the count starts through `through` (0 when before it). */
export function countDaysThrough(calendar: WorkingDayCalendar, timeline: CaseTimeline, through: IsoDate): number {
  const from = countingFromOf(timeline);
  if (from === null) return 0;
  let counted = 0;
  for (let date = addDays(from, 1); date <= through; date = addDays(date, 1)) {
    if (isCountedClass(classifyDay(calendar, timeline, date))) counted += 1;
  }
  return counted;
}

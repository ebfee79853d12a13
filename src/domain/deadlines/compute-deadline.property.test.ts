/**
 * The engine against a second, naive implementation written here independently: it reads the
 * chinese-days JSON directly, keeps dates as UTC `Date`s, and simulates the case day by day as a
 * person with a paper calendar would (start events of the day, then the day, then end events).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../applications/case-event.ts';
import { createOfficialCalendar } from '../calendar/official-calendar.ts';
import { addWorkingDays, workingDaysBetween } from '../calendar/working-day-calendar.ts';
import { computeDeadline, type DeadlineState } from './compute-deadline.ts';

const json = JSON.parse(readFileSync('node_modules/chinese-days/dist/chinese-days.json', 'utf8')) as Record<'holidays' | 'workdays', Record<string, string>>;
const calendar = createOfficialCalendar();
const msPerDay = 24 * 60 * 60 * 1000;

const toDate = (key: string) => new Date(`${key}T00:00:00.000Z`);
const toKey = (date: Date) => date.toISOString().slice(0, 10);
const plusDays = (key: string, days: number) => toKey(new Date(toDate(key).getTime() + days * msPerDay));

class NaiveUnknownYear extends Error {}

function plainIsWorkingDay(key: string): boolean {
  const year = toDate(key).getUTCFullYear();
  if (year < 2019 || year > 2026) throw new NaiveUnknownYear(String(year));
  if (key in json.holidays) return false;
  if (key in json.workdays) return true;
  const weekday = toDate(key).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

function naiveAddWorkingDays(from: string, n: number): string {
  let day = from;
  plainIsWorkingDay(day);
  for (let left = n; left > 0; ) {
    day = plusDays(day, 1);
    if (plainIsWorkingDay(day)) left -= 1;
  }
  return day;
}

interface NaiveState {
  status: DeadlineState['status'];
  dueOn: string | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  dueSoon: boolean;
  repliedOnTime: boolean | undefined;
  correctionNoticeDueOn: string;
  counted: string[];
}

const startKinds = new Set(['correctionRequested', 'thirdPartyConsultationStarted', 'agencyConsultationStarted', 'feeNoticeSent']);

function naiveDeadline(events: CaseEvent[], today: string, feePauses: boolean): NaiveState {
  const receivedOn = events[0]!.on;
  const extra = events.reduce((sum, e) => sum + (e.kind === 'extensionApproved' ? e.workingDays : 0), 0);
  const target = 20 + extra;
  const endEvent = events.find((e) => e.kind === 'replied' || e.kind === 'closed');
  const reference = endEvent?.on ?? today;
  const lastEventOn = events.at(-1)!.on;
  const open = new Set<string>();
  let stopped = false;
  let count = 0;
  let dueOn: string | null = null;
  let counted: string[] = [];
  let countAtReference = 0;
  for (let day = receivedOn; ; day = plusDays(day, 1)) {
    if (day > lastEventOn && day > reference && (dueOn !== null || stopped || open.size > 0)) break;
    const todays = events.filter((e) => e.on === day);
    for (const e of todays.filter((e) => startKinds.has(e.kind))) {
      if (e.kind === 'correctionRequested') stopped = true;
      if (e.kind === 'thirdPartyConsultationStarted' || e.kind === 'agencyConsultationStarted') open.add(e.consultationId);
      if (e.kind === 'feeNoticeSent' && feePauses) open.add('fee');
    }
    if (day > receivedOn && !stopped && open.size === 0 && plainIsWorkingDay(day)) {
      count += 1;
      counted.push(day);
      if (count === target && dueOn === null) dueOn = day;
    }
    for (const e of todays.filter((e) => !startKinds.has(e.kind))) {
      if (e.kind === 'correctionReceived') [stopped, count, dueOn, counted] = [false, 0, null, []];
      if (e.kind === 'thirdPartyConsultationEnded' || e.kind === 'agencyConsultationEnded') open.delete(e.consultationId);
      if (e.kind === 'feePaid') open.delete('fee');
      if (e.kind === 'replied' || e.kind === 'closed') open.clear();
    }
    if (day === reference) countAtReference = count;
  }
  if (stopped) dueOn = null;
  const status = endEvent !== undefined ? 'ended' : stopped ? 'stopped' : open.size > 0 ? 'paused' : 'running';
  const workingDaysLeft = stopped ? null : target - countAtReference;
  const overdue = dueOn !== null && reference > dueOn;
  const isOpen = status === 'running' || status === 'paused';
  return {
    status,
    dueOn,
    workingDaysLeft,
    overdue,
    dueSoon: isOpen && !overdue && workingDaysLeft !== null && workingDaysLeft >= 0 && workingDaysLeft <= 5,
    repliedOnTime: endEvent?.kind === 'replied' && dueOn !== null ? endEvent.on <= dueOn : undefined,
    correctionNoticeDueOn: naiveAddWorkingDays(receivedOn, 7),
    counted,
  };
}

const firstDay = toDate('2019-01-01').getTime() / msPerDay;
const receiptArbitrary = fc.integer({ min: firstDay, max: toDate('2026-11-30').getTime() / msPerDay }).map((n) => toKey(new Date(n * msPerDay)));

/** True three times in four. */
const mostly = fc.nat(3).map((n) => n > 0);

const historyArbitrary = fc.record({
  receivedOn: receiptArbitrary,
  correction: fc.option(fc.record({ after: fc.nat(10), takes: fc.nat(25), arrives: mostly }), { nil: undefined, freq: 2 }),
  consultations: fc.array(fc.record({ isAgency: fc.boolean(), after: fc.nat(45), takes: fc.nat(30), ends: mostly }), { maxLength: 3 }),
  extension: fc.option(fc.record({ after: fc.nat(10), days: fc.integer({ min: 1, max: 20 }) }), { nil: undefined }),
  fee: fc.option(fc.record({ after: fc.nat(30), takes: fc.nat(25), paid: fc.boolean() }), { nil: undefined }),
  end: fc.option(fc.record({ after: fc.nat(60), replied: mostly }), { nil: undefined, freq: 2 }),
  todayAfter: fc.nat(90),
  feePauses: fc.boolean(),
});

type History = typeof historyArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Valid by construction: other steps only once the correction (if any) has arrived, the extension early. */
function eventsOf(h: History): { events: CaseEvent[]; today: string } {
  const events: CaseEvent[] = [{ kind: 'received', on: h.receivedOn }];
  let base = h.receivedOn;
  let awaiting = false;
  if (h.correction !== undefined) {
    const requestedOn = plusDays(h.receivedOn, h.correction.after);
    events.push({ kind: 'correctionRequested', on: requestedOn, correctBy: plusDays(requestedOn, 15), items: '信息名称' });
    awaiting = !h.correction.arrives;
    base = plusDays(requestedOn, h.correction.takes);
    if (h.correction.arrives) events.push({ kind: 'correctionReceived', on: base });
  }
  if (!awaiting) {
    h.consultations.forEach((c, i) => {
      const on = plusDays(base, c.after);
      const id = `c${i}`;
      events.push(c.isAgency ? { kind: 'agencyConsultationStarted', on, consultationId: id, agencyName: '县财政局' } : { kind: 'thirdPartyConsultationStarted', on, consultationId: id, party: '某公司' });
      const endOn = plusDays(on, c.takes);
      if (c.ends) events.push(c.isAgency ? { kind: 'agencyConsultationEnded', on: endOn, consultationId: id, opinion: 'noAnswer' } : { kind: 'thirdPartyConsultationEnded', on: endOn, consultationId: id, opinion: 'consents' });
    });
    if (h.extension !== undefined) events.push({ kind: 'extensionApproved', on: plusDays(base, h.extension.after), workingDays: h.extension.days, approvedBy: '主任', reason: '档案' });
    if (h.fee !== undefined) {
      const on = plusDays(base, h.fee.after);
      events.push({ kind: 'feeNoticeSent', on, method: 'perApplication', amountYuan: 100, payBy: plusDays(on, 28) });
      if (h.fee.paid) events.push({ kind: 'feePaid', on: plusDays(on, h.fee.takes), amountYuan: 100 });
    }
  }
  const sorted = events.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => a.on.localeCompare(b.on) || i - j).map(([e]) => e);
  const last = sorted.at(-1)!.on;
  if (h.end !== undefined) {
    const on = plusDays(last, h.end.after);
    sorted.push(h.end.replied ? { kind: 'replied', on, outcome: 'granted', replyType: 'granted' } : { kind: 'closed', on, outcome: 'other.other', reason: '申请人撤回' });
  }
  return { events: sorted, today: plusDays(sorted.at(-1)!.on, h.todayAfter) };
}

function outcomeOf<T>(run: () => T): { value: T } | { unknownYear: true } {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof NaiveUnknownYear || (error instanceof Error && 'code' in error && error.code === 'calendar.unknownYear')) return { unknownYear: true };
    throw error;
  }
}

describe('computeDeadline (property)', () => {
  it('agrees with the naive day-by-day count on random histories 2019–2026', () => {
    fc.assert(
      fc.property(historyArbitrary, (h) => {
        const { events, today } = eventsOf(h);
        const engine = outcomeOf(() => computeDeadline(events, calendar, { today, rules: { feeNoticePausesClock: h.feePauses } }));
        const naive = outcomeOf(() => naiveDeadline(events, today, h.feePauses));
        if ('unknownYear' in naive || 'unknownYear' in engine) {
          expect(engine).toEqual(naive);
          return;
        }
        const { counted, ...expected } = naive.value;
        const state = engine.value;
        expect({ status: state.status, dueOn: state.dueOn, workingDaysLeft: state.workingDaysLeft, overdue: state.overdue, dueSoon: state.dueSoon, repliedOnTime: state.repliedOnTime, correctionNoticeDueOn: state.correctionNoticeDueOn }).toEqual(expected);
        const from = state.countingFrom!;
        const tracedDays = state.trace.filter((e) => e.dayNumber !== undefined && e.date > from);
        expect(tracedDays.map((e) => e.date)).toEqual(counted.filter((d) => d <= state.trace.at(-1)!.date));
        expect(tracedDays.map((e) => e.dayNumber)).toEqual(tracedDays.map((_, i) => i + 1));
      }),
      { numRuns: 400 },
    );
  });
});

describe('addWorkingDays and workingDaysBetween (property)', () => {
  it('agree with the naive walk and with each other', () => {
    fc.assert(
      fc.property(receiptArbitrary, fc.nat(60), (from, n) => {
        const engine = outcomeOf(() => addWorkingDays(calendar, from, n));
        expect(engine).toEqual(outcomeOf(() => naiveAddWorkingDays(from, n)));
        if ('value' in engine) expect(workingDaysBetween(calendar, from, engine.value)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../applications/case-event.ts';
import { createOfficialCalendar } from '../calendar/official-calendar.ts';
import { computeDeadline, type DeadlineOptions } from './compute-deadline.ts';

const calendar = createOfficialCalendar();
const received = (on: string): CaseEvent => ({ kind: 'received', on });
const thirdParty = (id: string, from: string, to?: string): CaseEvent[] => [
  { kind: 'thirdPartyConsultationStarted', on: from, consultationId: id, party: '某公司' },
  ...(to === undefined ? [] : [{ kind: 'thirdPartyConsultationEnded', on: to, consultationId: id, opinion: 'objects' } as const]),
];
const thirdPartyEnd = (id: string, on: string): CaseEvent => ({ kind: 'thirdPartyConsultationEnded', on, consultationId: id, opinion: 'consents' });
const agency = (id: string, from: string, to: string): CaseEvent[] => [
  { kind: 'agencyConsultationStarted', on: from, consultationId: id, agencyName: '县财政局' },
  { kind: 'agencyConsultationEnded', on: to, consultationId: id, opinion: 'noAnswer' },
];
const extension = (on: string, workingDays: number): CaseEvent => ({ kind: 'extensionApproved', on, workingDays, approvedBy: '办公室主任', reason: '需要调取档案' });
const replied = (on: string): CaseEvent => ({ kind: 'replied', on, outcome: 'granted', replyType: 'granted' });
const late = { today: '2026-06-30' };
const dueOn = (events: CaseEvent[], options: DeadlineOptions = late) => computeDeadline(events, calendar, options).dueOn;

describe('computeDeadline: the 20 working days of Art. 33', () => {
  it.each([
    ['the working day before National Day 2024 (调休 Saturday 10/12 counts)', '2024-09-30', '2024-11-01'],
    ['the working day before National Day 2025 (10/1–10/8 off, 10/11 counts)', '2025-09-30', '2025-11-04'],
    ['a Friday before 春节 2026 (Saturdays 2/14 and 2/28 count)', '2026-02-06', '2026-03-12'],
    ['across the new year 2025→2026 (1/1–1/3 off, Sunday 1/4 counts)', '2025-12-19', '2026-01-19'],
    ['a Saturday', '2025-03-01', '2025-03-28'],
    ['a day inside a holiday', '2024-10-03', '2024-11-01'],
    ['a swapped working Saturday', '2024-10-12', '2024-11-08'],
    ['an ordinary Friday', '2024-03-01', '2024-03-29'],
  ])('counts from the day after receipt on %s', (_, receivedOn, expected) => {
    expect(dueOn([received(receivedOn)])).toBe(expected);
  });
});

describe('computeDeadline: interruptions', () => {
  // Received Friday 2024-03-01: due 2024-03-29 without interruptions; 清明 4/4–4/6 and Sunday 4/7 (调休) follow.
  const r = received('2024-03-01');
  it.each<[string, CaseEvent[], string, Partial<DeadlineOptions>?]>([
    ['a correction restarts the count from the day after it arrives', [r, { kind: 'correctionRequested', on: '2024-03-05', correctBy: '2024-03-15', items: '信息名称' }, { kind: 'correctionReceived', on: '2024-03-12' }], '2024-04-10'],
    ['a third-party consultation leaves out its days, both ends included', [r, ...thirdParty('c1', '2024-03-11', '2024-03-15')], '2024-04-08'],
    ['an agency consultation does the same', [r, ...agency('a1', '2024-03-13', '2024-03-19')], '2024-04-08'],
    ['overlapping consultations leave out each day once', [r, ...thirdParty('c1', '2024-03-11'), agency('a1', '2024-03-13', '2024-03-19')[0]!, thirdPartyEnd('c1', '2024-03-15'), agency('a1', '2024-03-13', '2024-03-19')[1]!], '2024-04-10'],
    ['a consultation starting on a Saturday leaves out only its working days', [r, ...thirdParty('c1', '2024-03-09', '2024-03-11')], '2024-04-01'],
    ['an extension of 20 ends on the swapped Sunday 4/28', [r, extension('2024-03-20', 20)], '2024-04-28'],
    ['an extension of 3', [r, extension('2024-03-29', 3)], '2024-04-03'],
    ['a fee notice does not pause by default', [r, { kind: 'feeNoticeSent', on: '2024-03-11', method: 'perApplication', amountYuan: 100, payBy: '2024-04-09' }, { kind: 'feePaid', on: '2024-03-15', amountYuan: 100 }], '2024-03-29'],
    ['a fee notice pauses when configured', [r, { kind: 'feeNoticeSent', on: '2024-03-11', method: 'perApplication', amountYuan: 100, payBy: '2024-04-09' }, { kind: 'feePaid', on: '2024-03-15', amountYuan: 100 }], '2024-04-08', { rules: { feeNoticePausesClock: true } }],
    ['a transfer changes nothing', [r, { kind: 'transferred', on: '2024-03-04', toAgencyId: 'x', toAgencyName: '县档案馆', reason: '信息由其保存' }], '2024-03-29'],
    ['a consultation after the due date does not move it', [r, ...thirdParty('c1', '2024-04-01', '2024-04-03')], '2024-03-29'],
  ])('%s', (_, events, expected, options) => {
    expect(dueOn(events, { ...late, ...options })).toBe(expected);
  });
});

describe('computeDeadline: status on a given day', () => {
  const r = received('2024-03-01');
  it('is running, 5 working days left and due soon a week before the due date', () => {
    const state = computeDeadline([r], calendar, { today: '2024-03-22' });
    expect(state).toMatchObject({ status: 'running', dueOn: '2024-03-29', workingDaysLeft: 5, overdue: false, dueSoon: true, correctionNoticeDueOn: '2024-03-12' });
    expect(computeDeadline([r], calendar, { today: '2024-03-21' })).toMatchObject({ workingDaysLeft: 6, dueSoon: false });
  });

  it('counts working days overdue, negative', () => {
    expect(computeDeadline([r], calendar, { today: '2024-04-02' })).toMatchObject({ workingDaysLeft: -2, overdue: true, dueSoon: false });
    expect(computeDeadline([r], calendar, { today: '2024-03-30' })).toMatchObject({ workingDaysLeft: 0, overdue: true });
    expect(computeDeadline([r], calendar, { today: '2024-03-29' })).toMatchObject({ workingDaysLeft: 0, overdue: false, dueSoon: true });
  });

  it('is paused with no due date while a consultation is open, keeping the days left', () => {
    const state = computeDeadline([r, ...thirdParty('c1', '2024-03-11')], calendar, { today: '2024-03-20' });
    expect(state).toMatchObject({ status: 'paused', dueOn: null, workingDaysLeft: 15, overdue: false });
  });

  it('is stopped with nothing left to count while waiting for a correction', () => {
    const events: CaseEvent[] = [r, { kind: 'correctionRequested', on: '2024-03-05', correctBy: '2024-03-15', items: '信息名称' }];
    expect(computeDeadline(events, calendar, { today: '2024-03-08' })).toMatchObject({ status: 'stopped', dueOn: null, workingDaysLeft: null, overdue: false, dueSoon: false });
    const closed = computeDeadline([...events, { kind: 'closed', on: '2024-03-20', outcome: 'other.noCorrection', reason: '逾期未补正' }], calendar, { today: '2024-04-01' });
    expect(closed).toMatchObject({ status: 'ended', dueOn: null, workingDaysLeft: null });
    expect(closed.repliedOnTime).toBeUndefined();
  });

  it('ends with the reply, on time or late', () => {
    expect(computeDeadline([r, replied('2024-03-28')], calendar, { today: '2024-06-01' })).toMatchObject({ status: 'ended', repliedOnTime: true, workingDaysLeft: 1, overdue: false });
    expect(computeDeadline([r, replied('2024-04-01')], calendar, { today: '2024-06-01' })).toMatchObject({ repliedOnTime: false, workingDaysLeft: -1, overdue: true });
  });

  it('ends an open consultation with the reply: its days up to the reply are not counted', () => {
    // 5 days counted (3/4–3/8), paused 3/11–4/15, then 15 more: 4/16–4/30 with Sunday 4/28, 劳动节 5/1–5/5, 5/6–5/8.
    const state = computeDeadline([r, ...thirdParty('c1', '2024-03-11'), replied('2024-04-15')], calendar, { today: '2024-06-01' });
    expect(state).toMatchObject({ status: 'ended', dueOn: '2024-05-08', repliedOnTime: true, workingDaysLeft: 15 });
  });

  it('reports the extension with the due date it replaced', () => {
    const state = computeDeadline([r, extension('2024-03-20', 20)], calendar, { today: '2024-03-20' });
    expect(state.workingDaysAllowed).toBe(40);
    expect(state.extension).toEqual({ approvedOn: '2024-03-20', workingDays: 20, approvedBy: '办公室主任', reason: '需要调取档案', dueOnWithoutExtension: '2024-03-29' });
  });

  it('has not started before the receipt is recorded', () => {
    expect(computeDeadline([], calendar, { today: '2024-03-01' })).toMatchObject({ status: 'notStarted', dueOn: null, trace: [] });
  });
});

describe('computeDeadline: unknown years', () => {
  it('refuses a deadline that would run into 2027', () => {
    expect(() => computeDeadline([received('2026-12-15')], calendar, { today: '2026-12-15' })).toThrow('工作日历中没有2027年的节假日安排');
  });

  it('refuses a receipt in a year before the data', () => {
    expect(() => computeDeadline([received('2018-06-01')], calendar, { today: '2018-06-01' })).toThrow(expect.objectContaining({ code: 'calendar.unknownYear' }));
  });
});

import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../applications/case-event.ts';
import { createOfficialCalendar } from '../calendar/official-calendar.ts';
import { computeDeadline } from './compute-deadline.ts';
import { DeadlineHistoryError } from './deadline-errors.ts';

const calendar = createOfficialCalendar();
const r: CaseEvent = { kind: 'received', on: '2024-03-01' };
const correctionRequested = (on: string): CaseEvent => ({ kind: 'correctionRequested', on, correctBy: '2024-03-20', items: '信息名称' });
const extension = (on: string, workingDays: number): CaseEvent => ({ kind: 'extensionApproved', on, workingDays, approvedBy: '办公室主任', reason: '档案' });
const started = (id: string, on: string): CaseEvent => ({ kind: 'thirdPartyConsultationStarted', on, consultationId: id, party: '某公司' });
const ended = (id: string, on: string): CaseEvent => ({ kind: 'thirdPartyConsultationEnded', on, consultationId: id, opinion: 'consents' });
const feeNotice = (on: string): CaseEvent => ({ kind: 'feeNoticeSent', on, method: 'perPage', amountYuan: 700, payBy: '2024-04-30' });

function failureOf(events: CaseEvent[]): DeadlineHistoryError {
  try {
    computeDeadline(events, calendar, { today: '2024-06-28' });
  } catch (error) {
    if (error instanceof DeadlineHistoryError) return error;
    throw error;
  }
  throw new Error('expected the history to be refused');
}

describe('computeDeadline: histories that cannot have happened', () => {
  it.each<[string, CaseEvent[], string, number, string]>([
    ['steps out of date order', [r, started('c', '2024-03-11'), ended('c', '2024-03-08')], 'deadline.eventsOutOfOrder', 2, '早于上一步'],
    ['a step dated after today', [r, started('c', '2024-07-01')], 'deadline.eventInFuture', 1, '晚于今天'],
    ['an impossible date', [r, { kind: 'transferred', on: '2024-02-30', toAgencyId: 'x', toAgencyName: '县档案馆', reason: '' }], 'deadline.dateInvalid', 1, '2024-02-30'],
    ['a step before the receipt', [started('c', '2024-03-01'), r], 'deadline.notReceived', 0, '请先登记收到申请之日'],
    ['a second receipt', [r, { kind: 'received', on: '2024-03-04' }], 'deadline.alreadyReceived', 1, '不能重复登记'],
    ['a second correction notice', [r, correctionRequested('2024-03-04'), { kind: 'correctionReceived', on: '2024-03-06' }, correctionRequested('2024-03-07')], 'deadline.secondCorrectionNotice', 3, '一次性告知'],
    ['a second notice while waiting', [r, correctionRequested('2024-03-04'), correctionRequested('2024-03-05')], 'deadline.secondCorrectionNotice', 2, '只能发出一次'],
    ['a correction nobody asked for', [r, { kind: 'correctionReceived', on: '2024-03-06' }], 'deadline.correctionNotRequested', 1, '没有发出过补正通知'],
    ['a correction received twice', [r, correctionRequested('2024-03-04'), { kind: 'correctionReceived', on: '2024-03-06' }, { kind: 'correctionReceived', on: '2024-03-07' }], 'deadline.correctionAlreadyReceived', 3, '不能重复登记'],
    ['an extension while waiting for the correction', [r, correctionRequested('2024-03-04'), extension('2024-03-05', 5)], 'deadline.awaitingCorrection', 2, '正在等待申请人补正'],
    ['a consultation started twice', [r, started('c', '2024-03-04'), started('c', '2024-03-05')], 'deadline.consultationAlreadyOpen', 2, '“c”'],
    ['a consultation id used again after it ended', [r, started('c', '2024-03-04'), ended('c', '2024-03-05'), started('c', '2024-03-06')], 'deadline.consultationAlreadyOpen', 3, '已经登记过'],
    ['the end of a consultation that never started', [r, ended('c', '2024-03-05')], 'deadline.pauseNotStarted', 1, '没有登记过编号为“c”的征求第三方意见'],
    ['a third-party answer to an agency consultation', [r, { kind: 'agencyConsultationStarted', on: '2024-03-04', consultationId: 'c', agencyName: '县财政局' }, ended('c', '2024-03-05')], 'deadline.pauseNotStarted', 2, '征求第三方意见'],
    ['a payment with no fee notice', [r, { kind: 'feePaid', on: '2024-03-05', amountYuan: 100 }], 'deadline.pauseNotStarted', 1, '没有未缴费的收费通知'],
    ['a second fee notice before payment', [r, feeNotice('2024-03-04'), feeNotice('2024-03-05')], 'deadline.feeNoticeAlreadyOpen', 2, '尚未缴纳'],
    ['a second extension', [r, extension('2024-03-04', 5), extension('2024-03-05', 5)], 'deadline.secondExtension', 2, '只能延长一次'],
    ['an extension over 20 working days', [r, extension('2024-03-04', 21)], 'deadline.extensionTooLong', 1, '最长不得超过20个工作日'],
    ['an extension of no days', [r, extension('2024-03-04', 0)], 'deadline.extensionInvalid', 1, '1至20个工作日的整数'],
    ['an extension of part of a day', [r, extension('2024-03-04', 2.5)], 'deadline.extensionInvalid', 1, '整数'],
    ['an extension after the period ran out', [r, extension('2024-04-01', 5)], 'deadline.extensionAfterDue', 1, '答复期限已于2024年3月29日届满'],
    ['a step after the reply', [r, { kind: 'replied', on: '2024-03-20', outcome: 'granted', replyType: 'granted' }, feeNotice('2024-03-21')], 'deadline.caseEnded', 2, '已于2024年3月20日办结'],
  ])('refuses %s', (_, events, code, eventIndex, message) => {
    const error = failureOf(events);
    expect(error.code).toBe(code);
    expect(error.eventIndex).toBe(eventIndex);
    expect(error.message).toContain(message);
  });

  it('accepts an extension on the last day of the period', () => {
    expect(computeDeadline([r, extension('2024-03-29', 1)], calendar, { today: '2024-03-29' }).dueOn).toBe('2024-04-01');
  });

  it('accepts an extension after the nominal date when a consultation moved the period', () => {
    const events = [r, started('c', '2024-03-11'), ended('c', '2024-03-15'), extension('2024-04-03', 5)];
    expect(computeDeadline(events, calendar, { today: '2024-04-03' }).dueOn).toBe('2024-04-15');
  });

  it('accepts steps on the same day in the order given', () => {
    expect(computeDeadline([r, started('c', '2024-03-01'), ended('c', '2024-03-01')], calendar, { today: '2024-03-01' }).dueOn).toBe('2024-03-29');
  });
});

import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../applications/case-event.ts';
import { createOfficialCalendar } from '../calendar/official-calendar.ts';
import { computeDeadline } from './compute-deadline.ts';

const calendar = createOfficialCalendar();
const received = (on: string): CaseEvent => ({ kind: 'received', on });
const noteOn = (trace: { date: string; note: string; kind: string }[], date: string) => trace.filter((e) => e.date === date && e.kind !== 'event').map((e) => e.note);

describe('the trace', () => {
  it('explains every day from the receipt to the due date across National Day 2024', () => {
    const { trace } = computeDeadline([received('2024-09-30')], calendar, { today: '2024-09-30' });
    expect(trace[0]).toEqual({ date: '2024-09-30', kind: 'event', event: 'received', note: '收到申请（当日不计，次日起算）' });
    expect(noteOn(trace, '2024-10-01')).toEqual(['国庆节 法定节假日，不计']);
    expect(noteOn(trace, '2024-10-08')).toEqual(['第1个工作日']);
    expect(trace.find((e) => e.date === '2024-10-12')).toEqual({ date: '2024-10-12', kind: 'swappedWorkday', dayNumber: 5, note: '调休上班日，计入：第5个工作日' });
    expect(noteOn(trace, '2024-10-13')).toEqual(['周日，不计']);
    expect(trace.at(-1)).toEqual({ date: '2024-11-01', kind: 'counted', dayNumber: 20, note: '第20个工作日，答复期限届满' });
    expect(trace.filter((e) => e.kind === 'counted' || e.kind === 'swappedWorkday').map((e) => e.dayNumber)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('restarts the numbering after a correction and marks the stopped days', () => {
    const events: CaseEvent[] = [
      received('2024-03-01'),
      { kind: 'correctionRequested', on: '2024-03-05', correctBy: '2024-03-15', items: '信息名称' },
      { kind: 'correctionReceived', on: '2024-03-12' },
    ];
    const { trace } = computeDeadline(events, calendar, { today: '2024-03-12' });
    expect(noteOn(trace, '2024-03-04')).toEqual(['第1个工作日']);
    expect(noteOn(trace, '2024-03-05')).toEqual(['等待申请人补正，不计']);
    expect(trace.filter((e) => e.date === '2024-03-12').map((e) => e.note)).toEqual(['等待申请人补正，不计', '收到补正申请，重新起算（当日不计，次日为第1个工作日）']);
    expect(noteOn(trace, '2024-03-13')).toEqual(['第1个工作日']);
    expect(noteOn(trace, '2024-04-07')).toEqual(['调休上班日，计入：第17个工作日']);
    expect(trace.at(-1)?.note).toBe('第20个工作日，答复期限届满');
  });

  it('marks a late correction notice, the paused days and the original due date of an extension', () => {
    const events: CaseEvent[] = [
      received('2024-03-01'),
      { kind: 'thirdPartyConsultationStarted', on: '2024-03-11', consultationId: 'c', party: '某公司' },
      { kind: 'thirdPartyConsultationEnded', on: '2024-03-15', consultationId: 'c', opinion: 'noAnswer' },
      { kind: 'extensionApproved', on: '2024-03-20', workingDays: 5, approvedBy: '办公室主任', reason: '档案' },
    ];
    const { trace, dueOn } = computeDeadline(events, calendar, { today: '2024-03-20' });
    expect(dueOn).toBe('2024-04-15');
    expect(noteOn(trace, '2024-03-11')).toEqual(['征求第三方意见期间，不计']);
    expect(trace.filter((e) => e.kind === 'event').map((e) => e.note)).toEqual([
      '收到申请（当日不计，次日起算）',
      '第三方（某公司）收到征求意见书，暂停计算',
      '收到第三方意见（逾期未提出意见），次日恢复计算',
      '经办公室主任批准，延长答复期限5个工作日',
    ]);
    expect(noteOn(trace, '2024-04-08')).toEqual(['第20个工作日，原答复期限届满（已延长）']);
    expect(noteOn(trace, '2024-04-15')).toEqual(['第25个工作日，答复期限届满']);
  });

  it('runs to today when overdue and ends with the reply', () => {
    const running = computeDeadline([received('2024-03-01')], calendar, { today: '2024-04-02' });
    expect(running.trace.at(-1)).toMatchObject({ date: '2024-04-02', dayNumber: 22, note: '第22个工作日（已超过答复期限）' });
    const replied = computeDeadline([received('2024-03-01'), { kind: 'replied', on: '2024-03-15', outcome: 'partial', replyType: 'partial' }], calendar, { today: '2024-06-01' });
    expect(replied.trace.at(-1)).toEqual({ date: '2024-03-15', kind: 'event', event: 'replied', note: '作出答复（部分公开），在答复期限内' });
  });

  it('notes a correction notice sent after the 7 working days of Art. 30', () => {
    const events: CaseEvent[] = [received('2024-03-01'), { kind: 'correctionRequested', on: '2024-03-13', correctBy: '2024-03-25', items: '信息名称' }];
    const { trace } = computeDeadline(events, calendar, { today: '2024-03-13' });
    expect(trace.find((e) => e.event === 'correctionRequested')?.note).toBe('发出补正通知，答复期限中止（晚于3月12日，超过第三十条规定的7个工作日）');
  });
});

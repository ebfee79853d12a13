import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../applications/case-event.ts';
import { createOfficialCalendar } from '../calendar/official-calendar.ts';
import { computeDeadline } from './compute-deadline.ts';
import { summarizeTrace } from './trace-summary.ts';

const calendar = createOfficialCalendar();
const received = (on: string): CaseEvent => ({ kind: 'received', on });

describe('summarizeTrace', () => {
  it('groups the National Day 2025 block and the counted runs', () => {
    const { trace } = computeDeadline([received('2025-09-30')], calendar, { today: '2025-09-30' });
    expect(summarizeTrace(trace).map((l) => l.text)).toEqual([
      '9月30日 收到申请（当日不计，次日起算）',
      '10月1日至10月8日 国庆节、中秋节，不计',
      '10月9日至10月10日 计入，第1至第2个工作日',
      '10月11日 调休上班日，计入：第3个工作日',
      '10月12日 周末，不计',
      '10月13日至10月17日 计入，第4至第8个工作日',
      '10月18日至10月19日 周末，不计',
      '10月20日至10月24日 计入，第9至第13个工作日',
      '10月25日至10月26日 周末，不计',
      '10月27日至10月31日 计入，第14至第18个工作日',
      '11月1日至11月2日 周末，不计',
      '11月3日至11月4日 计入，第19至第20个工作日（11月4日答复期限届满）',
    ]);
  });

  it('writes the years when a group crosses the new year, and keeps from/to', () => {
    const { trace } = computeDeadline([received('2025-12-26')], calendar, { today: '2025-12-26' });
    const lines = summarizeTrace(trace);
    expect(lines.find((l) => l.text.includes('元旦'))).toEqual({ from: '2026-01-01', to: '2026-01-03', text: '1月1日至1月3日 元旦，不计' });
    const crossing = summarizeTrace(computeDeadline([received('2022-12-20')], calendar, { today: '2022-12-20' }).trace);
    expect(crossing.find((l) => l.text.includes('元旦'))?.text).toBe('2022年12月31日至2023年1月2日 元旦，不计');
  });

  it('groups a paused stretch and the overdue days', () => {
    const events: CaseEvent[] = [
      received('2024-03-01'),
      { kind: 'agencyConsultationStarted', on: '2024-03-11', consultationId: 'a', agencyName: '县财政局' },
      { kind: 'agencyConsultationEnded', on: '2024-03-15', consultationId: 'a', opinion: 'noAnswer' },
    ];
    const texts = summarizeTrace(computeDeadline(events, calendar, { today: '2024-04-12' }).trace).map((l) => l.text);
    expect(texts).toContain('3月11日 县财政局收到征求意见函，暂停计算');
    expect(texts).toContain('3月11日至3月15日 征求其他机关意见期间，不计');
    expect(texts).toContain('3月15日 收到其他机关意见（逾期未提出意见，视为同意公开），次日恢复计算');
    expect(texts).toContain('4月4日至4月6日 清明节，不计');
    expect(texts.at(-1)).toBe('4月9日至4月12日 计入，第21至第24个工作日（已超过答复期限）');
  });
});

import { describe, expect, it } from 'vitest';
import { createOfficialCalendar } from '../calendar/official-calendar.ts';
import { consultationAnswerDueOn, correctionNoticeDueOn, feePaymentDueOn } from './statutory-periods.ts';

const calendar = createOfficialCalendar();

describe('statutory periods', () => {
  it('gives the Art. 30 correction notice 7 working days, across National Day 2025', () => {
    // 10/9, 10/10, 10/11 (调休 Saturday), 10/13–10/16.
    expect(correctionNoticeDueOn(calendar, '2025-09-30')).toBe('2025-10-16');
  });

  it('gives a consultation 15 working days from the delivery, across 春节 2026', () => {
    // 2/9–2/13 (5), 2/14 (6), 2/24–2/27 (10), 2/28 (11), 3/2–3/5 (15).
    expect(consultationAnswerDueOn(calendar, '2026-02-06')).toBe('2026-03-05');
  });

  it('gives the fee payment 20 working days from the day after the notice', () => {
    expect(feePaymentDueOn(calendar, '2024-09-30')).toBe('2024-11-01');
  });

  it('refuses periods that run into a year with no notice', () => {
    expect(() => correctionNoticeDueOn(calendar, '2026-12-28')).toThrow(expect.objectContaining({ code: 'calendar.unknownYear' }));
    expect(() => consultationAnswerDueOn(calendar, '2026-12-20')).toThrow('2027年');
    expect(() => feePaymentDueOn(calendar, '2027-01-05')).toThrow('2027年');
  });
});

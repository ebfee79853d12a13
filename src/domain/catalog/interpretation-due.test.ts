import { describe, expect, it } from 'vitest';
import { createOfficialCalendar } from '../calendar/official-calendar.ts';
import { describeInterpretationState, interpretationState, isInterpretationOverdue } from './interpretation-due.ts';

const calendar = createOfficialCalendar();
const options = (today: string, workingDays = 3) => ({ calendar, workingDays, today });
const missing = (publishedOn: string) => ({ publishedOn, interpretedOn: null, hasInterpretation: false });

describe('interpretationState', () => {
  it('counts the due date in working days, skipping the National Day holiday', () => {
    // Published on Tuesday 30 September 2025: 1–8 October are holidays, Saturday 11 October is a swapped working day.
    expect(interpretationState(missing('2025-09-30'), options('2025-10-11'))).toEqual({ kind: 'pending', dueOn: '2025-10-11' });
    const overdue = interpretationState(missing('2025-09-30'), options('2025-10-12'));
    expect(overdue).toEqual({ kind: 'overdue', dueOn: '2025-10-11' });
    expect(isInterpretationOverdue(overdue)).toBe(true);
    expect(describeInterpretationState(overdue)).toBe('缺少解读，应于2025年10月11日前发布');
  });

  it('uses the agency\'s number of working days', () => {
    expect(interpretationState(missing('2025-03-03'), options('2025-03-05', 1))).toEqual({ kind: 'overdue', dueOn: '2025-03-04' });
    expect(interpretationState(missing('2025-03-03'), options('2025-03-05', 5))).toEqual({ kind: 'pending', dueOn: '2025-03-10' });
  });

  it('is not flagged once an interpretation is published, and says when it came late', () => {
    const late = interpretationState({ publishedOn: '2025-03-03', interpretedOn: '2025-03-20', hasInterpretation: true }, options('2025-04-01'));
    expect(late).toEqual({ kind: 'interpreted', dueOn: '2025-03-06', interpretedOn: '2025-03-20', isLate: true });
    expect(isInterpretationOverdue(late)).toBe(false);
    expect(describeInterpretationState(late)).toBe('已解读（晚于2025年3月6日）');
  });

  it('says the due date is unknown for a year the calendar does not have, without failing', () => {
    const state = interpretationState(missing('2031-05-06'), options('2031-06-01'));
    expect(state).toEqual({ kind: 'unknown', year: 2031 });
    expect(isInterpretationOverdue(state)).toBe(false);
    expect(describeInterpretationState(state)).toContain('没有2031年的节假日安排');
    // Late December: the count runs into the unknown year.
    expect(interpretationState(missing('2026-12-30'), options('2027-01-10'))).toEqual({ kind: 'unknown', year: 2027 });
    const interpreted = interpretationState({ publishedOn: '2031-05-06', interpretedOn: '2031-05-06', hasInterpretation: true }, options('2031-06-01'));
    expect(interpreted).toEqual({ kind: 'interpreted', dueOn: null, interpretedOn: '2031-05-06', isLate: false });
  });
});

/**
 * 政策解读: a rule or normative document should come with its interpretation. One without a
 * published interpretation N working days after its own publication (N per agency, default 3) is
 * flagged. The due date is counted on the working-day calendar; when the calendar has no entry for
 * a year the count passes through, the due date is unknown — said so, never guessed.
 */
import { formatChineseDate, type IsoDate } from '../calendar/iso-date.ts';
import { addWorkingDays, UnknownCalendarYearError, type WorkingDayCalendar } from '../calendar/working-day-calendar.ts';

export const defaultInterpretationDueWorkingDays = 3;

export type InterpretationState =
  /** A published interpretation exists; `isLate` when it came after the due date. */
  | { kind: 'interpreted'; dueOn: IsoDate | null; interpretedOn: IsoDate | null; isLate: boolean }
  /** None yet, and the due date has not passed. */
  | { kind: 'pending'; dueOn: IsoDate }
  /** None, and the due date has passed: flagged in the console. */
  | { kind: 'overdue'; dueOn: IsoDate }
  /** None, and the calendar cannot say when it is due (a year without holiday data). */
  | { kind: 'unknown'; year: number };

export interface InterpretedDocument {
  /** The document's publication date. */
  publishedOn: IsoDate;
  /** The earliest publication date of its published interpretations; null when it has none. */
  interpretedOn: IsoDate | null;
  hasInterpretation: boolean;
}

export function interpretationState(
  document: InterpretedDocument,
  options: { calendar: WorkingDayCalendar; workingDays: number; today: IsoDate },
): InterpretationState {
  const due = dueDateOf(document.publishedOn, options);
  if (document.hasInterpretation) {
    const dueOn = typeof due === 'string' ? due : null;
    const isLate = dueOn !== null && document.interpretedOn !== null && document.interpretedOn > dueOn;
    return { kind: 'interpreted', dueOn, interpretedOn: document.interpretedOn, isLate };
  }
  if (typeof due !== 'string') return { kind: 'unknown', year: due.year };
  return options.today > due ? { kind: 'overdue', dueOn: due } : { kind: 'pending', dueOn: due };
}

function dueDateOf(publishedOn: IsoDate, options: { calendar: WorkingDayCalendar; workingDays: number }): IsoDate | { year: number } {
  try {
    return addWorkingDays(options.calendar, publishedOn, options.workingDays);
  } catch (error) {
    if (error instanceof UnknownCalendarYearError) return { year: error.year };
    throw error;
  }
}

/** Whether the console flags the document. */
export function isInterpretationOverdue(state: InterpretationState): boolean {
  return state.kind === 'overdue';
}

/** The state in a few Chinese words, for the register's column. */
export function describeInterpretationState(state: InterpretationState): string {
  switch (state.kind) {
    case 'interpreted':
      return state.isLate && state.dueOn !== null ? `已解读（晚于${formatChineseDate(state.dueOn, true)}）` : '已解读';
    case 'pending':
      return `待解读，${formatChineseDate(state.dueOn, true)}前发布`;
    case 'overdue':
      return `缺少解读，应于${formatChineseDate(state.dueOn, true)}前发布`;
    case 'unknown':
      return `缺少解读；工作日历中没有${state.year}年的节假日安排，无法计算期限`;
  }
}

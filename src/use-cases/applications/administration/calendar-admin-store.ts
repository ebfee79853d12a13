/**
 * What the calendar administration needs from the database, inside ONE transaction: the entered
 * calendar rows, the open cases (locked, so that no step slips in between the recount and the
 * commit), reminders and the audit trail. Built from the repositories by the HTTP edge.
 */
import type { CaseEvent, IsoDate } from '../../../domain/applications/case-event.ts';
import type { CalendarDay, CalendarYear } from '../../../domain/calendar/calendar-year.ts';
import type { AuditEntry, AuditEntryContent } from '../../../domain/audit/audit-entry.ts';
import type { CalendarRows } from '../calendar-rows.ts';
import type { DerivedColumns } from '../case-store.ts';

export interface OpenCase extends DerivedColumns {
  id: string;
  agencyId: string;
  trackingNumber: string;
  handlerAccountId: string | null;
}

export interface NewDueDateReminder {
  agencyId: string;
  applicationId: string;
  accountId: string | null;
  dueOn: IsoDate;
  message: string;
}

export interface CalendarAdminStore {
  /** Calendar changes one after another: each recounts on the calendar the previous one left. */
  lockCalendar(): Promise<void>;
  listCalendarRows(): Promise<CalendarRows>;
  /** Replaces the entered notice and days of the year. */
  replaceEnteredYear(entry: CalendarYear, accountId: string | null, now: Date): Promise<void>;
  /** Adds or replaces the local adjustment of that date. */
  saveLocalDay(day: CalendarDay, accountId: string | null, now: Date): Promise<void>;
  removeLocalDay(date: IsoDate): Promise<void>;
  /** Cases not yet replied, closed or transferred, locked until commit. */
  lockOpenCases(): Promise<OpenCase[]>;
  listEventsOf(applicationIds: readonly string[]): Promise<Map<string, CaseEvent[]>>;
  updateDerived(applicationId: string, derived: DerivedColumns, now: Date): Promise<void>;
  /** Does nothing when the same reminder (case, kind, due date) exists. */
  insertDueDateReminder(reminder: NewDueDateReminder): Promise<void>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface CalendarAdminDeps {
  transaction<T>(work: (store: CalendarAdminStore) => Promise<T>): Promise<T>;
  now(): Date;
}

/** The calendar administration's port (src/use-cases/applications/administration/calendar-admin-store.ts) built from the repositories. */
import type { Database } from '../../../db/database.ts';
import { updateApplicationDerived } from '../../../db/repositories/applications.ts';
import { appendAuditEntry } from '../../../db/repositories/audit-log.ts';
import {
  insertDueDateChangedReminder,
  listEventsOfApplications,
  lockCalendarChanges,
  lockOpenApplications,
  removeLocalCalendarDay,
  replaceEnteredCalendarYear,
  saveLocalCalendarDay,
} from '../../../db/repositories/calendar-admin.ts';
import { listCalendarRows } from '../../../db/repositories/calendar.ts';
import type { CalendarAdminDeps, CalendarAdminStore } from '../../../use-cases/applications/administration/calendar-admin-store.ts';

export function createCalendarAdminStore(tx: Database): CalendarAdminStore {
  return {
    lockCalendar: () => lockCalendarChanges(tx),
    listCalendarRows: () => listCalendarRows(tx),
    replaceEnteredYear: (entry, accountId, now) => replaceEnteredCalendarYear(tx, entry, accountId, now),
    saveLocalDay: (day, accountId, now) => saveLocalCalendarDay(tx, day, accountId, now),
    removeLocalDay: (date) => removeLocalCalendarDay(tx, date),
    lockOpenCases: () => lockOpenApplications(tx),
    listEventsOf: (ids) => listEventsOfApplications(tx, ids),
    updateDerived: async (id, derived, now) => {
      await updateApplicationDerived(tx, id, derived, now);
    },
    insertDueDateReminder: (reminder) => insertDueDateChangedReminder(tx, reminder),
    appendAudit: (entry) => appendAuditEntry(tx, entry),
  };
}

export function createCalendarAdminDeps(db: Database, now: () => Date): CalendarAdminDeps {
  return { transaction: (work) => db.transaction((tx) => work(createCalendarAdminStore(tx))), now };
}

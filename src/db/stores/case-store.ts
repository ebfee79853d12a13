/** The case port (src/use-cases/applications/case-store.ts) built from the repositories, on a transaction. */
import type { ApplicationRecord, CaseDeps, CaseStore } from '../../use-cases/applications/case-store.ts';
import type { Database } from '../database.ts';
import {
  appendApplicationEvent,
  listApplicationEvents,
  lockApplication,
  updateApplicationDerived,
  type ApplicationRow,
} from '../repositories/applications.ts';
import { appendAuditEntry } from '../repositories/audit-log.ts';
import { listCalendarRows } from '../repositories/calendar.ts';

export function createCaseStore(db: Database): CaseStore {
  return {
    lockApplication: async (id) => toRecord(await lockApplication(db, id)),
    listEvents: (id) => listApplicationEvents(db, id),
    appendEvent: (entry) => appendApplicationEvent(db, entry),
    updateDerived: async (id, derived, now) => toRecord(await updateApplicationDerived(db, id, derived, now))!,
    listCalendarRows: () => listCalendarRows(db),
    appendAudit: (entry) => appendAuditEntry(db, entry),
  };
}

export function createCaseDeps(db: Database, now: () => Date): CaseDeps {
  return { transaction: (work) => db.transaction((tx) => work(createCaseStore(tx))), now };
}

export function toRecord(row: ApplicationRow): ApplicationRecord;
export function toRecord(row: ApplicationRow | null): ApplicationRecord | null;
export function toRecord(row: ApplicationRow | null): ApplicationRecord | null {
  if (row === null) return null;
  const { queryCodeHash: _hash, idempotencyKey: _key, createdAt: _created, updatedAt: _updated, ...record } = row;
  return record;
}

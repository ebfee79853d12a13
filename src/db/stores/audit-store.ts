/** The audit trail as the use cases see it (record-audit-entry, verify-audit-trail). */
import type { AuditTrail } from '../../use-cases/record-audit-entry.ts';
import type { AuditEntrySource } from '../../use-cases/verify-audit-trail.ts';
import type { Database } from '../database.ts';
import { appendAuditEntry, iterateAuditEntries } from '../repositories/audit-log.ts';

/** Pass a transaction as `db` to record the entry atomically with the change it describes. */
export function createAuditStore(db: Database): AuditTrail & AuditEntrySource {
  return {
    append: (entry) => appendAuditEntry(db, entry),
    iterate: () => iterateAuditEntries(db),
  };
}

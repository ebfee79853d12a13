/** The ledger import's port (src/use-cases/applications/administration/import-ledger.ts) built from the repositories. */
import { createHash } from 'node:crypto';
import type { Database } from '../../../db/database.ts';
import { listAgencies } from '../../../db/repositories/agencies.ts';
import { appendAuditEntry } from '../../../db/repositories/audit-log.ts';
import { listCalendarRows } from '../../../db/repositories/calendar.ts';
import { listImportedFrom, lockLedgerImports } from '../../../db/repositories/ledger-import.ts';
import { createCaseInsertStore, newQueryCodeHash } from '../../../db/stores/demo-applications-store.ts';
import type { LedgerImportDeps } from '../../../use-cases/applications/administration/import-ledger.ts';

export function createLedgerImportDeps(db: Database, now: () => Date): LedgerImportDeps {
  return {
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          ...createCaseInsertStore(tx),
          lockImports: () => lockLedgerImports(tx),
          listAgencies: () => listAgencies(tx),
          listCalendarRows: () => listCalendarRows(tx),
          listImportedFrom: (mark) => listImportedFrom(tx, mark),
          appendAudit: (entry) => appendAuditEntry(tx, entry),
        }),
      ),
    now,
    sha256Hex: (bytes) => createHash('sha256').update(bytes).digest('hex'),
    newQueryCodeHash,
  };
}

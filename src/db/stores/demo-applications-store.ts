/** The database side of the demo applications seed, in one transaction under the seed lock. */
import { createHash, randomBytes } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { generateQueryCode, normalizeQueryCode, queryCodeRandomByteCount } from '../../domain/applications/query-code.ts';
import type { CaseInsertStore } from '../../use-cases/applications/administration/insert-complete-case.ts';
import type { SeedDemoApplicationsDeps } from '../../use-cases/applications/administration/seed-demo-applications.ts';
import type { Database } from '../database.ts';
import { listAgencies } from '../repositories/agencies.ts';
import { appendAuditEntry } from '../repositories/audit-log.ts';
import { listCalendarRows } from '../repositories/calendar.ts';
import { insertApplicationsWithEvents, reserveTrackingSequences } from '../repositories/ledger-import.ts';
import { takeTransactionLock } from '../repositories/locks.ts';
import { accounts } from '../schema/accounts.ts';
import { applications } from '../schema/applications.ts';

export function createDemoApplicationsDeps(db: Database): SeedDemoApplicationsDeps {
  return {
    runExclusive: (work) =>
      db.transaction(async (tx) => {
        await takeTransactionLock(tx, 'seedDemo');
        return work({
          ...createCaseInsertStore(tx),
          hasApplications: async () => (await tx.select({ id: applications.id }).from(applications).limit(1)).length > 0,
          listAgencies: () => listAgencies(tx),
          findAccountIds: async (usernames) => {
            const rows = await tx.select({ id: accounts.id, username: accounts.username }).from(accounts).where(inArray(accounts.username, [...usernames]));
            return new Map(rows.map((r) => [r.username, r.id]));
          },
          listCalendarRows: () => listCalendarRows(tx),
          appendAudit: (entry) => appendAuditEntry(tx, entry),
        });
      }),
    newQueryCodeHash,
  };
}

/** Inserting cases with their histories in batches (shared with the ledger import). */
export function createCaseInsertStore(tx: Database): CaseInsertStore {
  return {
    reserveTrackingSequences: (agencyId, year, count) => reserveTrackingSequences(tx, agencyId, year, count),
    insertCasesWithHistories: (cases) => insertApplicationsWithEvents(tx, cases),
  };
}

/** The SHA-256 of a fresh query code that is shown to nobody: these cases are followed by staff only. */
export function newQueryCodeHash(): string {
  const code = normalizeQueryCode(generateQueryCode(randomBytes(queryCodeRandomByteCount)))!;
  return createHash('sha256').update(code).digest('hex');
}

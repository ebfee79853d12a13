/** The database side of the demo county seed. */
import type { SeedDemoCountyDeps } from '../../use-cases/seed-demo-county.ts';
import type { Database } from '../database.ts';
import { createAccount } from '../repositories/accounts.ts';
import { createAgency } from '../repositories/agencies.ts';
import { appendAuditEntry } from '../repositories/audit-log.ts';
import { takeTransactionLock } from '../repositories/locks.ts';
import { isDatabaseEmpty } from '../repositories/tables.ts';

export function createDemoCountyStore(db: Database): Pick<SeedDemoCountyDeps, 'runExclusive'> {
  return {
    runExclusive: (work) =>
      db.transaction(async (tx) => {
        await takeTransactionLock(tx, 'seedDemo');
        return work({
          isEmpty: () => isDatabaseEmpty(tx),
          createAgency: (agency) => createAgency(tx, agency),
          createAccount: (account, grants) => createAccount(tx, account, grants),
          appendAudit: (entry) => appendAuditEntry(tx, entry),
        });
      }),
  };
}

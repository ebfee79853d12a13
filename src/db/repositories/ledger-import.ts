/**
 * Writing many complete cases at once (an imported ledger, the demo applications): blocks of
 * tracking numbers, and the applications with their events in multi-row inserts — hundreds of
 * single-row statements take PGlite tens of seconds. Also the import's lock and duplicate check.
 */
import { randomUUID } from 'node:crypto';
import { like, sql } from 'drizzle-orm';
import type { CaseEventBody } from '../../domain/applications/case-event.ts';
import type { StoredCaseRow, StoredCaseStep } from '../../use-cases/applications/administration/insert-complete-case.ts';
import type { Database } from '../database.ts';
import { applicationEvents, applications, trackingSequences } from '../schema/applications.ts';

/** Fixed key of the transaction lock that makes ledger imports run one after another. */
const importLockKey = 7_146_031_102;
/** Rows per insert statement, well under PostgreSQL's 65,535 parameters. */
const chunkSize = 500;

export async function lockLedgerImports(tx: Database): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${importLockKey})`);
}

/** Takes `count` numbers of the sequence at once (gapless among committed transactions); returns the first. */
export async function reserveTrackingSequences(tx: Database, agencyId: string, year: number, count: number): Promise<number> {
  const [row] = await tx
    .insert(trackingSequences)
    .values({ agencyId, year, lastValue: count })
    .onConflictDoUpdate({ target: [trackingSequences.agencyId, trackingSequences.year], set: { lastValue: sql`${trackingSequences.lastValue} + ${count}` } })
    .returning({ value: trackingSequences.lastValue });
  return row!.value - count + 1;
}

export async function insertApplicationsWithEvents(tx: Database, cases: readonly { row: StoredCaseRow; steps: readonly StoredCaseStep[] }[]): Promise<string[]> {
  const ids = cases.map(() => randomUUID());
  const rows = cases.map(({ row }, i) => ({ ...row, id: ids[i]! }));
  const events = cases.flatMap(({ row, steps }, i) =>
    steps.map(({ event, note, actorAccountId, recordedAt }, j) => {
      const { on, ...body } = event;
      return { applicationId: ids[i]!, seq: j + 1, agencyId: row.agencyId, kind: event.kind, on, body: body as CaseEventBody, note, actorAccountId, recordedAt };
    }),
  );
  for (let start = 0; start < rows.length; start += chunkSize) await tx.insert(applications).values(rows.slice(start, start + chunkSize));
  for (let start = 0; start < events.length; start += chunkSize) await tx.insert(applicationEvents).values(events.slice(start, start + chunkSize));
  return ids;
}

/** The `imported_from` of the cases whose mark (`[sha256:…]`) it ends with. */
export async function listImportedFrom(db: Database, fileMark: string): Promise<string[]> {
  const pattern = `%${fileMark.replace(/[\\%_]/g, (c) => `\\${c}`)}`;
  const rows = await db.select({ importedFrom: applications.importedFrom }).from(applications).where(like(applications.importedFrom, pattern));
  return rows.map((r) => r.importedFrom ?? '');
}

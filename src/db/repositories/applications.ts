/**
 * Applications and their event history: insert, look up, lock, append a step and keep the derived
 * columns (status, receipt and due dates, outcome, end date) in step with the history.
 */
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { CaseEvent, CaseEventBody } from '../../domain/applications/case-event.ts';
import type { Database } from '../database.ts';
import { applicationEvents, applicationFiles, applications, trackingSequences } from '../schema/applications.ts';
import { isUuid } from './ids.ts';

export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplicationRow = typeof applications.$inferInsert;
export type ApplicationFileRow = typeof applicationFiles.$inferSelect;
export type NewApplicationFileRow = typeof applicationFiles.$inferInsert;

/** A step as stored: the domain event plus who recorded it and when. */
export interface StoredCaseEvent {
  seq: number;
  event: CaseEvent;
  note: string | null;
  actorAccountId: string | null;
  recordedAt: Date;
}

/** The columns that follow from the event history. */
export interface DerivedApplicationColumns {
  status: string;
  receivedOn: string | null;
  dueOn: string | null;
  outcome: string | null;
  endedOn: string | null;
}

export async function insertApplication(db: Database, row: NewApplicationRow): Promise<ApplicationRow> {
  const [inserted] = await db.insert(applications).values(row).returning();
  return inserted!;
}

export async function findApplication(db: Database, id: string): Promise<ApplicationRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  return row ?? null;
}

export async function findApplicationByTrackingNumber(db: Database, trackingNumber: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(applications).where(eq(applications.trackingNumber, trackingNumber));
  return row ?? null;
}

export async function findApplicationByIdempotencyKey(db: Database, key: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(applications).where(eq(applications.idempotencyKey, key));
  return row ?? null;
}

/** Inside a transaction: the row, locked until commit, so that two steps on one case run one after the other. */
export async function lockApplication(tx: Database, id: string): Promise<ApplicationRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx.select().from(applications).where(eq(applications.id, id)).for('update');
  return row ?? null;
}

export async function listApplicationEvents(db: Database, applicationId: string): Promise<StoredCaseEvent[]> {
  if (!isUuid(applicationId)) return [];
  const rows = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId)).orderBy(asc(applicationEvents.seq));
  return rows.map((r) => ({
    seq: r.seq,
    event: { ...r.body, on: r.on } as CaseEvent,
    note: r.note,
    actorAccountId: r.actorAccountId,
    recordedAt: r.recordedAt,
  }));
}

export async function appendApplicationEvent(
  tx: Database,
  entry: { applicationId: string; agencyId: string; seq: number; event: CaseEvent; note: string | null; actorAccountId: string | null; recordedAt: Date },
): Promise<void> {
  const { on, ...body } = entry.event;
  await tx.insert(applicationEvents).values({
    applicationId: entry.applicationId,
    seq: entry.seq,
    agencyId: entry.agencyId,
    kind: entry.event.kind,
    on,
    body: body as CaseEventBody,
    note: entry.note,
    actorAccountId: entry.actorAccountId,
    recordedAt: entry.recordedAt,
  });
}

/** Writes the derived columns (and the agency, after a transfer); bumps the version. */
export async function updateApplicationDerived(
  tx: Database,
  id: string,
  derived: DerivedApplicationColumns & { agencyId?: string; handlerAccountId?: string | null },
  now: Date,
): Promise<ApplicationRow> {
  const [row] = await tx
    .update(applications)
    .set({ ...derived, updatedAt: now, version: sql`${applications.version} + 1` })
    .where(eq(applications.id, id))
    .returning();
  return row!;
}

/** The next number of the agency's tracking sequence for the year (1, 2, …), without gaps in committed transactions. */
export async function nextTrackingSequence(tx: Database, agencyId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(trackingSequences)
    .values({ agencyId, year, lastValue: 1 })
    .onConflictDoUpdate({ target: [trackingSequences.agencyId, trackingSequences.year], set: { lastValue: sql`${trackingSequences.lastValue} + 1` } })
    .returning({ value: trackingSequences.lastValue });
  return row!.value;
}

export async function insertApplicationFile(tx: Database, file: NewApplicationFileRow): Promise<ApplicationFileRow> {
  const [row] = await tx.insert(applicationFiles).values(file).returning();
  return row!;
}

/** The files of an application without their content, oldest first. */
export async function listApplicationFiles(db: Database, applicationId: string): Promise<Omit<ApplicationFileRow, 'content'>[]> {
  if (!isUuid(applicationId)) return [];
  const { content: _content, ...columns } = getTableColumns(applicationFiles);
  return db.select(columns).from(applicationFiles).where(eq(applicationFiles.applicationId, applicationId)).orderBy(asc(applicationFiles.createdAt), asc(applicationFiles.id));
}

/** One file with its content, only when it belongs to the application. */
export async function readApplicationFile(db: Database, applicationId: string, fileId: string): Promise<ApplicationFileRow | null> {
  if (!isUuid(applicationId) || !isUuid(fileId)) return null;
  const [row] = await db.select().from(applicationFiles).where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, applicationId)));
  if (row === undefined) return null;
  // node-postgres hands back a Buffer, PGlite a Uint8Array: one type for the callers.
  return { ...row, content: new Uint8Array(row.content.buffer, row.content.byteOffset, row.content.byteLength) };
}

/**
 * The calendar administration's SQL: entered years and local adjustments, the open cases it
 * recounts (locked), their histories in one query, and the due-date reminders.
 */
import { and, asc, between, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { CaseEvent } from '../../domain/applications/case-event.ts';
import type { CalendarDay, CalendarYear } from '../../domain/calendar/calendar-year.ts';
import type { Database } from '../database.ts';
import { applicationEvents, applications, reminders } from '../schema/applications.ts';
import { calendarDays, calendarYears } from '../schema/calendar.ts';

/** Fixed key of the transaction lock that makes calendar changes run one after another. */
const calendarLockKey = 7_146_031_101;
const endedStatuses = ['replied', 'closed', 'transferred'];

export async function lockCalendarChanges(tx: Database): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${calendarLockKey})`);
}

export async function replaceEnteredCalendarYear(tx: Database, entry: CalendarYear, accountId: string | null, now: Date): Promise<void> {
  await tx
    .insert(calendarYears)
    .values({ year: entry.year, notice: entry.notice, updatedAt: now, updatedByAccountId: accountId })
    .onConflictDoUpdate({ target: calendarYears.year, set: { notice: entry.notice, updatedAt: now, updatedByAccountId: accountId } });
  await tx.delete(calendarDays).where(and(eq(calendarDays.source, 'official'), between(calendarDays.day, `${entry.year}-01-01`, `${entry.year}-12-31`)));
  if (entry.days.length === 0) return;
  await tx.insert(calendarDays).values(entry.days.map((d) => ({ day: d.date, source: 'official' as const, kind: d.kind, name: d.name, updatedAt: now, updatedByAccountId: accountId })));
}

export async function saveLocalCalendarDay(tx: Database, day: CalendarDay, accountId: string | null, now: Date): Promise<void> {
  await tx
    .insert(calendarDays)
    .values({ day: day.date, source: 'local', kind: day.kind, name: day.name, updatedAt: now, updatedByAccountId: accountId })
    .onConflictDoUpdate({ target: [calendarDays.day, calendarDays.source], set: { kind: day.kind, name: day.name, updatedAt: now, updatedByAccountId: accountId } });
}

export async function removeLocalCalendarDay(tx: Database, date: string): Promise<void> {
  await tx.delete(calendarDays).where(and(eq(calendarDays.day, date), eq(calendarDays.source, 'local')));
}

/** The cases still running (not replied, closed or transferred), locked until the transaction ends. */
export async function lockOpenApplications(tx: Database) {
  return tx
    .select({
      id: applications.id,
      agencyId: applications.agencyId,
      trackingNumber: applications.trackingNumber,
      handlerAccountId: applications.handlerAccountId,
      status: applications.status,
      receivedOn: applications.receivedOn,
      dueOn: applications.dueOn,
      outcome: applications.outcome,
      endedOn: applications.endedOn,
    })
    .from(applications)
    .where(notInArray(applications.status, endedStatuses))
    .orderBy(asc(applications.id))
    .for('update');
}

/** The histories of many cases in one query, each in order. */
export async function listEventsOfApplications(db: Database, applicationIds: readonly string[]): Promise<Map<string, CaseEvent[]>> {
  const histories = new Map<string, CaseEvent[]>(applicationIds.map((id) => [id, []]));
  if (applicationIds.length === 0) return histories;
  const rows = await db
    .select({ applicationId: applicationEvents.applicationId, on: applicationEvents.on, body: applicationEvents.body })
    .from(applicationEvents)
    .where(inArray(applicationEvents.applicationId, [...applicationIds]))
    .orderBy(asc(applicationEvents.applicationId), asc(applicationEvents.seq));
  for (const row of rows) histories.get(row.applicationId)?.push({ ...row.body, on: row.on } as CaseEvent);
  return histories;
}

export async function insertDueDateChangedReminder(
  db: Database,
  reminder: { agencyId: string; applicationId: string; accountId: string | null; dueOn: string; message: string },
): Promise<void> {
  await db.insert(reminders).values({ ...reminder, kind: 'dueDateChanged' }).onConflictDoNothing();
}

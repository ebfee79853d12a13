/**
 * Reminders for staff: a case nearing or past its due date. One row per case, kind and due date
 * (a unique index), so a reminder run can be repeated without sending anything twice. A reminder
 * is addressed to one account (the handler) or, with no account, to the agency's registrars.
 */
import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { applications, reminders } from '../schema/applications.ts';
import { isUuid } from './ids.ts';

export type ReminderRow = typeof reminders.$inferSelect;
export type NewReminderRow = Omit<typeof reminders.$inferInsert, 'id' | 'readAt'>;

/** Inserts the reminder unless the same one exists; true when it was new. */
export async function insertReminder(db: Database, row: NewReminderRow): Promise<boolean> {
  const inserted = await db.insert(reminders).values(row).onConflictDoNothing().returning({ id: reminders.id });
  return inserted.length > 0;
}

/** Whose reminders: the account's own, and the unaddressed ones of the agencies where it registers. */
export interface ReminderAudience {
  accountId: string;
  registrarAgencyIds: readonly string[];
}

function audienceCondition(audience: ReminderAudience): SQL {
  const own = eq(reminders.accountId, audience.accountId);
  const ids = audience.registrarAgencyIds.filter(isUuid);
  if (ids.length === 0) return own;
  return or(own, and(isNull(reminders.accountId), inArray(reminders.agencyId, ids)))!;
}

export interface ReminderWithCase extends ReminderRow {
  trackingNumber: string;
}

/** Unread reminders of the audience, newest first, with the case's tracking number. */
export async function listUnreadReminders(db: Database, audience: ReminderAudience, limit = 50): Promise<ReminderWithCase[]> {
  if (!isUuid(audience.accountId)) return [];
  const rows = await db
    .select({ reminder: reminders, trackingNumber: applications.trackingNumber })
    .from(reminders)
    .innerJoin(applications, eq(applications.id, reminders.applicationId))
    // A reminder of a case that moved to another agency no longer concerns this agency's staff.
    .where(and(audienceCondition(audience), isNull(reminders.readAt), eq(applications.agencyId, reminders.agencyId)))
    .orderBy(desc(reminders.createdAt), desc(reminders.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.reminder, trackingNumber: r.trackingNumber }));
}

/** Marks the audience's reminders read (those listed, or all when `ids` is null); returns how many. */
export async function markRemindersRead(db: Database, audience: ReminderAudience, ids: readonly number[] | null, now: Date): Promise<number> {
  if (!isUuid(audience.accountId)) return 0;
  const wanted = ids === null ? undefined : inArray(reminders.id, ids.length === 0 ? [-1] : [...ids]);
  const updated = await db
    .update(reminders)
    .set({ readAt: now })
    .where(and(audienceCondition(audience), isNull(reminders.readAt), wanted))
    .returning({ id: reminders.id });
  return updated.length;
}

/** Every reminder of a case (for tests and the case page). */
export async function listRemindersOfApplication(db: Database, applicationId: string): Promise<ReminderRow[]> {
  if (!isUuid(applicationId)) return [];
  return db.select().from(reminders).where(eq(reminders.applicationId, applicationId)).orderBy(sql`${reminders.id} asc`);
}

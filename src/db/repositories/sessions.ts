/**
 * Server-side sessions, stored under the SHA-256 of the cookie token. The timeouts are passed in
 * (src/domain/accounts/session-rules.ts decides them), so the rule lives in one place.
 */
import { and, eq, gt, lt, lte, ne, or } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { sessions } from '../schema/sessions.ts';

export type Session = typeof sessions.$inferSelect;

export interface NewSession {
  /** SHA-256 hex of the token given to the browser. */
  id: string;
  accountId: string;
  csrfToken: string;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export interface SessionTimeouts {
  idleTimeoutMs: number;
  /** `last_seen_at` is only written when it is older than this, to spare a write per request. */
  touchIntervalMs: number;
}

const tokenHashPattern = /^[0-9a-f]{64}$/;

export async function createSession(db: Database, session: NewSession, now: Date): Promise<Session> {
  const [row] = await db.insert(sessions).values({ ...session, createdAt: now, lastSeenAt: now }).returning();
  return row!;
}

/** The session as stored, valid or not (the sign-in page tells an idle timeout from an expiry). */
export async function findSession(db: Database, tokenHash: string): Promise<Session | null> {
  if (!tokenHashPattern.test(tokenHash)) return null;
  const [row] = await db.select().from(sessions).where(eq(sessions.id, tokenHash));
  return row ?? null;
}

/** The session if it is neither expired nor idle, with `last_seen_at` moved to `now` when due. */
export async function getValidSession(
  db: Database,
  tokenHash: string,
  now: Date,
  timeouts: SessionTimeouts,
): Promise<Session | null> {
  if (!tokenHashPattern.test(tokenHash)) return null;
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, tokenHash), isLive(now, timeouts.idleTimeoutMs)));
  if (row === undefined) return null;
  if (now.getTime() - row.lastSeenAt.getTime() <= timeouts.touchIntervalMs) return row;
  await touchSession(db, tokenHash, now);
  return { ...row, lastSeenAt: now };
}

/** Moves `last_seen_at` forward (never backward, when two requests race). */
export async function touchSession(db: Database, tokenHash: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, tokenHash), lt(sessions.lastSeenAt, now)));
}

export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  if (!tokenHashPattern.test(tokenHash)) return;
  await db.delete(sessions).where(eq(sessions.id, tokenHash));
}

/** Signs the account out everywhere, except the session `exceptTokenHash` (the one changing the password). */
export async function deleteSessionsOfAccount(db: Database, accountId: string, exceptTokenHash?: string): Promise<number> {
  const condition =
    exceptTokenHash === undefined
      ? eq(sessions.accountId, accountId)
      : and(eq(sessions.accountId, accountId), ne(sessions.id, exceptTokenHash));
  const deleted = await db.delete(sessions).where(condition).returning({ id: sessions.id });
  return deleted.length;
}

/** Deletes expired and idle sessions; returns how many. */
export async function purgeExpiredSessions(db: Database, now: Date, idleTimeoutMs: number): Promise<number> {
  const idleSince = new Date(now.getTime() - idleTimeoutMs);
  const deleted = await db
    .delete(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince)))
    .returning({ id: sessions.id });
  return deleted.length;
}

/** Not expired and seen within the idle timeout (the same bounds as sessionStatusOf in the domain). */
function isLive(now: Date, idleTimeoutMs: number) {
  const idleSince = new Date(now.getTime() - idleTimeoutMs);
  return and(gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince));
}

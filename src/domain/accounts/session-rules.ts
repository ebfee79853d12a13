/**
 * Server-side session lifetime (等保2.0 会话超时): a session ends after 30 minutes without a request
 * or 12 hours after sign-in, whichever comes first. Pure: times are passed in.
 */

export const sessionIdleTimeoutMs = 30 * 60_000;
export const sessionLifetimeMs = 12 * 60 * 60_000;
/**
 * `last_seen_at` is written at most once a minute per session: writing it on every request would
 * turn every page view into a database write. A session may therefore end up to this much earlier
 * than the idle timeout, never later.
 */
export const sessionTouchIntervalMs = 60_000;

export type SessionStatus = 'active' | 'idleTimeout' | 'expired';

export interface SessionTimes {
  lastSeenAt: Date;
  /** The absolute end, fixed at sign-in (`nextExpiry`). */
  expiresAt: Date;
  now: Date;
}

/** Whether a session is usable, and if not why: an idle timeout, or the end of its 12 hours. */
export function sessionStatusOf({ lastSeenAt, expiresAt, now }: SessionTimes): SessionStatus {
  if (now.getTime() >= expiresAt.getTime()) return 'expired';
  if (now.getTime() - lastSeenAt.getTime() >= sessionIdleTimeoutMs) return 'idleTimeout';
  return 'active';
}

export function isSessionValid(times: SessionTimes): boolean {
  return sessionStatusOf(times) === 'active';
}

/** The absolute end of a session that starts now. */
export function nextExpiry(now: Date): Date {
  return new Date(now.getTime() + sessionLifetimeMs);
}

/** True when `last_seen_at` is old enough to be worth writing again. */
export function needsTouch({ lastSeenAt, now }: { lastSeenAt: Date; now: Date }): boolean {
  return now.getTime() - lastSeenAt.getTime() > sessionTouchIntervalMs;
}

/** The sign-in page's explanation of why the staff member has to sign in again, in Chinese. */
export function describeSessionEnd(status: Exclude<SessionStatus, 'active'>): string {
  return status === 'idleTimeout'
    ? '您已超过30分钟未操作，为保护账号安全已自动退出，请重新登录。'
    : '登录已超过12小时，请重新登录。';
}

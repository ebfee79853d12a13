/**
 * Lockout after repeated wrong passwords (等保2.0 登录失败处理): 5 consecutive failures lock the
 * account for 15 minutes. Pure: the login use case loads the counters, asks `decideLogin`, and
 * stores the next counters it returns.
 */

export const maxFailedLogins = 5;
export const lockoutMinutes = 15;

const minuteMs = 60_000;

export interface LoginAttempt {
  /** Consecutive failures so far (the stored `failed_login_count`). */
  failedCount: number;
  /** The stored `locked_until`, or null when the account was never locked. */
  lockedUntil: Date | null;
  now: Date;
  /** Whether the typed password matched; ignored while the account is locked. */
  passwordOk: boolean;
}

export interface LoginDecision {
  outcome: 'ok' | 'wrong' | 'locked';
  nextFailedCount: number;
  nextLockedUntil: Date | null;
  /** While locked: whole minutes until the lock ends, rounded up, for the message. */
  remainingMinutes?: number;
  /** After a wrong password that did not lock: how many tries are left before the lock. */
  attemptsLeft?: number;
  /** True only for the attempt that locked the account (the use case audits it). */
  isNewlyLocked: boolean;
}

/**
 * The outcome of one login attempt. A login during the lock is refused even with the right password
 * and does not extend the lock (so an attacker cannot keep the owner out forever by guessing); once
 * the lock has expired, the count starts again from zero.
 */
export function decideLogin(attempt: LoginAttempt): LoginDecision {
  const { failedCount, lockedUntil, now, passwordOk } = attempt;
  if (lockedUntil !== null && now.getTime() < lockedUntil.getTime()) {
    return {
      outcome: 'locked',
      nextFailedCount: failedCount,
      nextLockedUntil: lockedUntil,
      remainingMinutes: Math.ceil((lockedUntil.getTime() - now.getTime()) / minuteMs),
      isNewlyLocked: false,
    };
  }
  if (passwordOk) {
    return { outcome: 'ok', nextFailedCount: 0, nextLockedUntil: null, isNewlyLocked: false };
  }
  const failures = (lockedUntil === null ? failedCount : 0) + 1;
  if (failures >= maxFailedLogins) {
    return {
      outcome: 'locked',
      nextFailedCount: failures,
      nextLockedUntil: new Date(now.getTime() + lockoutMinutes * minuteMs),
      remainingMinutes: lockoutMinutes,
      isNewlyLocked: true,
    };
  }
  return {
    outcome: 'wrong',
    nextFailedCount: failures,
    nextLockedUntil: null,
    attemptsLeft: maxFailedLogins - failures,
    isNewlyLocked: false,
  };
}

/** The message for a refused login, in Chinese; the same for unknown users and wrong passwords. */
export function describeLoginRefusal(decision: LoginDecision): string {
  if (decision.outcome === 'locked') {
    return `登录失败次数过多，账号已锁定，请${decision.remainingMinutes ?? lockoutMinutes}分钟后再试或联系安全管理员解锁。`;
  }
  return '用户名或密码错误。';
}

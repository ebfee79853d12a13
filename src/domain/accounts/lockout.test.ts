import { describe, expect, it } from 'vitest';
import {
  decideLogin,
  describeLoginRefusal,
  lockoutMinutes,
  maxFailedLogins,
  type LoginAttempt,
} from './lockout.ts';

const now = new Date('2025-03-10T09:00:00+08:00');
const minutesFromNow = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

function attempt(overrides: Partial<LoginAttempt>): LoginAttempt {
  return { failedCount: 0, lockedUntil: null, now, passwordOk: false, ...overrides };
}

describe('decideLogin', () => {
  it('uses 5 failures and 15 minutes', () => {
    expect([maxFailedLogins, lockoutMinutes]).toEqual([5, 15]);
  });

  it.each([
    ['the right password resets the count', { failedCount: 3, passwordOk: true }, 'ok', 0, null],
    ['the first wrong password counts one', { failedCount: 0 }, 'wrong', 1, null],
    ['the fourth wrong password still only counts', { failedCount: 3 }, 'wrong', 4, null],
    ['the fifth wrong password locks for 15 minutes', { failedCount: 4 }, 'locked', 5, minutesFromNow(15)],
  ] as const)('%s', (_, overrides, outcome, nextFailedCount, nextLockedUntil) => {
    const decision = decideLogin(attempt(overrides));
    expect(decision).toMatchObject({ outcome, nextFailedCount, nextLockedUntil });
  });

  it('locks after five consecutive failures from zero', () => {
    let state = { failedCount: 0, lockedUntil: null as Date | null };
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const decision = decideLogin(attempt({ ...state, now: minutesFromNow(i) }));
      outcomes.push(decision.outcome);
      state = { failedCount: decision.nextFailedCount, lockedUntil: decision.nextLockedUntil };
    }
    expect(outcomes).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'locked']);
    expect(state.lockedUntil).toEqual(minutesFromNow(4 + 15));
  });

  it('tells how many tries are left after a wrong password', () => {
    expect(decideLogin(attempt({ failedCount: 2 })).attemptsLeft).toBe(2);
  });

  it('marks only the attempt that locked the account as newly locked', () => {
    expect(decideLogin(attempt({ failedCount: 4 })).isNewlyLocked).toBe(true);
    expect(decideLogin(attempt({ failedCount: 5, lockedUntil: minutesFromNow(10) })).isNewlyLocked).toBe(false);
  });

  it('refuses the right password while locked, without extending the lock', () => {
    const lockedUntil = minutesFromNow(10);
    const decision = decideLogin(attempt({ failedCount: 5, lockedUntil, passwordOk: true }));
    expect(decision).toEqual({
      outcome: 'locked',
      nextFailedCount: 5,
      nextLockedUntil: lockedUntil,
      remainingMinutes: 10,
      isNewlyLocked: false,
    });
  });

  it('does not extend the lock for wrong passwords during it either', () => {
    const lockedUntil = minutesFromNow(1);
    expect(decideLogin(attempt({ failedCount: 7, lockedUntil })).nextLockedUntil).toBe(lockedUntil);
  });

  it('rounds the remaining time up to whole minutes', () => {
    const decision = decideLogin(attempt({ failedCount: 5, lockedUntil: new Date(now.getTime() + 61_000) }));
    expect(decision.remainingMinutes).toBe(2);
  });

  it('lets the right password in once the lock has expired', () => {
    const decision = decideLogin(attempt({ failedCount: 5, lockedUntil: now, passwordOk: true }));
    expect(decision).toMatchObject({ outcome: 'ok', nextFailedCount: 0, nextLockedUntil: null });
  });

  it('counts from zero again after the lock has expired', () => {
    const decision = decideLogin(attempt({ failedCount: 5, lockedUntil: minutesFromNow(-1) }));
    expect(decision).toMatchObject({
      outcome: 'wrong',
      nextFailedCount: 1,
      nextLockedUntil: null,
      attemptsLeft: 4,
    });
  });
});

describe('describeLoginRefusal', () => {
  it('gives the same message for a wrong password whatever the count', () => {
    expect(describeLoginRefusal(decideLogin(attempt({ failedCount: 1 })))).toBe('用户名或密码错误。');
  });

  it('states the minutes left while locked', () => {
    const decision = decideLogin(attempt({ failedCount: 5, lockedUntil: minutesFromNow(7) }));
    expect(describeLoginRefusal(decision)).toContain('请7分钟后再试');
  });
});

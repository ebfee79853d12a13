import { describe, expect, it } from 'vitest';
import {
  describeSessionEnd,
  isSessionValid,
  needsTouch,
  nextExpiry,
  sessionStatusOf,
  type SessionStatus,
} from './session-rules.ts';

const signIn = new Date('2025-03-10T08:00:00+08:00');
const at = (minutes: number) => new Date(signIn.getTime() + minutes * 60_000);
const expiresAt = nextExpiry(signIn);

describe('nextExpiry', () => {
  it('ends a session 12 hours after sign-in', () => {
    expect(expiresAt).toEqual(new Date('2025-03-10T20:00:00+08:00'));
  });
});

describe('sessionStatusOf', () => {
  it.each<[string, number, number, SessionStatus]>([
    ['just signed in', 0, 0, 'active'],
    ['idle for 29 minutes', 100, 129, 'active'],
    ['idle for exactly 30 minutes', 100, 130, 'idleTimeout'],
    ['idle for an hour', 100, 160, 'idleTimeout'],
    ['busy but 12 hours after sign-in', 719, 720, 'expired'],
    ['busy one minute before the end', 718, 719, 'active'],
    ['idle and past the end', 0, 800, 'expired'],
    ['last seen a moment later by another instance (clock skew)', 31, 30, 'active'],
  ])('is %s → %s', (_, lastSeen, now, status) => {
    expect(sessionStatusOf({ lastSeenAt: at(lastSeen), expiresAt, now: at(now) })).toBe(status);
  });
});

describe('isSessionValid', () => {
  it('is true only for an active session', () => {
    expect(isSessionValid({ lastSeenAt: at(10), expiresAt, now: at(20) })).toBe(true);
    expect(isSessionValid({ lastSeenAt: at(10), expiresAt, now: at(41) })).toBe(false);
    expect(isSessionValid({ lastSeenAt: at(719), expiresAt, now: at(721) })).toBe(false);
  });
});

describe('needsTouch', () => {
  it.each([
    [0, false],
    [59_999, false],
    [60_000, false],
    [60_001, true],
    [600_000, true],
  ])('after %i ms is %s', (elapsed, expected) => {
    expect(needsTouch({ lastSeenAt: signIn, now: new Date(signIn.getTime() + elapsed) })).toBe(expected);
  });
});

describe('describeSessionEnd', () => {
  it('tells an idle timeout from the end of the 12 hours', () => {
    expect(describeSessionEnd('idleTimeout')).toContain('30分钟未操作');
    expect(describeSessionEnd('expired')).toContain('12小时');
  });
});

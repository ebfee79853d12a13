import { expect, it } from 'vitest';
import { buildSession, createTestAccount } from '../../../test/factories.ts';
import { describeEachDatabase } from '../../../test/test-db.ts';
import { createSession, deleteSession, deleteSessionsOfAccount, findSession, getValidSession, purgeExpiredSessions, touchSession } from './sessions.ts';

const minute = 60_000;
const timeouts = { idleTimeoutMs: 30 * minute, touchIntervalMs: minute };
const signIn = new Date('2025-03-01T08:00:00.000Z');
const at = (minutes: number) => new Date(signIn.getTime() + minutes * minute);

describeEachDatabase('sessions repository', ({ db }) => {
  async function newSession(overrides: { expiresAt?: Date } = {}) {
    const account = await createTestAccount(db());
    return createSession(db(), buildSession({ accountId: account.id, expiresAt: at(12 * 60), ...overrides }), signIn);
  }

  it('stores a session under the token hash and finds it', async () => {
    const session = await newSession();
    expect(session).toMatchObject({ createdAt: signIn, lastSeenAt: signIn, ip: '192.0.2.10' });
    expect(await findSession(db(), session.id)).toEqual(session);
    expect(await findSession(db(), 'not-a-hash')).toBeNull();
    expect(await findSession(db(), 'f'.repeat(64))).toBeNull();
  });

  it('refuses an id that is not a SHA-256 hex digest', async () => {
    const account = await createTestAccount(db());
    await expect(createSession(db(), buildSession({ accountId: account.id, id: 'raw-token' }), signIn)).rejects.toThrow();
  });

  it('gives a live session and touches it only when the last touch is over a minute old', async () => {
    const session = await newSession();
    expect((await getValidSession(db(), session.id, at(0.5), timeouts))?.lastSeenAt).toEqual(signIn);
    expect((await findSession(db(), session.id))?.lastSeenAt).toEqual(signIn);
    expect((await getValidSession(db(), session.id, at(20), timeouts))?.lastSeenAt).toEqual(at(20));
    expect((await findSession(db(), session.id))?.lastSeenAt).toEqual(at(20));
    // Seen at 20 minutes: still valid 29 minutes later, because the touch moved the idle window.
    expect(await getValidSession(db(), session.id, at(49), timeouts)).not.toBeNull();
  });

  it('gives nothing after 30 idle minutes or after the absolute expiry', async () => {
    const idle = await newSession();
    expect(await getValidSession(db(), idle.id, at(30), timeouts)).toBeNull();
    const expiring = await newSession({ expiresAt: at(10) });
    expect(await getValidSession(db(), expiring.id, at(9), timeouts)).not.toBeNull();
    expect(await getValidSession(db(), expiring.id, at(10), timeouts)).toBeNull();
  });

  it('never moves last_seen_at backwards', async () => {
    const session = await newSession();
    await touchSession(db(), session.id, at(10));
    await touchSession(db(), session.id, at(5));
    expect((await findSession(db(), session.id))?.lastSeenAt).toEqual(at(10));
  });

  it('deletes one session, or all of an account but the current one', async () => {
    const account = await createTestAccount(db());
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createSession(db(), buildSession({ accountId: account.id }), signIn)));
    await deleteSession(db(), a!.id);
    expect(await findSession(db(), a!.id)).toBeNull();
    expect(await deleteSessionsOfAccount(db(), account.id, b!.id)).toBe(1);
    expect(await findSession(db(), b!.id)).not.toBeNull();
    expect(await findSession(db(), c!.id)).toBeNull();
    expect(await deleteSessionsOfAccount(db(), account.id)).toBe(1);
  });

  it('purges expired and idle sessions and keeps live ones', async () => {
    const live = await newSession();
    await touchSession(db(), live.id, at(100));
    const idle = await newSession();
    const expired = await newSession({ expiresAt: at(60) });
    await touchSession(db(), expired.id, at(95));
    expect(await purgeExpiredSessions(db(), at(101), timeouts.idleTimeoutMs)).toBeGreaterThanOrEqual(2);
    expect(await findSession(db(), live.id)).not.toBeNull();
    expect(await findSession(db(), idle.id)).toBeNull();
    expect(await findSession(db(), expired.id)).toBeNull();
  });
});

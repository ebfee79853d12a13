import { describe, expect, it } from 'vitest';
import { resolveSession, type ResolveSessionStore, type SignedInAccount, type StoredSession } from './resolve-session.ts';

const signedAt = new Date('2025-03-03T01:00:00Z');
const minutes = (n: number) => new Date(signedAt.getTime() + n * 60_000);

const account: SignedInAccount = {
  id: 'acc-1',
  username: 'wang',
  displayName: '王承办',
  agency: { id: 'a', code: 'lcx-zrzy', name: '莲城县自然资源局' },
  grants: [],
  mustChangePassword: false,
};

function fakeStore(session: StoredSession | null, disabledAt: Date | null = null) {
  const calls: string[] = [];
  const store: ResolveSessionStore = {
    findSession: async () => session,
    touchSession: async (_hash, now) => {
      calls.push(`touch ${now.toISOString()}`);
    },
    deleteSession: async () => {
      calls.push('delete');
    },
    loadAccount: async () => ({ ...account, disabledAt }),
  };
  return { store, calls };
}

const live: StoredSession = { accountId: 'acc-1', csrfToken: 'csrf', lastSeenAt: signedAt, expiresAt: minutes(12 * 60) };

describe('resolveSession', () => {
  it('gives the account and CSRF token of a live session, touching it at most once a minute', async () => {
    const quiet = fakeStore(live);
    expect(await resolveSession(quiet.store, 'h', minutes(0.5))).toEqual({ status: 'active', account, csrfToken: 'csrf' });
    expect(quiet.calls).toEqual([]);
    const later = fakeStore(live);
    await resolveSession(later.store, 'h', minutes(5));
    expect(later.calls).toEqual([`touch ${minutes(5).toISOString()}`]);
  });

  it.each([
    [minutes(30), 'idleTimeout'],
    [minutes(12 * 60), 'expired'],
  ] as const)('ends and deletes a session at %s (%s)', async (now, status) => {
    const session = status === 'expired' ? { ...live, lastSeenAt: minutes(12 * 60 - 1) } : live;
    const fake = fakeStore(session);
    expect(await resolveSession(fake.store, 'h', now)).toEqual({ status });
    expect(fake.calls).toEqual(['delete']);
  });

  it('ends the session of a disabled account', async () => {
    const fake = fakeStore(live, minutes(1));
    expect(await resolveSession(fake.store, 'h', minutes(2))).toEqual({ status: 'none' });
    expect(fake.calls).toEqual(['delete']);
  });

  it('knows no unknown session', async () => {
    expect(await resolveSession(fakeStore(null).store, 'h', minutes(1))).toEqual({ status: 'none' });
  });
});

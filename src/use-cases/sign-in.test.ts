import { describe, expect, it } from 'vitest';
import type { AuditEntry, AuditEntryContent } from '../domain/audit/audit-entry.ts';
import { signIn, type LoginAccount, type NewSessionRecord, type SignInDeps } from './sign-in.ts';

const now = new Date('2025-03-03T01:00:00Z');

/** An in-memory account table, with plain-text "hashes" (`hash:<password>`) and a record of calls. */
function fakeDeps(accounts: LoginAccount[]) {
  const audit: AuditEntryContent[] = [];
  const sessions: NewSessionRecord[] = [];
  const calls: string[] = [];
  const byName = (username: string) => accounts.find((a) => a.username === username.toLowerCase()) ?? null;
  const deps: SignInDeps = {
    findAccount: async (username) => {
      const found = byName(username);
      return found === null ? null : { ...found };
    },
    inTransaction: async (work) =>
      work({
        lockAccount: async (username) => byName(username),
        setLoginCounters: async (id, counters) => {
          Object.assign(accounts.find((a) => a.id === id)!, counters);
        },
        recordSuccessfulLogin: async (id) => {
          Object.assign(accounts.find((a) => a.id === id)!, { failedLoginCount: 0, lockedUntil: null });
        },
        createSession: async (session) => {
          sessions.push(session);
        },
        deleteSession: async (hash) => {
          calls.push(`delete ${hash}`);
        },
        appendAudit: async (entry) => {
          audit.push(entry);
          return { ...entry, seq: audit.length, prevHash: '', hash: '' } as AuditEntry;
        },
      }),
    verifyPassword: async (plain, hash) => {
      calls.push('verify');
      return hash === `hash:${plain}`;
    },
    simulatePasswordCheck: async () => {
      calls.push('simulate');
      return false;
    },
    randomToken: () => `token-${sessions.length + calls.length}`,
    sha256Hex: (text) => `sha(${text})`,
  };
  return { deps, audit, sessions, calls, accounts };
}

function account(overrides: Partial<LoginAccount> = {}): LoginAccount {
  return {
    id: 'acc-1',
    agencyId: 'agency-1',
    username: 'wang',
    displayName: '王承办',
    passwordHash: 'hash:Right-Password-1',
    mustChangePassword: false,
    failedLoginCount: 0,
    lockedUntil: null,
    disabledAt: null,
    ...overrides,
  };
}

const request = { password: 'Right-Password-1', ip: '192.0.2.1', userAgent: 'test', now };

describe('signIn', () => {
  it('creates a session under the token hash and audits the login when the password is right', async () => {
    const fake = fakeDeps([account()]);
    const result = await signIn(fake.deps, { ...request, username: ' WANG ', previousTokenHash: 'old' });
    expect(result).toMatchObject({ ok: true, accountId: 'acc-1', mustChangePassword: false });
    const token = result.ok ? result.token : '';
    expect(fake.sessions).toEqual([expect.objectContaining({ tokenHash: `sha(${token})`, accountId: 'acc-1', expiresAt: new Date('2025-03-03T13:00:00Z') })]);
    expect(fake.calls).toContain('delete old');
    expect(fake.audit.map((e) => e.action)).toEqual(['account.login']);
  });

  it('runs a password check for an unknown username too, and answers as for a wrong password', async () => {
    const fake = fakeDeps([account()]);
    const unknown = await signIn(fake.deps, { ...request, username: 'nobody' });
    const wrong = await signIn(fake.deps, { ...request, username: 'wang', password: 'nope' });
    expect(unknown).toEqual(wrong);
    expect(fake.calls.filter((c) => c === 'simulate')).toHaveLength(1);
    expect(fake.audit.map((e) => [e.action, e.details['reason']])).toEqual([
      ['account.loginFailed', 'unknownUser'],
      ['account.loginFailed', 'wrongPassword'],
    ]);
  });

  it('refuses a disabled account with the generic message', async () => {
    const fake = fakeDeps([account({ disabledAt: new Date('2025-01-01T00:00:00Z') })]);
    expect(await signIn(fake.deps, { ...request, username: 'wang' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(fake.sessions).toEqual([]);
  });

  it('locks on the fifth failure, audits the lock once, and refuses even the right password then', async () => {
    const fake = fakeDeps([account({ failedLoginCount: 4 })]);
    const fifth = await signIn(fake.deps, { ...request, username: 'wang', password: 'nope' });
    expect(fifth).toMatchObject({ ok: false, reason: 'locked' });
    expect(fake.accounts[0]).toMatchObject({ failedLoginCount: 5, lockedUntil: new Date('2025-03-03T01:15:00Z') });
    const right = await signIn(fake.deps, { ...request, username: 'wang' });
    expect(right).toMatchObject({ ok: false, reason: 'locked', message: expect.stringContaining('15分钟') });
    expect(fake.audit.map((e) => e.action)).toEqual(['account.loginFailed', 'account.locked', 'account.loginFailed']);
    expect(fake.sessions).toEqual([]);
  });

  it('checks the password again when it changed between the check and the row lock', async () => {
    const fake = fakeDeps([account()]);
    const original = fake.deps.findAccount;
    fake.deps.findAccount = async (username) => ({ ...(await original(username))!, passwordHash: 'hash:Stale-Password' });
    const result = await signIn(fake.deps, { ...request, username: 'wang', password: 'Stale-Password' });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(fake.calls.filter((c) => c === 'verify')).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import type { AuditEntry, AuditEntryContent } from '../domain/audit/audit-entry.ts';
import { changePassword, type ChangePasswordDeps, type PasswordOwner } from './change-password.ts';

const owner: PasswordOwner = { id: 'acc-1', agencyId: 'agency-1', username: 'wang', displayName: '王承办', passwordHash: 'hash:Old-Password-1' };

function fakeDeps() {
  const audit: AuditEntryContent[] = [];
  const stored: { hash?: string; kept?: string } = {};
  const deps: ChangePasswordDeps = {
    loadAccount: async (id) => (id === owner.id ? owner : null),
    inTransaction: async (work) =>
      work({
        setPassword: async (_id, hash) => {
          stored.hash = hash;
        },
        endOtherSessions: async (_id, keep) => {
          stored.kept = keep;
          return 2;
        },
        appendAudit: async (entry) => {
          audit.push(entry);
          return entry as AuditEntry;
        },
      }),
    verifyPassword: async (plain, hash) => hash === `hash:${plain}`,
    hashPassword: async (plain) => `hash:${plain}`,
  };
  return { deps, audit, stored };
}

const base = { accountId: 'acc-1', currentPassword: 'Old-Password-1', tokenHash: 'mine', ip: null, now: new Date('2025-03-03T01:00:00Z') };

describe('changePassword', () => {
  it('stores the new hash, keeps only this session and audits how many others ended', async () => {
    const fake = fakeDeps();
    const result = await changePassword(fake.deps, { ...base, newPassword: 'Lotus-Pond-2026#', confirmPassword: 'Lotus-Pond-2026#' });
    expect(result).toEqual({ ok: true, endedSessions: 2 });
    expect(fake.stored).toEqual({ hash: 'hash:Lotus-Pond-2026#', kept: 'mine' });
    expect(fake.audit).toEqual([expect.objectContaining({ action: 'account.passwordChanged', details: { endedSessions: 2 } })]);
  });

  it('refuses a wrong current password before looking at the new one', async () => {
    const fake = fakeDeps();
    const result = await changePassword(fake.deps, { ...base, currentPassword: 'nope', newPassword: 'x', confirmPassword: 'y' });
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'currentPassword.wrong' })] });
    expect(fake.stored).toEqual({});
  });

  it('lists every problem of the new password at once', async () => {
    const fake = fakeDeps();
    const result = await changePassword(fake.deps, { ...base, newPassword: 'wang', confirmPassword: 'wang2' });
    const codes = result.ok ? [] : result.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['password.tooShort', 'password.tooFewClasses', 'password.containsUsername', 'confirmPassword.mismatch']));
    expect(fake.audit).toEqual([]);
  });

  it('refuses the current password as the new one', async () => {
    const result = await changePassword(fakeDeps().deps, { ...base, newPassword: 'Old-Password-1', confirmPassword: 'Old-Password-1' });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain('password.unchanged');
  });
});

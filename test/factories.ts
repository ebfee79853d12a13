/**
 * Test data with overrides (`buildAgency({ kind: 'township' })`), unique per call so that tests
 * sharing one database never collide; `create…` helpers also store what they build.
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../src/domain/access/roles.ts';
import type { AuditEntryContent } from '../src/domain/audit/audit-entry.ts';
import type { Database } from '../src/db/database.ts';
import { createAccount, type Account, type NewAccount } from '../src/db/repositories/accounts.ts';
import { createAgency, type NewAgency } from '../src/db/repositories/agencies.ts';
import type { NewSession } from '../src/db/repositories/sessions.ts';
import type { Agency } from '../src/domain/agencies/agency.ts';

let sequence = 0;

/** A short string unique within the test run (process + counter + random). */
export function uniqueSuffix(): string {
  sequence += 1;
  return `${process.pid.toString(36)}${sequence.toString(36)}${randomBytes(2).toString('hex')}`;
}

/** Not a real hash: repository tests never verify it (login tests hash a real password). */
export const fakePasswordHash = 'scrypt$15$8$1$dGVzdHNhbHR0ZXN0c2FsdA==$dGVzdGtleXRlc3RrZXl0ZXN0a2V5dGVzdGtleTEyMzQ=';

export function buildAgency(overrides: Partial<NewAgency> = {}): NewAgency {
  const suffix = uniqueSuffix();
  return {
    parentId: null,
    code: `t-${suffix}`,
    name: `测试县${suffix}局`,
    kind: 'department',
    creditCode: null,
    officeName: '办公室',
    address: '测试县人民路1号',
    postcode: '419900',
    phone: '0739-5200000',
    email: `office-${suffix}@example.cn`,
    hours: '工作日 8:30—17:30',
    ...overrides,
  };
}

export function buildAccount(overrides: Partial<NewAccount> & { agencyId: string }): NewAccount {
  const suffix = uniqueSuffix();
  return {
    username: `user-${suffix}`,
    displayName: `测试用户${suffix}`,
    passwordHash: fakePasswordHash,
    mustChangePassword: true,
    ...overrides,
  };
}

export function buildAuditEntry(overrides: Partial<AuditEntryContent> = {}): AuditEntryContent {
  return {
    occurredAt: new Date('2025-03-01T08:30:00.123Z'),
    actorAccountId: null,
    actorName: '系统',
    action: 'test.event',
    targetType: null,
    targetId: null,
    agencyId: null,
    ip: '127.0.0.1',
    details: { note: `测试 ${uniqueSuffix()}` },
    ...overrides,
  };
}

export function buildSession(overrides: Partial<NewSession> & { accountId: string }): NewSession {
  return {
    id: randomBytes(32).toString('hex'),
    csrfToken: randomBytes(32).toString('base64url'),
    expiresAt: new Date('2025-03-01T20:30:00Z'),
    ip: '192.0.2.10',
    userAgent: 'Mozilla/5.0 (test)',
    ...overrides,
  };
}

export async function createTestAgency(db: Database, overrides: Partial<NewAgency> = {}): Promise<Agency> {
  return createAgency(db, buildAgency(overrides));
}

/** An account in a new agency (or `agencyId`), holding `roles` there. */
export async function createTestAccount(
  db: Database,
  overrides: Partial<NewAccount> = {},
  roles: readonly Role[] = [],
): Promise<Account> {
  const agencyId = overrides.agencyId ?? (await createTestAgency(db)).id;
  return createAccount(db, buildAccount({ ...overrides, agencyId }), roles.map((role) => ({ agencyId, role, includeSubtree: false })));
}

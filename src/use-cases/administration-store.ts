/**
 * What the staff-administration use cases (agencies, accounts and role grants, the audit log) need
 * from the outside: the database as a store used inside ONE transaction, password hashing and
 * one-time passwords. The database side is built from the repositories at the HTTP edge
 * (src/http/api/accounts/administration-stores.ts).
 */
import type { Principal, Role, RoleGrant } from '../domain/access/roles.ts';
import type { Issue } from '../domain/accounts/issue.ts';
import type { Agency, DisclosureOffice } from '../domain/agencies/agency.ts';
import type { AuditEntry, AuditEntryContent } from '../domain/audit/audit-entry.ts';

/** A staff account as these use cases see it: never with its password hash. */
export interface StaffAccount {
  id: string;
  /** The home agency, where the account is managed. */
  agencyId: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  failedLoginCount: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  passwordChangedAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export interface NewStaffAccount {
  agencyId: string;
  username: string;
  displayName: string;
  passwordHash: string;
  mustChangePassword: boolean;
}

/** The disclosure office details and the credit code; absent fields stay, null clears. */
export type AgencyOfficeChanges = Partial<DisclosureOffice> & { creditCode?: string | null };

export interface AuditQuery {
  actorAccountId?: string;
  /** Exact (`account.login`) or a prefix ending in a dot (`account.`). */
  action?: string;
  /** Only entries of these agencies; absent: every entry. */
  agencyIds?: readonly string[];
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

export interface AdministrationStore {
  listAgencies(): Promise<Agency[]>;
  updateAgencyOffice(agencyId: string, changes: AgencyOfficeChanges, now: Date): Promise<Agency | null>;
  findAccount(accountId: string): Promise<StaffAccount | null>;
  findAccountByUsername(username: string): Promise<StaffAccount | null>;
  listAccountsOf(agencyIds: readonly string[]): Promise<StaffAccount[]>;
  /** The grants of each account (an empty list for an account without any). */
  listGrantsOf(accountIds: readonly string[]): Promise<Map<string, RoleGrant[]>>;
  createAccount(account: NewStaffAccount, grants: readonly RoleGrant[]): Promise<StaffAccount>;
  setPassword(accountId: string, passwordHash: string, options: { now: Date; mustChangePassword: boolean }): Promise<void>;
  /** Clears the lock and the count of failed logins. */
  unlockAccount(accountId: string): Promise<void>;
  setAccountDisabled(accountId: string, at: Date | null): Promise<void>;
  /** Signs the account out everywhere; returns how many sessions ended. */
  endSessionsOf(accountId: string): Promise<number>;
  /** Adds the grant, or changes `includeSubtree` of the same role in the same agency. */
  grantRole(accountId: string, grant: RoleGrant): Promise<void>;
  revokeRole(accountId: string, grant: { agencyId: string; role: Role }): Promise<boolean>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
  listAuditEntries(query: AuditQuery, page: { offset: number; limit: number }): Promise<{ entries: AuditEntry[]; total: number }>;
  iterateAuditEntries(): AsyncIterable<AuditEntry>;
}

export interface AdministrationDeps {
  /** Runs `work` in one transaction: everything it wrote is rolled back when it throws. */
  transaction<T>(work: (store: AdministrationStore) => Promise<T>): Promise<T>;
  hashPassword(plain: string): Promise<string>;
  /** A one-time password for a new account or a reset (see one-time-password.ts). */
  generatePassword(): string;
}

/** Who acts: the signed-in staff member, for the access rules and the audit trail. */
export interface Actor {
  principal: Principal;
  /** The display name at the time, kept in the audit entry. */
  name: string;
  ip: string | null;
}

/** A use case's answer to input a person can fix: the value, or the problems field by field. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T>(issues: Issue[]): Outcome<T> {
  return { ok: false, issues };
}

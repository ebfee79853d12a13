/**
 * The database side of the administration use cases (agencies, accounts and role grants, the audit
 * log), built from the repositories; shared by the console pages and the JSON API of all three.
 * Every store method of one `transaction` runs on the same transaction, audit entry included.
 */
import { eq } from 'drizzle-orm';
import { hashPassword } from '../../../auth/password-hash.ts';
import type { RoleGrant } from '../../../domain/access/roles.ts';
import { DomainError } from '../../../domain/errors.ts';
import type { Database } from '../../../db/database.ts';
import {
  createAccount,
  getAccountById,
  getAccountByUsername,
  listAccountsByAgency,
  lockAccountUntil,
  setAccountDisabled,
  setPassword,
  type Account,
} from '../../../db/repositories/accounts.ts';
import { getAgencyById, listAgencies, updateDisclosureOffice } from '../../../db/repositories/agencies.ts';
import { appendAuditEntry, iterateAuditEntries, listAuditEntries } from '../../../db/repositories/audit-log.ts';
import { grantRoles, listRoleGrantsOf, revokeRole } from '../../../db/repositories/role-grants.ts';
import { deleteSessionsOfAccount } from '../../../db/repositories/sessions.ts';
import { agencies } from '../../../db/schema/agencies.ts';
import type { AdministrationDeps, AdministrationStore, AgencyOfficeChanges, StaffAccount } from '../../../use-cases/administration-store.ts';
import { generateOneTimePassword } from '../../../use-cases/one-time-password.ts';

export function createAdministrationDeps(db: Database): AdministrationDeps {
  return {
    transaction: (work) => db.transaction((tx) => work(createAdministrationStore(tx))),
    hashPassword,
    generatePassword: () => generateOneTimePassword(),
  };
}

export function createAdministrationStore(db: Database): AdministrationStore {
  return {
    listAgencies: () => listAgencies(db),
    updateAgencyOffice: (agencyId, changes, now) => updateAgencyOffice(db, agencyId, changes, now),
    findAccount: async (accountId) => toStaffAccount(await getAccountById(db, accountId)),
    findAccountByUsername: async (username) => toStaffAccount(await getAccountByUsername(db, username)),
    listAccountsOf: async (agencyIds) => (await listAccountsByAgency(db, agencyIds)).map(withoutHash),
    listGrantsOf: async (accountIds) => toRoleGrants(await listRoleGrantsOf(db, accountIds)),
    createAccount: async (account, grants) => withoutHash(await createAccountOnce(db, account, grants)),
    setPassword: (accountId, passwordHash, options) => setPassword(db, accountId, passwordHash, options),
    unlockAccount: (accountId) => lockAccountUntil(db, accountId, null),
    setAccountDisabled: (accountId, at) => setAccountDisabled(db, accountId, at),
    endSessionsOf: (accountId) => deleteSessionsOfAccount(db, accountId),
    grantRole: (accountId, grant) => grantRoles(db, [{ ...grant, accountId }]),
    revokeRole: (accountId, grant) => revokeRole(db, { ...grant, accountId }),
    appendAudit: (entry) => appendAuditEntry(db, entry),
    listAuditEntries: (query, page) => listAuditEntries(db, query, page),
    iterateAuditEntries: () => iterateAuditEntries(db),
  };
}

async function updateAgencyOffice(db: Database, agencyId: string, changes: AgencyOfficeChanges, now: Date) {
  const { creditCode, ...office } = changes;
  if (creditCode !== undefined) {
    // TODO(db owner): repositories/agencies.ts `updateDisclosureOffice` leaves the credit code out;
    // this one-column update belongs there. Until then it is written here, in the same transaction.
    await db.update(agencies).set({ creditCode, updatedAt: now }).where(eq(agencies.id, agencyId));
    if (Object.keys(office).length === 0) return getAgencyById(db, agencyId);
  }
  return updateDisclosureOffice(db, agencyId, office, now);
}

/**
 * The use case checks the username first; two requests for the same new name at the same moment
 * still meet at the unique index, and the loser gets a 409 instead of a 500.
 */
async function createAccountOnce(db: Database, account: Parameters<typeof createAccount>[1], grants: readonly RoleGrant[]) {
  try {
    return await createAccount(db, account, grants);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('username_taken', '该用户名已被使用，请换一个。', { cause: error });
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let current = error; typeof current === 'object' && current !== null; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

function toStaffAccount(account: Account | null): StaffAccount | null {
  return account === null ? null : withoutHash(account);
}

/** The password hash never leaves this file. */
function withoutHash(account: Account): StaffAccount {
  const { passwordHash: _hash, ...rest } = account;
  return rest;
}

function toRoleGrants(byAccount: Map<string, (RoleGrant & { accountId: string })[]>): Map<string, RoleGrant[]> {
  return new Map(
    [...byAccount].map(([accountId, grants]) => [accountId, grants.map(({ role, agencyId, includeSubtree }) => ({ role, agencyId, includeSubtree }))]),
  );
}

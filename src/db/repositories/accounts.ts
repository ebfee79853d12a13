/** Staff accounts: create with role grants, look up, and the login counters, lock and password. */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { accounts } from '../schema/accounts.ts';
import { isUuid } from './ids.ts';
import { grantRoles, type NewRoleGrant } from './role-grants.ts';

export type Account = typeof accounts.$inferSelect;

export interface NewAccount {
  agencyId: string;
  username: string;
  displayName: string;
  passwordHash: string;
  /** True for accounts an administrator creates: the first login must set a new password. */
  mustChangePassword: boolean;
  passwordChangedAt?: Date | null;
}

/** Creates the account and its grants in one transaction. A taken username (any case) fails on the unique index. */
export async function createAccount(db: Database, account: NewAccount, grants: readonly Omit<NewRoleGrant, 'accountId'>[] = []): Promise<Account> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(accounts).values(account).returning();
    await grantRoles(tx, grants.map((g) => ({ ...g, accountId: row!.id })));
    return row!;
  });
}

export async function getAccountById(db: Database, id: string): Promise<Account | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row ?? null;
}

/**
 * Looks up a login name, ignoring case. With `forUpdate` (inside a transaction) the row stays locked
 * until commit, so that concurrent wrong passwords are all counted.
 */
export async function getAccountByUsername(
  db: Database,
  username: string,
  options: { forUpdate?: boolean } = {},
): Promise<Account | null> {
  const query = db.select().from(accounts).where(byUsername(username));
  const [row] = options.forUpdate === true ? await query.for('update') : await query;
  return row ?? null;
}

/** The accounts whose home agency is one of `agencyIds`, by username. */
export async function listAccountsByAgency(db: Database, agencyIds: readonly string[]): Promise<Account[]> {
  const ids = agencyIds.filter(isUuid);
  if (ids.length === 0) return [];
  return db.select().from(accounts).where(inArray(accounts.agencyId, ids)).orderBy(asc(accounts.username));
}

/** Stores the counters the lockout rule computed after a wrong password (or a lock). */
export async function setLoginCounters(
  db: Database,
  id: string,
  counters: { failedLoginCount: number; lockedUntil: Date | null },
): Promise<void> {
  await db.update(accounts).set(counters).where(eq(accounts.id, id));
}

/** A successful login: the failure count and any expired lock are cleared. */
export async function recordSuccessfulLogin(db: Database, id: string, now: Date): Promise<void> {
  await db.update(accounts).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now }).where(eq(accounts.id, id));
}

/** Locks the account until `until` (null unlocks it and clears the failure count). */
export async function lockAccountUntil(db: Database, id: string, until: Date | null): Promise<void> {
  const changes = until === null ? { lockedUntil: null, failedLoginCount: 0 } : { lockedUntil: until };
  await db.update(accounts).set(changes).where(eq(accounts.id, id));
}

/** Stores a new password hash. `mustChangePassword` is true when an administrator resets it. */
export async function setPassword(
  db: Database,
  id: string,
  passwordHash: string,
  options: { now: Date; mustChangePassword: boolean },
): Promise<void> {
  await db
    .update(accounts)
    .set({ passwordHash, mustChangePassword: options.mustChangePassword, passwordChangedAt: options.now })
    .where(eq(accounts.id, id));
}

/** Disables the account from `at` on (null enables it again). */
export async function setAccountDisabled(db: Database, id: string, at: Date | null): Promise<void> {
  await db.update(accounts).set({ disabledAt: at }).where(eq(accounts.id, id));
}

/** Matches the case-insensitive unique index on lower(username), so the lookup uses it. */
function byUsername(username: string) {
  return eq(sql`lower(${accounts.username})`, username.toLowerCase());
}

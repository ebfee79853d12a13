/** The database side of the sign-in use cases, built from the repositories. */
import { hashPassword, simulatePasswordCheck, verifyPassword } from '../auth/password-hash.ts';
import { randomToken, sha256Hex } from '../auth/tokens.ts';
import type { Database } from '../db/database.ts';
import {
  getAccountById,
  getAccountByUsername,
  recordSuccessfulLogin,
  setLoginCounters,
  setPassword,
  type Account,
} from '../db/repositories/accounts.ts';
import { setDisplayName } from '../db/repositories/account-profile.ts';
import { listAgencies } from '../db/repositories/agencies.ts';
import { appendAuditEntry } from '../db/repositories/audit-log.ts';
import { listRoleGrants } from '../db/repositories/role-grants.ts';
import {
  createSession,
  deleteSession,
  deleteSessionsOfAccount,
  findSession,
  touchSession,
} from '../db/repositories/sessions.ts';
import type { ChangeDisplayNameDeps } from '../use-cases/change-display-name.ts';
import type { ChangePasswordDeps } from '../use-cases/change-password.ts';
import type { ResolveSessionStore, SignedInAccount } from '../use-cases/resolve-session.ts';
import type { LoginAccount, SignInDeps } from '../use-cases/sign-in.ts';
import type { SignOutDeps } from '../use-cases/sign-out.ts';

export function createSignInDeps(db: Database): SignInDeps {
  return {
    findAccount: async (username) => toLoginAccount(await getAccountByUsername(db, username)),
    inTransaction: (work) =>
      db.transaction((tx) =>
        work({
          lockAccount: async (username) => toLoginAccount(await getAccountByUsername(tx, username, { forUpdate: true })),
          setLoginCounters: (id, counters) => setLoginCounters(tx, id, counters),
          recordSuccessfulLogin: (id, now) => recordSuccessfulLogin(tx, id, now),
          createSession: async ({ tokenHash, ...session }, now) => {
            await createSession(tx, { id: tokenHash, ...session }, now);
          },
          deleteSession: (tokenHash) => deleteSession(tx, tokenHash),
          appendAudit: (entry) => appendAuditEntry(tx, entry),
        }),
      ),
    verifyPassword,
    simulatePasswordCheck,
    randomToken: () => randomToken(),
    sha256Hex,
  };
}

export function createSignOutDeps(db: Database): SignOutDeps {
  return {
    inTransaction: (work) =>
      db.transaction((tx) =>
        work({ deleteSession: (tokenHash) => deleteSession(tx, tokenHash), appendAudit: (entry) => appendAuditEntry(tx, entry) }),
      ),
  };
}

export function createChangePasswordDeps(db: Database): ChangePasswordDeps {
  return {
    loadAccount: (id) => getAccountById(db, id),
    inTransaction: (work) =>
      db.transaction((tx) =>
        work({
          setPassword: (id, hash, now) => setPassword(tx, id, hash, { now, mustChangePassword: false }),
          endOtherSessions: (id, keep) => deleteSessionsOfAccount(tx, id, keep),
          appendAudit: (entry) => appendAuditEntry(tx, entry),
        }),
      ),
    verifyPassword,
    hashPassword,
  };
}

export function createResolveSessionStore(db: Database): ResolveSessionStore {
  return {
    findSession: (tokenHash) => findSession(db, tokenHash),
    touchSession: (tokenHash, now) => touchSession(db, tokenHash, now),
    deleteSession: (tokenHash) => deleteSession(db, tokenHash),
    loadAccount: (id) => loadSignedInAccount(db, id),
  };
}

/** The account with its agency and grants, or null when it does not exist. */
export async function loadSignedInAccount(
  db: Database,
  accountId: string,
): Promise<(SignedInAccount & { disabledAt: Date | null }) | null> {
  const account = await getAccountById(db, accountId);
  if (account === null) return null;
  const [grants, agencies] = await Promise.all([listRoleGrants(db, accountId), listAgencies(db)]);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const home = byId.get(account.agencyId);
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    agency: { id: account.agencyId, code: home?.code ?? '', name: home?.name ?? '' },
    grants: grants.map((g) => ({
      role: g.role,
      agencyId: g.agencyId,
      agencyCode: byId.get(g.agencyId)?.code ?? '',
      agencyName: byId.get(g.agencyId)?.name ?? '',
      includeSubtree: g.includeSubtree,
    })),
    mustChangePassword: account.mustChangePassword,
    disabledAt: account.disabledAt,
  };
}

function toLoginAccount(account: Account | null): LoginAccount | null {
  if (account === null) return null;
  const { id, agencyId, username, displayName, passwordHash, mustChangePassword, failedLoginCount, lockedUntil, disabledAt } = account;
  return { id, agencyId, username, displayName, passwordHash, mustChangePassword, failedLoginCount, lockedUntil, disabledAt };
}

export function createChangeDisplayNameDeps(db: Database): ChangeDisplayNameDeps {
  return {
    inTransaction: (work) =>
      db.transaction((tx) =>
        work({ setDisplayName: (id, name) => setDisplayName(tx, id, name), appendAudit: (entry) => appendAuditEntry(tx, entry) }),
      ),
  };
}

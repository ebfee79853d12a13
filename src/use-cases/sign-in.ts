/**
 * Signing in with a username and password (等保2.0 身份鉴别): the lockout rule after 5 wrong
 * passwords, one answer for unknown users and wrong passwords, every attempt in the audit trail,
 * and a new server-side session on success.
 */
import { nextExpiry } from '../domain/accounts/session-rules.ts';
import { decideLogin, describeLoginRefusal, type LoginDecision } from '../domain/accounts/lockout.ts';
import type { AuditEntry, AuditEntryContent, JsonObject } from '../domain/audit/audit-entry.ts';
import { recordAuditEntry, type AuditEvent } from './record-audit-entry.ts';

/** The account fields a login needs. */
export interface LoginAccount {
  id: string;
  agencyId: string;
  username: string;
  displayName: string;
  passwordHash: string;
  mustChangePassword: boolean;
  failedLoginCount: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
}

export interface NewSessionRecord {
  tokenHash: string;
  accountId: string;
  csrfToken: string;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

/** The database side, inside one transaction. */
export interface SignInTransaction {
  /** Looks the username up (any case) and locks the row until commit, so racing attempts all count. */
  lockAccount(username: string): Promise<LoginAccount | null>;
  setLoginCounters(accountId: string, counters: { failedLoginCount: number; lockedUntil: Date | null }): Promise<void>;
  recordSuccessfulLogin(accountId: string, now: Date): Promise<void>;
  createSession(session: NewSessionRecord, now: Date): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface SignInDeps {
  findAccount(username: string): Promise<LoginAccount | null>;
  inTransaction<T>(work: (tx: SignInTransaction) => Promise<T>): Promise<T>;
  verifyPassword(plain: string, hash: string): Promise<boolean>;
  simulatePasswordCheck(plain: string): Promise<false>;
  randomToken(): string;
  sha256Hex(text: string): string;
}

export interface SignInRequest {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  now: Date;
  /** The session the browser had before (ended now: a new login never reuses a session id). */
  previousTokenHash?: string | null;
}

export type SignInResult =
  | { ok: true; token: string; accountId: string; mustChangePassword: boolean }
  | { ok: false; reason: 'invalid' | 'locked'; message: string };

/** The longest username kept in the audit trail for a failed attempt with an unknown name. */
const maxLoggedUsernameLength = 64;
const maxUserAgentLength = 500;

export async function signIn(deps: SignInDeps, request: SignInRequest): Promise<SignInResult> {
  const username = request.username.trim();
  // The password is checked before the transaction: the slow hash must not hold the row lock.
  const found = username === '' ? null : await deps.findAccount(username);
  const passwordOk = found === null ? await deps.simulatePasswordCheck(request.password) : await deps.verifyPassword(request.password, found.passwordHash);
  return deps.inTransaction(async (tx) => {
    const account = found === null ? null : await tx.lockAccount(username);
    if (account === null || account.disabledAt !== null) {
      await audit(tx, request, failedAttemptEvent(username, account, request));
      return invalid();
    }
    // The hash changed between the check and the lock (a password change raced us): check again.
    const stillOk = account.passwordHash === found?.passwordHash ? passwordOk : await deps.verifyPassword(request.password, account.passwordHash);
    const decision = decideLogin({ failedCount: account.failedLoginCount, lockedUntil: account.lockedUntil, now: request.now, passwordOk: stillOk });
    if (decision.outcome !== 'ok') return refuse(tx, account, decision, request);
    return startSession(deps, tx, account, request);
  });
}

async function refuse(tx: SignInTransaction, account: LoginAccount, decision: LoginDecision, request: SignInRequest): Promise<SignInResult> {
  const counters = { failedLoginCount: decision.nextFailedCount, lockedUntil: decision.nextLockedUntil };
  if (counters.failedLoginCount !== account.failedLoginCount || counters.lockedUntil !== account.lockedUntil) {
    await tx.setLoginCounters(account.id, counters);
  }
  const reason = decision.outcome === 'locked' && !decision.isNewlyLocked ? 'whileLocked' : 'wrongPassword';
  await audit(tx, request, accountEvent(account, 'account.loginFailed', request, { reason, failedLoginCount: decision.nextFailedCount }));
  if (decision.isNewlyLocked) {
    const lockedUntil = decision.nextLockedUntil?.toISOString() ?? null;
    await audit(tx, request, accountEvent(account, 'account.locked', request, { lockedUntil }));
  }
  if (decision.outcome === 'locked') return { ok: false, reason: 'locked', message: describeLoginRefusal(decision) };
  return invalid();
}

async function startSession(deps: SignInDeps, tx: SignInTransaction, account: LoginAccount, request: SignInRequest): Promise<SignInResult> {
  const token = deps.randomToken();
  if (request.previousTokenHash !== undefined && request.previousTokenHash !== null) await tx.deleteSession(request.previousTokenHash);
  await tx.recordSuccessfulLogin(account.id, request.now);
  await tx.createSession(
    {
      tokenHash: deps.sha256Hex(token),
      accountId: account.id,
      csrfToken: deps.randomToken(),
      expiresAt: nextExpiry(request.now),
      ip: request.ip,
      userAgent: request.userAgent?.slice(0, maxUserAgentLength) ?? null,
    },
    request.now,
  );
  await audit(tx, request, accountEvent(account, 'account.login', request, { mustChangePassword: account.mustChangePassword }));
  return { ok: true, token, accountId: account.id, mustChangePassword: account.mustChangePassword };
}

function invalid(): SignInResult {
  const message = describeLoginRefusal({ outcome: 'wrong', nextFailedCount: 0, nextLockedUntil: null, isNewlyLocked: false });
  return { ok: false, reason: 'invalid', message };
}

function failedAttemptEvent(username: string, account: LoginAccount | null, request: SignInRequest): AuditEvent {
  if (account !== null) return accountEvent(account, 'account.loginFailed', request, { reason: 'disabled' });
  return {
    actor: { accountId: null, name: '未知用户' },
    action: 'account.loginFailed',
    ip: request.ip,
    details: { reason: 'unknownUser', username: username.slice(0, maxLoggedUsernameLength) },
  };
}

function accountEvent(account: LoginAccount, action: string, request: SignInRequest, details: JsonObject): AuditEvent {
  return {
    actor: { accountId: account.id, name: account.displayName },
    action,
    target: { type: 'account', id: account.id },
    agencyId: account.agencyId,
    ip: request.ip,
    details,
  };
}

async function audit(tx: SignInTransaction, request: SignInRequest, event: AuditEvent): Promise<void> {
  await recordAuditEntry({ append: (entry) => tx.appendAudit(entry) }, event, request.now);
}

/**
 * A staff member changes their own password: the current one must be right, the new one typed twice
 * and within the policy. Every other session of the account ends (a thief signed in elsewhere is
 * thrown out), the forced change is satisfied, and the change is audited.
 */
import type { Issue } from '../domain/accounts/issue.ts';
import { checkPasswordPolicy } from '../domain/accounts/password-policy.ts';
import type { AuditEntry, AuditEntryContent } from '../domain/audit/audit-entry.ts';
import { recordAuditEntry } from './record-audit-entry.ts';

export interface PasswordOwner {
  id: string;
  agencyId: string;
  username: string;
  displayName: string;
  passwordHash: string;
}

export interface ChangePasswordTransaction {
  setPassword(accountId: string, passwordHash: string, now: Date): Promise<void>;
  /** Ends every session of the account except `keepTokenHash`; returns how many ended. */
  endOtherSessions(accountId: string, keepTokenHash: string): Promise<number>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface ChangePasswordDeps {
  loadAccount(accountId: string): Promise<PasswordOwner | null>;
  inTransaction<T>(work: (tx: ChangePasswordTransaction) => Promise<T>): Promise<T>;
  verifyPassword(plain: string, hash: string): Promise<boolean>;
  hashPassword(plain: string): Promise<string>;
}

export interface ChangePasswordRequest {
  accountId: string;
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
  /** The session making the change: it stays signed in. */
  tokenHash: string;
  ip: string | null;
  now: Date;
}

export type ChangePasswordResult = { ok: true; endedSessions: number } | { ok: false; issues: Issue[] };

export async function changePassword(deps: ChangePasswordDeps, request: ChangePasswordRequest): Promise<ChangePasswordResult> {
  const account = await deps.loadAccount(request.accountId);
  if (account === null) return { ok: false, issues: [{ code: 'account.missing', path: 'currentPassword', message: '账号不存在或已被删除。' }] };
  const issues = await checkRequest(deps, account, request);
  if (issues.length > 0) return { ok: false, issues };
  const passwordHash = await deps.hashPassword(request.newPassword);
  const endedSessions = await deps.inTransaction(async (tx) => {
    await tx.setPassword(account.id, passwordHash, request.now);
    const ended = await tx.endOtherSessions(account.id, request.tokenHash);
    await recordAuditEntry(
      { append: (entry) => tx.appendAudit(entry) },
      {
        actor: { accountId: account.id, name: account.displayName },
        action: 'account.passwordChanged',
        target: { type: 'account', id: account.id },
        agencyId: account.agencyId,
        ip: request.ip,
        details: { endedSessions: ended },
      },
      request.now,
    );
    return ended;
  });
  return { ok: true, endedSessions };
}

async function checkRequest(deps: ChangePasswordDeps, account: PasswordOwner, request: ChangePasswordRequest): Promise<Issue[]> {
  const currentOk = request.currentPassword !== '' && (await deps.verifyPassword(request.currentPassword, account.passwordHash));
  if (!currentOk) return [{ code: 'currentPassword.wrong', path: 'currentPassword', message: '当前密码不正确。' }];
  const issues = checkPasswordPolicy(request.newPassword, {
    username: account.username,
    displayName: account.displayName,
    previousPassword: request.currentPassword,
  });
  if (request.newPassword !== request.confirmPassword) {
    issues.push({ code: 'confirmPassword.mismatch', path: 'confirmPassword', message: '两次输入的新密码不一致。' });
  }
  return issues;
}

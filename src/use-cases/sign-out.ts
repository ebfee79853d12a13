/** Signing out: the session is deleted on the server (the cookie alone would not end it) and audited. */
import type { AuditEntry, AuditEntryContent } from '../domain/audit/audit-entry.ts';
import { recordAuditEntry } from './record-audit-entry.ts';

export interface SignOutDeps {
  inTransaction<T>(work: (tx: SignOutTransaction) => Promise<T>): Promise<T>;
}

export interface SignOutTransaction {
  deleteSession(tokenHash: string): Promise<void>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface SignOutRequest {
  tokenHash: string;
  account: { id: string; displayName: string; agencyId: string };
  ip: string | null;
  now: Date;
}

export async function signOut(deps: SignOutDeps, request: SignOutRequest): Promise<void> {
  const { account } = request;
  await deps.inTransaction(async (tx) => {
    await tx.deleteSession(request.tokenHash);
    await recordAuditEntry(
      { append: (entry) => tx.appendAudit(entry) },
      {
        actor: { accountId: account.id, name: account.displayName },
        action: 'account.logout',
        target: { type: 'account', id: account.id },
        agencyId: account.agencyId,
        ip: request.ip,
      },
      request.now,
    );
  });
}

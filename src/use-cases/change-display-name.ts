/** A staff member changes their own display name (as shown in the console and the audit trail). */
import { checkDisplayName } from '../domain/accounts/account-rules.ts';
import type { Issue } from '../domain/accounts/issue.ts';
import type { AuditEntry, AuditEntryContent } from '../domain/audit/audit-entry.ts';
import { recordAuditEntry } from './record-audit-entry.ts';

export interface ChangeDisplayNameTransaction {
  setDisplayName(accountId: string, displayName: string): Promise<boolean>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface ChangeDisplayNameDeps {
  inTransaction<T>(work: (tx: ChangeDisplayNameTransaction) => Promise<T>): Promise<T>;
}

export interface ChangeDisplayNameRequest {
  account: { id: string; displayName: string; agencyId: string };
  displayName: string;
  ip: string | null;
  now: Date;
}

export type ChangeDisplayNameResult = { ok: true; displayName: string } | { ok: false; issues: Issue[] };

export async function changeDisplayName(deps: ChangeDisplayNameDeps, request: ChangeDisplayNameRequest): Promise<ChangeDisplayNameResult> {
  const issues = checkDisplayName(request.displayName);
  if (issues.length > 0) return { ok: false, issues };
  const displayName = request.displayName.trim();
  const { account } = request;
  await deps.inTransaction(async (tx) => {
    await tx.setDisplayName(account.id, displayName);
    await recordAuditEntry(
      { append: (entry) => tx.appendAudit(entry) },
      {
        // The old name: the entry records who acted, as they were known when they acted.
        actor: { accountId: account.id, name: account.displayName },
        action: 'account.displayNameChanged',
        target: { type: 'account', id: account.id },
        agencyId: account.agencyId,
        ip: request.ip,
        details: { from: account.displayName, to: displayName },
      },
      request.now,
    );
  });
  return { ok: true, displayName };
}

/** The audit entry of an administration change, written by the same transaction as the change. */
import type { JsonObject } from '../domain/audit/audit-entry.ts';
import type { Actor, AdministrationStore } from './administration-store.ts';
import { recordAuditEntry } from './record-audit-entry.ts';

export interface AdministrationEvent {
  /** Dotted verb, e.g. `account.passwordReset`. */
  action: string;
  target: { type: 'agency' | 'account' | 'auditLog'; id: string };
  agencyId: string | null;
  details: JsonObject;
}

export async function recordAdministrationEvent(
  store: Pick<AdministrationStore, 'appendAudit'>,
  actor: Actor,
  event: AdministrationEvent,
  now: Date,
): Promise<void> {
  await recordAuditEntry(
    { append: (entry) => store.appendAudit(entry) },
    { ...event, actor: { accountId: actor.principal.accountId, name: actor.name }, ip: actor.ip },
    now,
  );
}

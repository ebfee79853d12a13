/** Records one entry in the audit trail: who did what to which record, when, from where. */
import { isValidAuditAction, type AuditEntry, type AuditEntryContent, type JsonObject } from '../domain/audit/audit-entry.ts';
import { DomainError } from '../domain/errors.ts';

export class InvalidAuditEntryError extends DomainError {
  constructor(message: string) {
    super('invalid_audit_entry', message);
  }
}

/** Appends to the chain; implemented by src/db (appendAuditEntry) inside the caller's transaction. */
export interface AuditTrail {
  append(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface AuditActor {
  /** Null for the system itself. */
  accountId: string | null;
  name: string;
}

export interface AuditEvent {
  actor: AuditActor;
  action: string;
  target?: { type: string; id: string };
  agencyId?: string | null;
  ip?: string | null;
  details?: JsonObject;
}

/** The longest actor name kept; longer names are cut, an audit entry must never fail for its length. */
const maxActorNameLength = 200;

export async function recordAuditEntry(trail: AuditTrail, event: AuditEvent, now: Date): Promise<AuditEntry> {
  if (!isValidAuditAction(event.action)) {
    // A programming error in the caller (actions are constants), reported loudly rather than stored.
    throw new InvalidAuditEntryError(`审计动作名称无效：${event.action}`);
  }
  return trail.append({
    occurredAt: now,
    actorAccountId: event.actor.accountId,
    actorName: event.actor.name.slice(0, maxActorNameLength),
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    agencyId: event.agencyId ?? null,
    ip: event.ip ?? null,
    details: event.details ?? {},
  });
}

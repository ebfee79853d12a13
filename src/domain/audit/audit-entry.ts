/** One entry of the audit trail: who did what to which record, when and from where. */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** What the caller says happened; `seq` and the hashes are added when the entry is appended. */
export interface AuditEntryContent {
  occurredAt: Date;
  /** Null for the system itself (start-up, seeding, scheduled jobs). */
  actorAccountId: string | null;
  /** The actor's name at the time, kept because accounts can be renamed. */
  actorName: string;
  /** Dotted verb, e.g. `account.login`, `account.lock`, `agency.update`. */
  action: string;
  targetType: string | null;
  targetId: string | null;
  agencyId: string | null;
  ip: string | null;
  details: JsonObject;
}

export interface AuditEntry extends AuditEntryContent {
  seq: number;
  prevHash: string;
  hash: string;
}

/** `area.verb` or `area.sub.verb`: lower-case words (camelCase allowed) separated by dots. */
export const auditActionPattern = /^[a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z]*)+$/;

export function isValidAuditAction(action: string): boolean {
  return action.length <= 100 && auditActionPattern.test(action);
}

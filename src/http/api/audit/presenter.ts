/** Audit entries as the JSON API shows them to the auditor. */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { AuditEntry, JsonObject } from '../../../domain/audit/audit-entry.ts';
import type { AuditVerification } from '../../../use-cases/verify-audit-trail.ts';

export interface AuditEntryPresentation {
  seq: number;
  occurredAt: string;
  actorAccountId: string | null;
  actorName: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  agencyCode: string | null;
  ip: string | null;
  details: JsonObject;
  prevHash: string;
  hash: string;
}

export function presentAuditEntry(entry: AuditEntry, byId: ReadonlyMap<string, Agency>): AuditEntryPresentation {
  const { seq, actorAccountId, actorName, action, targetType, targetId, ip, details, prevHash, hash } = entry;
  const agencyCode = entry.agencyId === null ? null : (byId.get(entry.agencyId)?.code ?? entry.agencyId);
  return { seq, occurredAt: entry.occurredAt.toISOString(), actorAccountId, actorName, action, targetType, targetId, agencyCode, ip, details, prevHash, hash };
}

export function presentVerification(verification: AuditVerification) {
  return {
    count: verification.count,
    intact: verification.brokenLink === null,
    brokenLink: verification.brokenLink,
    lastHash: verification.lastHash,
  };
}

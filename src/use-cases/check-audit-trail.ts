/**
 * The auditor's check of the audit trail's hash chain (audit.verify): walks every entry and reports
 * the first broken link. The check itself is recorded, so the trail shows when it was last checked
 * and with what result.
 */
import { assertCan } from '../domain/access/policy.ts';
import { recordAdministrationEvent } from './administration-audit.ts';
import type { Actor, AdministrationDeps } from './administration-store.ts';
import { verifyAuditTrail, type AuditVerification } from './verify-audit-trail.ts';

export async function checkAuditTrail(
  deps: Pick<AdministrationDeps, 'transaction'>,
  request: { actor: Actor; now: Date },
): Promise<AuditVerification> {
  const { actor, now } = request;
  assertCan(actor.principal, 'audit.verify');
  return deps.transaction(async (store) => {
    const verification = await verifyAuditTrail({ iterate: () => store.iterateAuditEntries() });
    await recordAdministrationEvent(store, actor, {
      action: 'audit.verify',
      target: { type: 'auditLog', id: 'audit_log' },
      agencyId: null,
      details: {
        count: verification.count,
        intact: verification.brokenLink === null,
        brokenSeq: verification.brokenLink?.seq ?? null,
        lastHash: verification.lastHash,
      },
    }, now);
    return verification;
  });
}

/**
 * The applicant's full personal data (name, ID number or credit code, phone, e-mail, address) for
 * the staff who need it: only to a principal allowed `application.viewPersonalData` on the
 * application's agency, and every view is written to the audit trail (`application.personalData.view`)
 * in the same transaction as the read — no audit entry, no data. Lists and exports show the masked
 * form (domain/applications/masking.ts) instead.
 */
import { assertCan } from '../../../domain/access/policy.ts';
import { buildAncestry } from '../../../domain/access/scope.ts';
import type { Applicant, ApplicantContact } from '../../../domain/applications/applicant.ts';
import { maskApplicant } from '../../../domain/applications/masking.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import { IntakeApplicationNotFoundError, type IntakeDeps } from './intake-store.ts';
import type { StaffActor } from './register-application.ts';

export interface ApplicantDetails {
  applicationId: string;
  agencyId: string;
  trackingNumber: string;
  applicant: Applicant;
  contact: ApplicantContact;
  accessibilityNeeds: string | null;
}

export async function viewApplicantDetails(deps: IntakeDeps, request: { actor: StaffActor; applicationId: string }): Promise<ApplicantDetails> {
  const now = deps.now();
  const { actor } = request;
  return deps.transaction(async (store) => {
    const application = await store.findApplication(request.applicationId);
    if (application === null) throw new IntakeApplicationNotFoundError();
    const agencies = await store.listAgencies();
    const ancestry = buildAncestry(new Map(agencies.map((a) => [a.id, a.parentId])));
    assertCan(actor.principal, 'application.viewPersonalData', { agencyId: application.agencyId }, ancestry);
    await recordAuditEntry(
      { append: (entry) => store.appendAudit(entry) },
      {
        actor: { accountId: actor.principal.accountId, name: actor.name },
        action: 'application.personalData.view',
        target: { type: 'application', id: application.id },
        agencyId: application.agencyId,
        ip: actor.ip,
        details: { trackingNumber: application.trackingNumber },
      },
      now,
    );
    const { applicant, contact, accessibilityNeeds, trackingNumber, agencyId } = application;
    return { applicationId: application.id, agencyId, trackingNumber, applicant, contact, accessibilityNeeds };
  });
}

/** The same details masked, for lists, exports and pages that do not need the full data. */
export function maskApplicantDetails(details: ApplicantDetails): ApplicantDetails {
  return { ...details, ...maskApplicant(details.applicant, details.contact) };
}

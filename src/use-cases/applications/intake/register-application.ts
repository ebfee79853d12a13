/**
 * Staff registration (登记) of an application that came in person, by post or by fax: the registrar
 * enters the form and the Art. 31 fact that fixes the receipt date; the application is stored with
 * its `received` event on that date and the derived columns (status, due date) computed from it,
 * in one transaction with the audit entry. The agency must be one where the registrar may register.
 */
import { assertCan } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import { buildAncestry } from '../../../domain/access/scope.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { chinaDateOf } from '../china-date.ts';
import { checkUploads, type Upload } from './attachments.ts';
import type { IntakeDeps } from './intake-store.ts';
import { checkRegistration } from './registration-input.ts';
import { storeApplication, type StoredApplication } from './store-application.ts';
import { unknownAgencyIssue } from './submit-application.ts';

export interface StaffActor {
  principal: Principal;
  name: string;
  ip: string | null;
}

export interface RegisterApplicationRequest {
  actor: StaffActor;
  input: unknown;
  uploads: readonly Upload[];
}

export async function registerApplication(deps: IntakeDeps, request: RegisterApplicationRequest): Promise<Outcome<StoredApplication>> {
  const today = chinaDateOf(deps.now());
  const checked = checkRegistration(request.input, today);
  const uploads = await checkUploads(request.uploads);
  const issues = [...(checked.ok ? [] : checked.issues), ...(uploads.ok ? [] : uploads.issues)];
  if (!checked.ok || !uploads.ok) return fail(issues);
  const { actor } = request;
  const { receivedOn, channel } = checked.value;
  const stored = await storeApplication(deps, {
    input: checked.value,
    authorize: async (agency, store) => {
      const agencies = await store.listAgencies();
      assertCan(actor.principal, 'application.register', { agencyId: agency.id }, buildAncestry(new Map(agencies.map((a) => [a.id, a.parentId]))));
    },
    channel,
    events: [{ kind: 'received', on: receivedOn }],
    year: Number(receivedOn.slice(0, 4)),
    files: uploads.files,
    actor: { accountId: actor.principal.accountId, name: actor.name, ip: actor.ip },
    registeredByAccountId: actor.principal.accountId,
    auditAction: 'application.register',
  });
  return stored === null ? fail([unknownAgencyIssue]) : succeed(stored);
}

/**
 * The registrar's pages: `GET/POST /console/applications/new` (register an application that came
 * in person, by post or by fax; the answer is the receipt with the query code, shown once — like a
 * new account's one-time password, it is never put in a URL) and
 * `GET /console/applications/:id/applicant` (the applicant's full personal data, audited per view).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { randomToken } from '../../../auth/tokens.ts';
import { listAgencies } from '../../../db/repositories/agencies.ts';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { can } from '../../../domain/access/policy.ts';
import { chinaDateOf } from '../../../use-cases/applications/china-date.ts';
import { registerApplication, type StaffActor } from '../../../use-cases/applications/intake/register-application.ts';
import { viewApplicantDetails } from '../../../use-cases/applications/intake/view-applicant-details.ts';
import { ApplicationsApplicantPage } from '../../../views/pages/console/applications-applicant-page.tsx';
import { ApplicationsNewPage, ApplicationsRegisteredPage } from '../../../views/pages/console/applications-new-page.tsx';
import type { ApplicationFormValues } from '../../../views/pages/portal/apply-form-fields.tsx';
import { formFieldsOf, formValuesOf, groupAgencies, submittedKeyOf, uploadsOfForm } from '../../portal/applications/form-input.ts';
import { intakeDepsOf } from '../../portal/applications/intake-stores.ts';
import { renderPage } from '../../render-page.tsx';
import { loadAgencyAncestry, requireAccount, requirePrincipal } from '../../route-access.ts';

const registerAccess = { access: { kind: 'action', action: 'application.register' } } as const;
const personalDataAccess = { access: { kind: 'action', action: 'application.viewPersonalData' } } as const;

export function registerRegistrationRoutes(app: FastifyInstance): void {
  app.get('/console/applications/new', { config: registerAccess }, async (request, reply) => {
    const today = chinaDateOf(request.server.deps.now());
    return renderNewPage(request, reply, { values: { channel: 'inPerson', handedInOn: today }, issues: [], submissionKey: null });
  });

  app.post('/console/applications/new', { config: registerAccess }, async (request, reply) => {
    const outcome = await registerApplication(intakeDepsOf(request), { actor: staffActorOf(request), input: formFieldsOf(request.body), uploads: uploadsOfForm(request.body) });
    if (!outcome.ok) return renderNewPage(request, reply, { values: formValuesOf(request.body), issues: outcome.issues, submissionKey: submittedKeyOf(request.body) }, 422);
    const { application, queryCode, isRepeat } = outcome.value;
    const agencies = await listAgencies(request.server.deps.handle.db);
    const page = h(ApplicationsRegisteredPage, {
      applicationId: application.id,
      trackingNumber: application.trackingNumber,
      queryCode,
      agencyName: agencies.find((a) => a.id === application.agencyId)?.name ?? '',
      receivedOn: application.receivedOn,
      dueOn: application.dueOn,
      isRepeat,
    });
    return renderPage(reply, page, { title: '申请已登记', layout: 'console', status: isRepeat ? 200 : 201 });
  });

  app.get('/console/applications/:id/applicant', { config: personalDataAccess }, async (request, reply) => {
    const applicationId = String((request.params as Record<string, unknown>)['id'] ?? '');
    const details = await viewApplicantDetails(intakeDepsOf(request), { actor: staffActorOf(request), applicationId });
    return renderPage(reply, h(ApplicationsApplicantPage, { details }), { title: '申请人完整信息', layout: 'console' });
  });
}

export function staffActorOf(request: FastifyRequest): StaffActor {
  return { principal: requirePrincipal(request), name: requireAccount(request).displayName, ip: request.ip };
}

interface NewPageState {
  values: ApplicationFormValues;
  issues: readonly Issue[];
  submissionKey: string | null;
}

async function renderNewPage(request: FastifyRequest, reply: FastifyReply, state: NewPageState, status = 200): Promise<FastifyReply> {
  const principal = requirePrincipal(request);
  const db = request.server.deps.handle.db;
  const [agencies, ancestry] = await Promise.all([listAgencies(db), loadAgencyAncestry(db)]);
  const allowed = agencies.filter((agency) => can(principal, 'application.register', { agencyId: agency.id }, ancestry));
  // A registrar of one agency has nothing to choose.
  const only = allowed.length === 1 && !('agencyCode' in state.values) ? { agencyCode: allowed[0]!.code } : {};
  const page = h(ApplicationsNewPage, {
    agencyGroups: groupAgencies(allowed),
    values: { ...state.values, ...only },
    issues: state.issues,
    submissionKey: state.submissionKey ?? randomToken(18),
  });
  return renderPage(reply, page, { title: '登记申请', layout: 'console', status });
}

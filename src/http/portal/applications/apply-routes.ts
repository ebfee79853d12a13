/**
 * The online application form: `GET /apply` (the form with a fresh submission key), `POST /apply`
 * (problems: the form again with the values and the messages; success: POST-redirect-GET to the
 * receipt), `GET /apply/receipt` (the tracking number and the query code, derived again from the
 * submission key in a short-lived signed cookie — the code is never in a URL).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { randomToken } from '../../../auth/tokens.ts';
import { listAgencies } from '../../../db/repositories/agencies.ts';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { chinaDateOf } from '../../../use-cases/applications/china-date.ts';
import { findTrackedApplication } from '../../../use-cases/applications/intake/track-application.ts';
import { recoverQueryCode } from '../../../use-cases/applications/intake/store-application.ts';
import { submitApplication } from '../../../use-cases/applications/intake/submit-application.ts';
import type { ApplicationFormValues } from '../../../views/pages/portal/apply-form-fields.tsx';
import { ApplyPage } from '../../../views/pages/portal/apply-page.tsx';
import { ApplyReceiptPage } from '../../../views/pages/portal/apply-receipt-page.tsx';
import { renderPage } from '../../render-page.tsx';
import { readReceiptCookie, setReceiptCookie } from './applicant-cookies.ts';
import { formFieldsOf, formValuesOf, groupAgencies, submittedKeyOf, uploadsOfForm } from './form-input.ts';
import { intakeDepsOf } from './intake-stores.ts';

const publicAccess = { kind: 'public' } as const;
/** Per client address and minute: a person correcting a form a few times stays far below it. */
export const applyRateLimit = { max: 20, timeWindow: '1 minute' } as const;

export function registerApplyRoutes(app: FastifyInstance): void {
  app.get('/apply', { config: { access: publicAccess } }, async (request, reply) => renderApplyPage(request, reply, { values: {}, issues: [], submissionKey: null }));

  app.post('/apply', { config: { access: publicAccess, rateLimit: applyRateLimit } }, async (request, reply) => {
    const outcome = await submitApplication(intakeDepsOf(request), { input: formFieldsOf(request.body), uploads: uploadsOfForm(request.body), ip: request.ip });
    if (!outcome.ok) {
      const state = { values: formValuesOf(request.body), issues: outcome.issues, submissionKey: submittedKeyOf(request.body) };
      return renderApplyPage(request, reply, state, 422);
    }
    const { application, submissionKey, isRepeat } = outcome.value;
    setReceiptCookie(request, reply, { applicationId: application.id, submissionKey });
    return reply.redirect(isRepeat ? '/apply/receipt?repeat=1' : '/apply/receipt', 303);
  });

  app.get('/apply/receipt', { config: { access: publicAccess } }, async (request, reply) => {
    const receipt = readReceiptCookie(request);
    const deps = intakeDepsOf(request);
    const application = receipt === null ? null : await findTrackedApplication(deps, receipt.applicationId);
    const queryCode = application === null || receipt === null ? null : recoverQueryCode(deps, application, receipt.submissionKey);
    // No (or an expired) receipt: the applicant follows the case with the number and code instead.
    if (application === null || queryCode === null) return reply.redirect('/track', 303);
    const agencies = await listAgencies(request.server.deps.handle.db);
    const page = h(ApplyReceiptPage, {
      trackingNumber: application.trackingNumber,
      queryCode,
      agencyName: agencies.find((a) => a.id === application.agencyId)?.name ?? '',
      submittedOn: chinaDateOf(application.submittedAt),
      isRepeat: (request.query as Record<string, unknown>)['repeat'] === '1',
    });
    reply.header('cache-control', 'no-store');
    return renderPage(reply, page, { title: '申请已提交', layout: 'portal' });
  });
}

interface ApplyState {
  values: ApplicationFormValues;
  issues: readonly Issue[];
  submissionKey: string | null;
}

async function renderApplyPage(request: FastifyRequest, reply: FastifyReply, state: ApplyState, status = 200): Promise<FastifyReply> {
  const agencies = await listAgencies(request.server.deps.handle.db);
  const page = h(ApplyPage, {
    agencyGroups: groupAgencies(agencies),
    values: state.values,
    issues: state.issues,
    // Kept across a failed attempt (nothing was stored under it), so a retry stays one application.
    submissionKey: state.submissionKey ?? randomToken(18),
  });
  // The page carries a fresh submission key and the form's values: never cached.
  reply.header('cache-control', 'no-store');
  return renderPage(reply, page, { title: '政府信息公开申请', layout: 'portal', status });
}

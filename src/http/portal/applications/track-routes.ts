/**
 * 申请查询 without an account: `GET /track` (the form), `POST /track` (number + query code; a
 * mismatch of any kind gets the same neutral answer; rate-limited like the sign-in form), then the
 * status page, the letter downloads and the correction form, all reached through a short-lived
 * signed cookie set by the successful `POST /track`, so the query code never appears in a URL.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { viewApplicantCase } from '../../../use-cases/applications/intake/applicant-case-view.ts';
import type { IntakeApplication } from '../../../use-cases/applications/intake/intake-store.ts';
import { readApplicantLetter } from '../../../use-cases/applications/intake/read-applicant-letter.ts';
import { submitCorrection } from '../../../use-cases/applications/intake/submit-correction.ts';
import { findTrackedApplication, openTrackedApplication } from '../../../use-cases/applications/intake/track-application.ts';
import type { ApplicationFormValues } from '../../../views/pages/portal/apply-form-fields.tsx';
import { TrackPage, trackExpired, trackRefusal } from '../../../views/pages/portal/track-page.tsx';
import { TrackStatusPage } from '../../../views/pages/portal/track-status-page.tsx';
import { NotFoundError } from '../../http-errors.ts';
import { renderPage } from '../../render-page.tsx';
import { loginRateLimit } from '../../security.ts';
import { clearTrackingCookie, credentialTagOf, readTrackingCookie, setTrackingCookie } from './applicant-cookies.ts';
import { formFieldsOf, formValuesOf, uploadsOfForm } from './form-input.ts';
import { intakeDepsOf } from './intake-stores.ts';

const publicAccess = { kind: 'public' } as const;
const expiredUrl = '/track?expired=1';

export function registerTrackRoutes(app: FastifyInstance): void {
  app.get('/track', { config: { access: publicAccess } }, async (request, reply) => {
    const expired = (request.query as Record<string, unknown>)['expired'] === '1';
    return renderTrackPage(reply, '', expired ? { kind: 'info', text: trackExpired } : null);
  });

  // Guessing numbers and codes is slowed like guessing passwords.
  app.post('/track', { config: { access: publicAccess, rateLimit: loginRateLimit } }, async (request, reply) => {
    const fields = (formFieldsOf(request.body) ?? {}) as Record<string, unknown>;
    const trackingNumber = typeof fields['trackingNumber'] === 'string' ? fields['trackingNumber'] : '';
    const queryCode = typeof fields['queryCode'] === 'string' ? fields['queryCode'] : '';
    const application = await openTrackedApplication(intakeDepsOf(request), { trackingNumber, queryCode });
    if (application === null) return renderTrackPage(reply, trackingNumber.slice(0, 60), { kind: 'error', text: trackRefusal }, 422);
    setTrackingCookie(request, reply, application);
    return reply.redirect('/track/status', 303);
  });

  app.get('/track/status', { config: { access: publicAccess } }, async (request, reply) => {
    const application = await trackedApplicationOf(request);
    if (application === null) return reply.redirect(expiredUrl, 303);
    const done = (request.query as Record<string, unknown>)['done'] === 'corrected';
    return renderStatusPage(request, reply, application, { values: {}, issues: [] }, done ? '补正已提交，答复期限自今日起重新计算。' : null);
  });

  app.get('/track/letters/:fileId', { config: { access: publicAccess } }, async (request, reply) => {
    const application = await trackedApplicationOf(request);
    if (application === null) return reply.redirect(expiredUrl, 303);
    const fileId = String((request.params as Record<string, unknown>)['fileId'] ?? '');
    const letter = await readApplicantLetter(intakeDepsOf(request), { applicationId: application.id, fileId });
    if (letter === null) throw new NotFoundError('找不到该文书。');
    return reply
      .header('content-type', letter.mediaType)
      .header('content-disposition', contentDisposition(letter.filename))
      .header('cache-control', 'no-store')
      .send(Buffer.from(letter.content.buffer, letter.content.byteOffset, letter.content.byteLength));
  });

  app.post('/track/correction', { config: { access: publicAccess, rateLimit: loginRateLimit } }, async (request, reply) => {
    const application = await trackedApplicationOf(request);
    if (application === null) return reply.redirect(expiredUrl, 303);
    const deps = intakeDepsOf(request);
    const outcome = await submitCorrection(deps, { applicationId: application.id, input: formFieldsOf(request.body), uploads: uploadsOfForm(request.body), ip: request.ip });
    if (!outcome.ok) return renderStatusPage(request, reply, application, { values: formValuesOf(request.body), issues: outcome.issues }, null, 422);
    return reply.redirect('/track/status?done=corrected', 303);
  });

  app.post('/track/end', { config: { access: publicAccess } }, async (_request, reply) => {
    clearTrackingCookie(reply);
    return reply.redirect('/track', 303);
  });
}

/** The application of the tracking session, re-checked against the stored query code on every request. */
async function trackedApplicationOf(request: FastifyRequest): Promise<IntakeApplication | null> {
  const session = readTrackingCookie(request);
  if (session === null) return null;
  const application = await findTrackedApplication(intakeDepsOf(request), session.applicationId);
  if (application === null || credentialTagOf(request, application.queryCodeHash) !== session.credentialTag) return null;
  return application;
}

async function renderTrackPage(reply: FastifyReply, trackingNumber: string, message: { kind: 'error' | 'info'; text: string } | null, status = 200): Promise<FastifyReply> {
  reply.header('cache-control', 'no-store');
  return renderPage(reply, h(TrackPage, { trackingNumber, message }), { title: '申请查询', layout: 'portal', status });
}

async function renderStatusPage(
  request: FastifyRequest,
  reply: FastifyReply,
  application: IntakeApplication,
  correction: { values: ApplicationFormValues; issues: readonly Issue[] },
  notice: string | null,
  status = 200,
): Promise<FastifyReply> {
  const view = await viewApplicantCase(intakeDepsOf(request), application);
  reply.header('cache-control', 'no-store');
  return renderPage(reply, h(TrackStatusPage, { view, correction, notice }), { title: '申请办理进度', layout: 'portal', status });
}

/** `attachment` with the name in UTF-8 (RFC 6266) and an ASCII fallback for old clients. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * 答复申请人: `GET /console/applications/:id/reply` walks through outcome → letter type → values
 * (query parameters, so it works without JavaScript); `POST` generates the letter and records the
 * reply, then goes back to the case page.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { AccessDeniedError } from '../../../domain/access/access-denied-error.ts';
import { caseStateOf } from '../../../domain/applications/case-state.ts';
import { isOutcomeKey, type OutcomeKey } from '../../../domain/applications/outcome.ts';
import { findStepProblem } from '../../../domain/applications/step-rules.ts';
import { decisionTypes, replyTypesFor, type DecisionType } from '../../../domain/replies/reply-type.ts';
import { getCaseDetails } from '../../../use-cases/applications/cases/get-case-details.ts';
import { replyToApplicant, replyValueNames } from '../../../use-cases/applications/cases/reply-to-applicant.ts';
import { ApplicationsReplyPage } from '../../../views/pages/console/applications-reply-page.tsx';
import { formFields, paramOf } from '../../api/accounts/administration-routing.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';
import { textFields } from '../accounts/form-values.ts';
import { casePageUrl, isCaseRefusal } from './case-page-routes.ts';
import { caseDepsOf, staffActorOf } from './case-handling-deps.ts';

const handleAccess = { access: { kind: 'action', action: 'application.handle' } } as const;

export function registerReplyRoutes(app: FastifyInstance): void {
  app.get('/console/applications/:id/reply', { config: handleAccess }, async (request, reply) => {
    const query = textFields(request.query, ['outcome', 'replyType']);
    const outcome = isOutcomeKey(query['outcome']) && replyTypesFor(query['outcome']).length > 0 ? query['outcome'] : null;
    return renderReplyPage(request, reply, { outcome, replyType: chosenType(outcome, query['replyType'] ?? ''), values: {}, issues: [], error: null, status: 200 });
  });

  app.post('/console/applications/:id/reply', { config: handleAccess }, async (request, reply) => {
    const id = paramOf(request, 'id');
    const values = textFields(request.body, ['outcome', 'replyType', 'on', 'letterDate', 'documentNumber', 'note', ...replyValueNames]);
    const outcome = isOutcomeKey(values['outcome']) ? values['outcome'] : null;
    const replyType = chosenType(outcome, values['replyType'] ?? '');
    try {
      const result = await replyToApplicant(caseDepsOf(request), { actor: staffActorOf(request), applicationId: id, input: formFields(request.body) });
      if (result.ok) return reply.redirect(casePageUrl(id, 'replied'), 303);
      return renderReplyPage(request, reply, { outcome, replyType, values, issues: result.issues, error: null, status: 422 });
    } catch (error) {
      if (!isCaseRefusal(error)) throw error;
      return renderReplyPage(request, reply, { outcome, replyType, values, issues: [], error: error.message, status: 409 });
    }
  });
}

/** The letter type chosen, when it fits the outcome; the only one when there is one. */
function chosenType(outcome: OutcomeKey | null, requested: string): DecisionType | null {
  if (outcome === null) return null;
  const offered = replyTypesFor(outcome);
  if (offered.length === 1) return offered[0]!;
  return (decisionTypes as readonly string[]).includes(requested) && offered.includes(requested as DecisionType) ? (requested as DecisionType) : null;
}

interface ReplyPageState {
  outcome: OutcomeKey | null;
  replyType: DecisionType | null;
  values: Readonly<Record<string, string>>;
  issues: readonly Issue[];
  error: string | null;
  status: number;
}

async function renderReplyPage(request: FastifyRequest, reply: FastifyReply, state: ReplyPageState): Promise<FastifyReply> {
  const details = await getCaseDetails(caseDepsOf(request), { principal: requirePrincipal(request), applicationId: paramOf(request, 'id') });
  if (!details.permissions.canHandle) throw new AccessDeniedError('application.handle', 'outOfScope');
  // A case that cannot be answered now says why instead of offering forms that could only fail.
  const problem = state.error ?? findStepProblem(caseStateOf(details.history.map((e) => e.event)), 'replied')?.message ?? null;
  const page = h(ApplicationsReplyPage, { details, ...state, error: problem });
  return renderPage(reply, page, { title: `答复申请 ${details.record.trackingNumber}`, layout: 'console', status: problem !== null && state.status === 200 ? 409 : state.status });
}

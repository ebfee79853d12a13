/**
 * The review steps from the item page: `POST …/:itemId/submit` (the author), `POST
 * …/:itemId/review/first|second|final` (one route per stage, each with its own action: decision
 * 同意 or 退回修改, a comment, and for 终审 an optional publication time) and `POST …/:itemId/withdraw`.
 * A step the rules refuse comes back to the item page with the message (409), nothing recorded.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Action } from '../../../domain/access/access-table.ts';
import type { ReviewStage } from '../../../domain/catalog/info-item.ts';
import { actionOfStage } from '../../../domain/catalog/review.ts';
import { reviewInfoItem, type StaffReviewCommand } from '../../../use-cases/catalog/items/review-info-item.ts';
import { formFields, paramOf } from '../../api/accounts/administration-routing.ts';
import { checkInput } from '../../validation.ts';
import { infoItemDepsOf, staffActorOf } from './item-deps.ts';
import { failedForm, isItemRefusal, itemPageUrl, renderItemPage } from './item-page.ts';
import { parseReviewForm, withdrawFormSchema } from './item-schema.ts';

const access = (action: Action) => ({ access: { kind: 'action', action } }) as const;

export function registerReviewRoutes(app: FastifyInstance): void {
  app.post('/console/catalog/:itemId/submit', { config: access('info.draft') }, async (request, reply) => runStep(request, reply, { kind: 'submit' }, 'submitted'));

  for (const stage of ['first', 'second', 'final'] as const) {
    app.post(`/console/catalog/:itemId/review/${stage}`, { config: access(actionOfStage[stage]) }, async (request, reply) => {
      const body = formFields(request.body);
      const parsed = parseReviewForm(body);
      if (!parsed.ok) return renderItemPage(request, reply, { failed: failedForm(`review-${stage}`, body, ['decision', 'comment', 'publishAt'], parsed.issues), status: 422 });
      const { decision, comment, publishAt } = parsed.value;
      const command: StaffReviewCommand = decision === 'sendBack' ? { kind: 'sendBack', stage, comment } : { kind: 'approve', stage, comment, publishAt: stage === 'final' ? publishAt : null };
      return runStep(request, reply, command, doneOf(stage, decision));
    });
  }

  app.post('/console/catalog/:itemId/withdraw', { config: access('info.withdraw') }, async (request, reply) => {
    const body = formFields(request.body);
    const parsed = checkInput(withdrawFormSchema, body);
    if (!parsed.ok) return renderItemPage(request, reply, { failed: failedForm('withdraw', body, ['reason'], parsed.issues), status: 422 });
    return runStep(request, reply, { kind: 'withdraw', reason: parsed.value.reason }, 'withdrawn');
  });
}

async function runStep(request: FastifyRequest, reply: FastifyReply, command: StaffReviewCommand, done: string): Promise<FastifyReply> {
  const itemId = paramOf(request, 'itemId');
  try {
    const { transition } = await reviewInfoItem(infoItemDepsOf(request), { actor: staffActorOf(request), itemId, command });
    const outcome = transition.to === 'published' ? 'published' : transition.to === 'scheduled' ? 'scheduled' : done;
    return reply.redirect(itemPageUrl(itemId, outcome), 303);
  } catch (error) {
    if (!isItemRefusal(error)) throw error;
    return renderItemPage(request, reply, { error });
  }
}

function doneOf(stage: ReviewStage, decision: 'approve' | 'sendBack'): string {
  if (decision === 'sendBack') return 'sentBack';
  return stage === 'first' ? 'approvedFirst' : 'approvedSecond';
}

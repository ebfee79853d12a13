/**
 * The case page and what is posted from it: `GET /console/applications/:id` (the case),
 * `GET …/:id/files/:fileId` (an attachment or letter, as a download), `POST …/:id/steps/:step`
 * (a handler's step), `POST …/:id/extension` (the reviewer approves an extension) and
 * `POST …/:id/handler` (assign). Each POST answers with a redirect back to the case page and a
 * notice; a refused step re-renders the case page with the message and its form, nothing recorded.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { DomainError } from '../../../domain/errors.ts';
import { assignHandler } from '../../../use-cases/applications/cases/assign-handler.ts';
import { getCaseDetails } from '../../../use-cases/applications/cases/get-case-details.ts';
import { readCaseFile } from '../../../use-cases/applications/cases/read-case-file.ts';
import { recordStep } from '../../../use-cases/applications/cases/record-step.ts';
import { handlerStepNames, isStepName, type StepName } from '../../../use-cases/applications/cases/step-inputs.ts';
import type { FailedForm } from '../../../views/pages/console/applications-form-fields.tsx';
import { ApplicationsDetailPage } from '../../../views/pages/console/applications-detail-page.tsx';
import { formFields, paramOf } from '../../api/accounts/administration-routing.ts';
import { NotFoundError } from '../../http-errors.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';
import { textFields } from '../accounts/form-values.ts';
import { caseDepsOf, staffActorOf } from './case-handling-deps.ts';
import { fallbackNameOf, sendDownload } from './download.ts';

const notices: Record<string, string> = {
  receipt: '已确认收到申请，答复期限自次日起计算。',
  correction: '已登记补正告知，补正告知书已生成（见“材料与文书”）。答复期限中止，收到补正后重新计算。',
  correctionReceived: '已登记收到补正，答复期限重新计算。',
  close: '本申请已终止办理。',
  closeWithNotice: '本申请已终止办理，不再处理告知书已生成（见“材料与文书”）。',
  thirdParty: '已登记征求第三方意见，征求意见书已生成（不向申请人公开）。征求意见期间暂停计算答复期限。',
  thirdPartyAnswer: '已登记第三方意见，答复期限恢复计算。',
  agencyConsultation: '已登记征求其他机关意见，征求意见期间暂停计算答复期限。',
  agencyConsultationAnswer: '已登记其他机关意见，答复期限恢复计算。',
  extension: '已批准延长答复期限，延长答复期限告知书已生成。',
  feeNotice: '已登记收费通知，收费通知书已生成。',
  feePaid: '已登记缴费。',
  transfer: '本申请已转送。',
  handler: '承办人已更新。',
  replied: '已登记答复，答复书已生成，本申请办结。',
};

/** A refusal by the rules of the case (step rules, deadline engine, calendar): shown on the page, not as an error page. */
export function isCaseRefusal(error: unknown): error is DomainError {
  return error instanceof DomainError && /^(application|deadline|calendar)\./.test(error.code);
}

export function registerCasePageRoutes(app: FastifyInstance): void {
  app.get('/console/applications/:id', { config: { access: { kind: 'action', action: 'application.read' } } }, async (request, reply) => {
    const done = (request.query as Record<string, unknown> | undefined)?.['done'];
    const notice = typeof done === 'string' ? (notices[done] ?? null) : null;
    return renderCasePage(request, reply, { notice, error: null, failed: null, status: 200 });
  });

  app.get('/console/applications/:id/files/:fileId', { config: { access: { kind: 'action', action: 'application.read' } } }, async (request, reply) => {
    const { file, trackingNumber } = await readCaseFile(caseDepsOf(request), { principal: requirePrincipal(request), applicationId: paramOf(request, 'id'), fileId: paramOf(request, 'fileId') });
    return sendDownload(reply, file, fallbackNameOf(trackingNumber, file.letterType ?? file.role, file.filename));
  });

  app.post('/console/applications/:id/steps/:step', { config: { access: { kind: 'action', action: 'application.handle' } } }, async (request, reply) => {
    const step = paramOf(request, 'step');
    if (!isStepName(step) || !handlerStepNames.includes(step)) throw new NotFoundError('没有这个办理步骤。');
    return postStep(request, reply, step);
  });

  app.post('/console/applications/:id/extension', { config: { access: { kind: 'action', action: 'application.review' } } }, async (request, reply) =>
    postStep(request, reply, 'extension'),
  );

  app.post('/console/applications/:id/handler', { config: { access: { kind: 'action', action: 'application.handle' } } }, async (request, reply) => {
    const id = paramOf(request, 'id');
    try {
      const outcome = await assignHandler(caseDepsOf(request), { actor: staffActorOf(request), applicationId: id, input: formFields(request.body) });
      if (outcome.ok) return reply.redirect(casePageUrl(id, 'handler'), 303);
      return renderCasePage(request, reply, { notice: null, error: null, failed: failedForm('handler', request.body, outcome.issues), status: 422 });
    } catch (error) {
      if (!isCaseRefusal(error)) throw error;
      return renderCasePage(request, reply, { notice: null, error: error.message, failed: null, status: 409 });
    }
  });
}

async function postStep(request: FastifyRequest, reply: FastifyReply, step: StepName): Promise<FastifyReply> {
  const id = paramOf(request, 'id');
  try {
    const outcome = await recordStep(caseDepsOf(request), { actor: staffActorOf(request), applicationId: id, step, input: formFields(request.body) });
    if (outcome.ok) return reply.redirect(casePageUrl(id, step === 'close' && outcome.value.letter !== null ? 'closeWithNotice' : step), 303);
    return renderCasePage(request, reply, { notice: null, error: null, failed: failedForm(step, request.body, outcome.issues), status: 422 });
  } catch (error) {
    if (!isCaseRefusal(error)) throw error;
    return renderCasePage(request, reply, { notice: null, error: error.message, failed: failedForm(step, request.body, []), status: 409 });
  }
}

export function casePageUrl(id: string, done: string): string {
  return `/console/applications/${encodeURIComponent(id)}?done=${done}`;
}

const formFieldNames = ['on', 'note', 'items', 'correctBy', 'documentNumber', 'letterDate', 'reason', 'party', 'information', 'agencyName', 'consultationId', 'opinion', 'workingDays', 'method', 'pages', 'paymentMethod', 'toAgencyCode', 'handlerAccountId', '复议机关', '管辖法院'];

function failedForm(form: string, body: unknown, issues: FailedForm['issues']): FailedForm {
  return { form, values: textFields(body, formFieldNames), issues };
}

export interface CasePageState {
  notice: string | null;
  error: string | null;
  failed: FailedForm | null;
  status: number;
}

export async function renderCasePage(request: FastifyRequest, reply: FastifyReply, state: CasePageState): Promise<FastifyReply> {
  const details = await getCaseDetails(caseDepsOf(request), { principal: requirePrincipal(request), applicationId: paramOf(request, 'id') });
  const page = h(ApplicationsDetailPage, { details, notice: state.notice, error: state.error, failed: state.failed });
  return renderPage(reply, page, { title: `申请 ${details.record.trackingNumber}`, layout: 'console', status: state.status });
}

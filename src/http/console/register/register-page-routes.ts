/**
 * The register in the console: `GET /console/register` (the list, filters and table A; `info.read`),
 * `GET /console/register/:itemId` (one document's lifecycle and links; `info.read`) and
 * `POST /console/register/:itemId/events` (record 修改/失效/废止; `register.update`): 303 back to
 * the document, or its page with the problems (422) and nothing written.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { registerEventNames, type RecordableEventKind } from '../../../domain/catalog/register.ts';
import { createRegisterDeps } from '../../../db/stores/register-store.ts';
import { listRegister } from '../../../use-cases/catalog/register/list-register.ts';
import { recordRegisterEvent } from '../../../use-cases/catalog/register/record-register-event.ts';
import { hasSubtree, registerYears } from '../../../use-cases/catalog/register/register-selection.ts';
import { viewRegisterDocument } from '../../../use-cases/catalog/register/view-register-document.ts';
import { RegisterDocumentPage, type RegisterEventForm } from '../../../views/pages/console/register-document-page.tsx';
import { RegisterPage } from '../../../views/pages/console/register-page.tsx';
import { actorOf, formFields, nowOf, paramOf } from '../../api/accounts/administration-routing.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';
import { textFields } from '../accounts/form-values.ts';

const read = { access: { kind: 'action', action: 'info.read' } } as const;
const update = { access: { kind: 'action', action: 'register.update' } } as const;
const emptyForm: RegisterEventForm = { event: '', effectiveOn: '', relatedItemId: '', note: '' };

export function registerRegisterPageRoutes(app: FastifyInstance): void {
  app.get('/console/register', { config: read }, async (request, reply) => {
    const list = await listRegister(depsOf(request), { principal: requirePrincipal(request), query: request.query, now: nowOf(request) });
    const page = h(RegisterPage, { list, years: registerYears(list.today), hasSubtree: hasSubtree(list) });
    return renderPage(reply, page, { title: '规章和行政规范性文件', layout: 'console' });
  });

  app.get('/console/register/:itemId', { config: read }, async (request, reply) => {
    const recorded = (request.query as Record<string, unknown> | undefined)?.['recorded'];
    const notice = typeof recorded === 'string' && Object.hasOwn(registerEventNames, recorded) ? `已登记${registerEventNames[recorded as RecordableEventKind]}。` : null;
    return showDocument(request, reply, { notice, form: emptyForm, issues: [] });
  });

  app.post('/console/register/:itemId/events', { config: update }, async (request, reply) => {
    const itemId = paramOf(request, 'itemId');
    const outcome = await recordRegisterEvent(depsOf(request), { actor: actorOf(request), itemId, input: formFields(request.body) });
    if (outcome.ok) return reply.redirect(`/console/register/${outcome.value.item.id}?recorded=${outcome.value.event.event}`, 303);
    const sent = textFields(request.body, ['event', 'effectiveOn', 'relatedItemId']);
    const note = (request.body as Record<string, unknown> | null)?.['note'];
    const form = { event: sent['event'] ?? '', effectiveOn: sent['effectiveOn'] ?? '', relatedItemId: sent['relatedItemId'] ?? '', note: typeof note === 'string' ? note.slice(0, 500) : '' };
    return showDocument(request, reply, { notice: null, form, issues: outcome.issues }, 422);
  });
}

async function showDocument(request: FastifyRequest, reply: FastifyReply, state: { notice: string | null; form: RegisterEventForm; issues: readonly Issue[] }, status = 200): Promise<FastifyReply> {
  const view = await viewRegisterDocument(depsOf(request), { principal: requirePrincipal(request), itemId: paramOf(request, 'itemId'), now: nowOf(request) });
  return renderPage(reply, h(RegisterDocumentPage, { view, ...state }), { title: view.item.title, layout: 'console', status });
}

function depsOf(request: FastifyRequest) {
  return createRegisterDeps(request.server.deps.handle.db, request.server.deps.now);
}

/**
 * 文书模板: `GET /console/reply-templates` (the letter types of an agency the account may edit),
 * `GET|POST /console/reply-templates/:agencyCode/:letterType` (one template: show, save after the
 * checks) and `POST …/reset` (back to the default). Saving and resetting are audited.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { getTemplateEditor, listTemplates, resetTemplate, saveTemplate } from '../../../use-cases/applications/cases/reply-templates.ts';
import { ReplyTemplatesEditPage } from '../../../views/pages/console/reply-templates-edit-page.tsx';
import { ReplyTemplatesPage } from '../../../views/pages/console/reply-templates-page.tsx';
import { formFields, paramOf } from '../../api/accounts/administration-routing.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';
import { caseDepsOf, staffActorOf } from './case-handling-deps.ts';

const listAccess = { access: { kind: 'action', action: 'replyTemplate.update' } } as const;
const agencyAccess = { access: { kind: 'action', action: 'replyTemplate.update', target: 'agencyParam' } } as const;

const notices: Record<string, string> = { saved: '模板已保存，以后生成的文书使用新模板。', reset: '已恢复默认模板。' };

export function registerReplyTemplateRoutes(app: FastifyInstance): void {
  app.get('/console/reply-templates', { config: listAccess }, async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const agencyCode = typeof query['agencyCode'] === 'string' ? query['agencyCode'] : null;
    const list = await listTemplates(caseDepsOf(request), { principal: requirePrincipal(request), agencyCode });
    return renderPage(reply, h(ReplyTemplatesPage, { list, notice: null }), { title: '文书模板', layout: 'console' });
  });

  app.get('/console/reply-templates/:agencyCode/:letterType', { config: agencyAccess }, async (request, reply) => {
    const done = (request.query as Record<string, unknown> | undefined)?.['done'];
    return renderEditor(request, reply, { text: null, issues: [], notice: typeof done === 'string' ? (notices[done] ?? null) : null });
  });

  app.post('/console/reply-templates/:agencyCode/:letterType', { config: agencyAccess }, async (request, reply) => {
    const target = targetOf(request);
    const outcome = await saveTemplate(caseDepsOf(request), { actor: staffActorOf(request), ...target, input: formFields(request.body) });
    if (outcome.ok) return reply.redirect(`${editorUrl(target)}?done=saved`, 303);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const text = typeof body['template'] === 'string' ? body['template'] : '';
    return renderEditor(request, reply, { text, issues: outcome.issues, notice: null });
  });

  app.post('/console/reply-templates/:agencyCode/:letterType/reset', { config: agencyAccess }, async (request, reply) => {
    const target = targetOf(request);
    await resetTemplate(caseDepsOf(request), { actor: staffActorOf(request), ...target });
    return reply.redirect(`${editorUrl(target)}?done=reset`, 303);
  });
}

function targetOf(request: FastifyRequest): { agencyCode: string; letterType: string } {
  return { agencyCode: paramOf(request, 'agencyCode'), letterType: paramOf(request, 'letterType') };
}

function editorUrl(target: { agencyCode: string; letterType: string }): string {
  return `/console/reply-templates/${encodeURIComponent(target.agencyCode)}/${encodeURIComponent(target.letterType)}`;
}

async function renderEditor(request: FastifyRequest, reply: FastifyReply, state: { text: string | null; issues: readonly Issue[]; notice: string | null }): Promise<FastifyReply> {
  const editor = await getTemplateEditor(caseDepsOf(request), { principal: requirePrincipal(request), ...targetOf(request) });
  const page = h(ReplyTemplatesEditPage, { editor, ...state });
  return renderPage(reply, page, { title: `文书模板：${editor.info.name}`, layout: 'console', status: state.issues.length > 0 ? 422 : 200 });
}

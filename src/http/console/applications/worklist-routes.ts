/**
 * `GET /console/applications`: the worklist of the agencies the account may read, with its unread
 * reminders; `POST /console/reminders/read` marks the account's reminders read (one, or all).
 */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { markRemindersRead } from '../../../use-cases/applications/cases/case-reminders.ts';
import { listWorklist } from '../../../use-cases/applications/cases/list-worklist.ts';
import { ApplicationsPage } from '../../../views/pages/console/applications-page.tsx';
import { formFields } from '../../api/accounts/administration-routing.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';
import { caseDepsOf } from './case-handling-deps.ts';

const readAccess = { access: { kind: 'action', action: 'application.read' } } as const;

export function registerWorklistRoutes(app: FastifyInstance): void {
  app.get('/console/applications', { config: readAccess }, async (request, reply) => {
    const worklist = await listWorklist(caseDepsOf(request), { principal: requirePrincipal(request), query: request.query });
    const done = (request.query as Record<string, unknown> | undefined)?.['done'];
    const notice = done === 'remindersRead' ? '提醒已标为已读。' : null;
    return renderPage(reply, h(ApplicationsPage, { worklist, notice }), { title: '依申请公开', layout: 'console' });
  });

  app.post('/console/reminders/read', { config: readAccess }, async (request, reply) => {
    await markRemindersRead(caseDepsOf(request), { principal: requirePrincipal(request), input: formFields(request.body) });
    return reply.redirect('/console/applications?done=remindersRead', 303);
  });
}

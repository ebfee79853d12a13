/** `GET/POST /console/profile`: the staff member's own display name. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { changeDisplayName } from '../../use-cases/change-display-name.ts';
import { ProfilePage } from '../../views/pages/console/profile-page.tsx';
import { renderPage } from '../render-page.tsx';
import { requireAccount } from '../route-access.ts';
import { createChangeDisplayNameDeps } from '../sign-in-stores.ts';
import { checkInput } from '../validation.ts';

export const profileForm = z.object({ displayName: z.string().max(1000) });

export function registerProfileRoutes(app: FastifyInstance): void {
  const access = { kind: 'action', action: 'staffConsole.enter' } as const;

  app.get('/console/profile', { config: { access } }, async (request, reply) => {
    const account = requireAccount(request);
    const saved = (request.query as Record<string, unknown> | undefined)?.['saved'] === '1';
    return renderPage(reply, h(ProfilePage, { displayName: account.displayName, issues: [], saved }), { title: '账号设置', layout: 'console' });
  });

  app.post('/console/profile', { config: { access } }, async (request, reply) => {
    const account = requireAccount(request);
    const form = checkInput(profileForm, request.body);
    const result = form.ok
      ? await changeDisplayName(createChangeDisplayNameDeps(request.server.deps.handle.db), {
          account: { id: account.id, displayName: account.displayName, agencyId: account.agency.id },
          displayName: form.value.displayName,
          ip: request.ip,
          now: request.server.deps.now(),
        })
      : form;
    if (!result.ok) {
      const page = h(ProfilePage, { displayName: account.displayName, issues: result.issues, saved: false });
      return renderPage(reply, page, { title: '账号设置', layout: 'console', status: 422 });
    }
    return reply.redirect('/console/profile?saved=1', 303);
  });
}

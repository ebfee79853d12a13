/** `GET /console`: the staff console's first page. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { DashboardPage } from '../../views/pages/console/dashboard-page.tsx';
import { renderPage } from '../render-page.tsx';
import { requireAccount } from '../route-access.ts';

const notices: Record<string, string> = {
  passwordChanged: '密码已修改。您在其他设备上的登录已全部退出。',
};

export function registerDashboardRoutes(app: FastifyInstance): void {
  app.get('/console', { config: { access: { kind: 'action', action: 'staffConsole.enter' } } }, async (request, reply) => {
    const account = requireAccount(request);
    const key = (request.query as Record<string, unknown> | undefined)?.['notice'];
    const notice = typeof key === 'string' ? (notices[key] ?? null) : null;
    return renderPage(reply, h(DashboardPage, { account, notice }), { title: '工作台', layout: 'console' });
  });
}

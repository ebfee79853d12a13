/**
 * The public portal: home, the 政府信息公开指南 of each agency (generated from its office data and its
 * catalogue), and the sections still being built. The catalogue itself is in ./catalog/.
 */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { listAgencies } from '../../db/repositories/agencies.ts';
import { viewGuide } from '../../use-cases/catalog/portal/view-guide.ts';
import { GuidePage } from '../../views/pages/portal/guide-page.tsx';
import { HomePage } from '../../views/pages/portal/home-page.tsx';
import { UnderConstructionPage } from '../../views/pages/portal/under-construction-page.tsx';
import { NotFoundError } from '../http-errors.ts';
import { renderPage } from '../render-page.tsx';
import { checkInput } from '../validation.ts';
import { catalogPortalDepsOf } from './catalog/catalog-portal-stores.ts';

const publicAccess = { access: { kind: 'public' } } as const;

const guideParams = z.object({ code: z.string().max(40) });

const sectionsInProgress = [
  { url: '/annual-reports', title: '政府信息公开工作年度报告', purpose: '各行政机关每年1月31日前公布本机关上一年度的政府信息公开工作年度报告。' },
] as const;

export function registerPortalRoutes(app: FastifyInstance): void {
  app.get('/', { config: publicAccess }, async (request, reply) => {
    const agencies = await listAgencies(request.server.deps.handle.db);
    const county = agencies.find((a) => a.parentId === null) ?? null;
    const others = agencies.filter((a) => a !== county);
    return renderPage(reply, h(HomePage, { county, agencies: others }), { title: county?.name ?? '政府信息公开', layout: 'portal' });
  });

  app.get('/guide', { config: publicAccess }, async (request, reply) => {
    const view = await viewGuide(catalogPortalDepsOf(request), { agencyCode: null });
    return renderPage(reply, h(GuidePage, { view }), { title: `${view.agency.name}政府信息公开指南`, layout: 'portal' });
  });

  app.get('/agencies/:code/guide', { config: publicAccess }, async (request, reply) => {
    const params = checkInput(guideParams, request.params);
    if (!params.ok) throw new NotFoundError('该机关不存在，请从首页的机关列表中选择。');
    const view = await viewGuide(catalogPortalDepsOf(request), { agencyCode: params.value.code });
    return renderPage(reply, h(GuidePage, { view }), { title: `${view.agency.name}政府信息公开指南`, layout: 'portal' });
  });

  for (const section of sectionsInProgress) {
    app.get(section.url, { config: publicAccess }, async (_request, reply) =>
      renderPage(reply, h(UnderConstructionPage, { title: section.title, purpose: section.purpose }), { title: section.title, layout: 'portal' }),
    );
  }
}

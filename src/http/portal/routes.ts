/** The public portal: home, the 政府信息公开指南 of each agency, and the sections still being built. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { getAgencyByCode, listAgencies } from '../../db/repositories/agencies.ts';
import type { Agency } from '../../domain/agencies/agency.ts';
import { GuidePage } from '../../views/pages/portal/guide-page.tsx';
import { HomePage } from '../../views/pages/portal/home-page.tsx';
import { UnderConstructionPage } from '../../views/pages/portal/under-construction-page.tsx';
import { NotFoundError } from '../http-errors.ts';
import { renderPage } from '../render-page.tsx';
import { checkInput } from '../validation.ts';

const publicAccess = { access: { kind: 'public' } } as const;

const guideParams = z.object({ code: z.string().max(40) });

const sectionsInProgress = [
  { url: '/catalog', title: '政府信息公开目录', purpose: '政府信息公开目录按主题和体裁分类，列出各行政机关主动公开的政府信息。' },
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
    const agencies = await listAgencies(request.server.deps.handle.db);
    const county = agencies.find((a) => a.parentId === null);
    if (county === undefined) throw new NotFoundError('平台尚未录入行政机关，暂无政府信息公开指南。');
    return renderGuide(reply, county, agencies);
  });

  app.get('/agencies/:code/guide', { config: publicAccess }, async (request, reply) => {
    const params = checkInput(guideParams, request.params);
    const db = request.server.deps.handle.db;
    const agency = params.ok ? await getAgencyByCode(db, params.value.code) : null;
    if (agency === null) throw new NotFoundError('该机关不存在，请从首页的机关列表中选择。');
    return renderGuide(reply, agency, await listAgencies(db));
  });

  for (const section of sectionsInProgress) {
    app.get(section.url, { config: publicAccess }, async (_request, reply) =>
      renderPage(reply, h(UnderConstructionPage, { title: section.title, purpose: section.purpose }), { title: section.title, layout: 'portal' }),
    );
  }
}

function renderGuide(reply: Parameters<typeof renderPage>[0], agency: Agency, agencies: readonly Agency[]) {
  const parent = agencies.find((a) => a.id === agency.parentId) ?? null;
  const others = agencies.filter((a) => a.id !== agency.id);
  return renderPage(reply, h(GuidePage, { agency, parent, others }), { title: `${agency.name}政府信息公开指南`, layout: 'portal' });
}

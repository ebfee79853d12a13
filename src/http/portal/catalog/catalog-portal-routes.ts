/**
 * Registers the public catalogue — `GET /catalog` (every agency) and `GET /agencies/:agencyCode/catalog`
 * (one agency), the item pages and attachments (./item-routes.ts), the feeds and the sitemap
 * (./feed-routes.ts) — and the console's catalogue settings and classification trees
 * (src/http/console/catalog-settings/). The 指南 pages are in ../routes.ts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../app-deps.ts';
import { browseCatalog, type CatalogFilter } from '../../../use-cases/catalog/portal/browse-catalog.ts';
import { agencyCatalogPath } from '../../../use-cases/catalog/portal/item-url.ts';
import { CatalogPage } from '../../../views/pages/portal/catalog-page.tsx';
import { registerCatalogSettingsRoutes } from '../../console/catalog-settings/routes.ts';
import { renderPage } from '../../render-page.tsx';
import { parseInput } from '../../validation.ts';
import { catalogPortalDepsOf } from './catalog-portal-stores.ts';
import { registerFeedRoutes } from './feed-routes.ts';
import { registerItemRoutes } from './item-routes.ts';
import { agencyParamsSchema, catalogQuerySchema } from './schema.ts';

const publicAccess = { access: { kind: 'public' } } as const;

export async function registerCatalogPortalRoutes(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  app.get('/catalog', { config: publicAccess }, async (request, reply) => showCatalog(request, reply, null));
  app.get('/agencies/:agencyCode/catalog', { config: publicAccess }, async (request, reply) => {
    const { agencyCode } = parseInput(agencyParamsSchema, request.params);
    return showCatalog(request, reply, agencyCode);
  });
  registerItemRoutes(app);
  registerFeedRoutes(app);
  registerCatalogSettingsRoutes(app);
}

async function showCatalog(request: FastifyRequest, reply: FastifyReply, scopeCode: string | null): Promise<FastifyReply> {
  const query = parseInput(catalogQuerySchema, request.query);
  const filter: CatalogFilter = {
    agency: scopeCode === null ? (query.agency ?? null) : null,
    subject: query.subject ?? null,
    genre: query.genre ?? null,
    year: query.year ?? null,
    kind: query.kind ?? null,
    page: query.page ?? 1,
  };
  const view = await browseCatalog(catalogPortalDepsOf(request), { scopeCode, filter });
  const basePath = view.scope === null ? '/catalog' : agencyCatalogPath(view.scope.code);
  const title = view.scope === null ? '政府信息公开目录' : `${view.scope.name}政府信息公开目录`;
  return renderPage(reply, h(CatalogPage, { view, basePath }), { title, layout: 'portal' });
}

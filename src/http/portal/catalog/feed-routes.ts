/**
 * `GET /feeds/catalog.atom` and `GET /feeds/catalog.rss` (the latest 50 published items, `?agency=`
 * for one agency) and `GET /sitemap.xml` (the portal's pages and every published item, as a sitemap
 * index with `?page=N` beyond 50,000 URLs). URLs are absolute, on the host the request came to.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listFeedEntries } from '../../../use-cases/catalog/portal/catalog-feed.ts';
import { buildSitemap } from '../../../use-cases/catalog/portal/sitemap.ts';
import { loadSite } from '../../render-page.tsx';
import { parseInput } from '../../validation.ts';
import { catalogPortalDepsOf } from './catalog-portal-stores.ts';
import { buildCatalogFeed } from './feed-presenter.ts';
import { feedQuerySchema, sitemapQuerySchema } from './schema.ts';
import { renderSitemapIndex, renderUrlset } from './sitemap-presenter.ts';

const publicAccess = { access: { kind: 'public' } } as const;
/** Feed readers and crawlers poll; a few minutes of staleness is fine for public data. */
const publicCache = 'public, max-age=300';

const feedFormats = [
  { url: '/feeds/catalog.atom', type: 'application/atom+xml; charset=utf-8', render: 'atom1' },
  { url: '/feeds/catalog.rss', type: 'application/rss+xml; charset=utf-8', render: 'rss2' },
] as const;

export function registerFeedRoutes(app: FastifyInstance): void {
  for (const format of feedFormats) {
    app.get(format.url, { config: publicAccess }, async (request, reply) => {
      const query = parseInput(feedQuerySchema, request.query);
      const deps = catalogPortalDepsOf(request);
      const view = await listFeedEntries(deps, { agencyCode: query.agency ?? null });
      const site = await loadSite(request.server.deps.handle.db);
      const feed = buildCatalogFeed(view, { origin: originOf(request), siteName: site.name, now: deps.now() });
      return reply.type(format.type).header('cache-control', publicCache).send(feed[format.render]());
    });
  }

  app.get('/sitemap.xml', { config: publicAccess }, async (request, reply) => {
    const query = parseInput(sitemapQuerySchema, request.query);
    const sitemap = await buildSitemap(catalogPortalDepsOf(request), { page: query.page ?? null });
    const origin = originOf(request);
    const body = sitemap.kind === 'index' ? renderSitemapIndex(sitemap.pageCount, origin) : renderUrlset(sitemap.urls, origin);
    return reply.type('application/xml; charset=utf-8').header('cache-control', publicCache).send(body);
  });
}

/** The scheme and host the request came to (behind a proxy: as TRUST_PROXY lets Fastify read them). */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

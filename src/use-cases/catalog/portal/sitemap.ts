/**
 * The sitemap: the portal's own pages, then every published item's permanent URL with its last
 * change. A sitemap holds at most 50,000 URLs; beyond that `/sitemap.xml` is a sitemap index whose
 * pages are `/sitemap.xml?page=N`.
 */
import { CatalogNotFoundError } from './catalog-errors.ts';
import type { CatalogPortalDeps } from './catalog-portal-store.ts';
import { agencyCatalogPath, agencyGuidePath, itemPath } from './item-url.ts';

export const sitemapPageSize = 50_000;

/** The portal's pages every sitemap lists first. */
const portalPages = ['/', '/guide', '/catalog', '/search', '/apply', '/track', '/annual-reports'];

export interface SitemapUrl {
  path: string;
  lastModified: Date | null;
}

export type SitemapView = { kind: 'index'; pageCount: number } | { kind: 'urls'; urls: SitemapUrl[] };

/** `page` null: the sitemap itself (an index when one page is not enough); else page N (1-based). */
export async function buildSitemap(deps: CatalogPortalDeps, request: { page: number | null; pageSize?: number }): Promise<SitemapView> {
  const pageSize = request.pageSize ?? sitemapPageSize;
  const agencies = await deps.store.listAgencies();
  const pages: SitemapUrl[] = [...portalPages, ...agencies.flatMap((a) => [agencyGuidePath(a.code), agencyCatalogPath(a.code)])].map((path) => ({ path, lastModified: null }));
  const itemCount = await deps.store.countSitemapItems();
  const pageCount = Math.max(1, Math.ceil((pages.length + itemCount) / pageSize));
  if (request.page === null && pageCount > 1) return { kind: 'index', pageCount };
  const page = request.page ?? 1;
  if (page > pageCount) throw new CatalogNotFoundError('没有这一页网站地图。');
  const start = (page - 1) * pageSize;
  const fixed = pages.slice(start, start + pageSize);
  const offset = Math.max(0, start - pages.length);
  const limit = pageSize - fixed.length;
  const items = limit === 0 ? [] : await deps.store.listSitemapItems({ offset, limit });
  return { kind: 'urls', urls: [...fixed, ...items.map((row) => ({ path: itemPath(row.agencyCode, row.indexNumber), lastModified: row.lastModified }))] };
}

import { describe, expect, it } from 'vitest';
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { CatalogPortalStore, SitemapRow } from './catalog-portal-store.ts';
import { buildSitemap } from './sitemap.ts';

const agency = { code: 'lcx', name: '莲城县人民政府' } as Agency;

/** Only what the sitemap reads: the agencies and N published items in a stable order. */
function storeWith(itemCount: number): CatalogPortalStore {
  const items: SitemapRow[] = Array.from({ length: itemCount }, (_, i) => ({ agencyCode: 'lcx', indexNumber: `X/2025-${i + 1}`, lastModified: new Date('2025-03-03T00:00:00Z') }));
  const store: Partial<CatalogPortalStore> = {
    listAgencies: async () => [agency],
    countSitemapItems: async () => itemCount,
    listSitemapItems: async ({ offset, limit }) => items.slice(offset, offset + limit),
  };
  return store as CatalogPortalStore;
}

const deps = (itemCount: number) => ({ store: storeWith(itemCount), now: () => new Date('2025-03-03T00:00:00Z') });

describe('the sitemap', () => {
  it('lists the portal pages, then every item, on one page when they fit', async () => {
    const sitemap = await buildSitemap(deps(3), { page: null, pageSize: 20 });
    expect(sitemap.kind).toBe('urls');
    if (sitemap.kind !== 'urls') return;
    expect(sitemap.urls.map((u) => u.path)).toEqual(['/', '/guide', '/catalog', '/search', '/apply', '/track', '/annual-reports', '/agencies/lcx/guide', '/agencies/lcx/catalog', '/agencies/lcx/items/X%2F2025-1', '/agencies/lcx/items/X%2F2025-2', '/agencies/lcx/items/X%2F2025-3']);
    expect(sitemap.urls.at(-1)?.lastModified?.toISOString()).toBe('2025-03-03T00:00:00.000Z');
  });

  it('becomes an index over pages when the URLs exceed a page, each URL on exactly one page', async () => {
    const index = await buildSitemap(deps(25), { page: null, pageSize: 10 });
    expect(index).toEqual({ kind: 'index', pageCount: 4 });
    const paths: string[] = [];
    for (let page = 1; page <= 4; page += 1) {
      const part = await buildSitemap(deps(25), { page, pageSize: 10 });
      if (part.kind === 'urls') paths.push(...part.urls.map((u) => u.path));
    }
    expect(paths).toHaveLength(9 + 25);
    expect(new Set(paths).size).toBe(paths.length);
    await expect(buildSitemap(deps(25), { page: 5, pageSize: 10 })).rejects.toThrow('没有这一页网站地图');
  });
});

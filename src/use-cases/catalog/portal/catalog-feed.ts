/** The catalogue's feeds (RSS and Atom): the latest published items of every agency or of one. */
import { CatalogNotFoundError } from './catalog-errors.ts';
import type { CatalogPortalDeps, FeedRow } from './catalog-portal-store.ts';

export const feedItemLimit = 50;

export interface FeedView {
  /** The agency the feed is limited to, or null for every agency. */
  agency: { code: string; name: string } | null;
  entries: FeedRow[];
}

export async function listFeedEntries(deps: CatalogPortalDeps, request: { agencyCode: string | null }): Promise<FeedView> {
  const agency = request.agencyCode === null ? null : ((await deps.store.listAgencies()).find((a) => a.code === request.agencyCode) ?? null);
  if (request.agencyCode !== null && agency === null) throw new CatalogNotFoundError('没有这个机关，无法生成它的订阅。');
  const entries = await deps.store.listLatestPublished({ agencyId: agency?.id ?? null, limit: feedItemLimit });
  return { agency: agency === null ? null : { code: agency.code, name: agency.name }, entries };
}

/**
 * 政府信息公开指南, generated: the agency's disclosure office (address, hours, phone), what it
 * publishes — its catalogue by subject and by genre, with counts — and how to apply. `/guide` is the
 * guide of the site's own government (the root of the agency tree).
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { ClassificationScheme } from '../../../domain/catalog/classification.ts';
import { infoItemKindNames, infoItemKinds, type InfoItemKind } from '../../../domain/catalog/info-item.ts';
import { buildClassificationTree, rollUpCounts } from '../settings/classification-tree.ts';
import { CatalogNotFoundError } from './catalog-errors.ts';
import type { CatalogPortalDeps, FacetCount, StoredClassification } from './catalog-portal-store.ts';

export interface GuideCount {
  code: string;
  name: string;
  count: number;
}

export interface GuideView {
  agency: Agency;
  /** The government above a department or township, for complaints (Art. 51). */
  parent: Agency | null;
  /** The other agencies, to switch guides. */
  others: Agency[];
  catalog: {
    total: number;
    latestPublishedOn: string | null;
    /** Top-level classifications with the agency's published items under them. */
    subjects: GuideCount[];
    genres: GuideCount[];
    kinds: { kind: InfoItemKind; name: string; count: number }[];
  };
}

export async function viewGuide(deps: CatalogPortalDeps, request: { agencyCode: string | null }): Promise<GuideView> {
  const { store } = deps;
  const agencies = await store.listAgencies();
  const agency = request.agencyCode === null ? agencies.find((a) => a.parentId === null) : agencies.find((a) => a.code === request.agencyCode);
  if (agency === undefined) {
    throw new CatalogNotFoundError(request.agencyCode === null ? '平台尚未录入行政机关，暂无政府信息公开指南。' : '该机关不存在，请从首页的机关列表中选择。');
  }
  const query = { agencyId: agency.id };
  const [classifications, latest, facets] = await Promise.all([
    store.listClassifications(),
    store.listPublishedItems(query, { offset: 0, limit: 1 }),
    store.countCatalogFacets(query),
  ]);
  const kindCounts = new Map(facets.counts.kind.map((k) => [k.value, k.count]));
  return {
    agency,
    parent: agencies.find((a) => a.id === agency.parentId) ?? null,
    others: agencies.filter((a) => a.id !== agency.id),
    catalog: {
      total: facets.total,
      latestPublishedOn: latest[0]?.publishedOn ?? null,
      subjects: rootCounts(classifications, 'subject', facets.counts.subject),
      genres: rootCounts(classifications, 'genre', facets.counts.genre),
      kinds: infoItemKinds.filter((k) => (kindCounts.get(k) ?? 0) > 0).map((kind) => ({ kind, name: infoItemKindNames[kind], count: kindCounts.get(kind) ?? 0 })),
    },
  };
}

function rootCounts(classifications: readonly StoredClassification[], scheme: ClassificationScheme, counts: readonly FacetCount[]): GuideCount[] {
  const tree = buildClassificationTree(classifications, scheme);
  const totals = rollUpCounts(tree, new Map(counts.map((c) => [c.value, c.count])));
  return tree.map((entry) => ({ code: entry.node.code, name: entry.node.name, count: totals.get(entry.node.code) ?? 0 })).filter((c) => c.count > 0);
}

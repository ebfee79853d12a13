/**
 * 政府信息公开目录: the published items of every agency (`/catalog`) or of one (`/agencies/:code/catalog`),
 * newest first, filtered by agency, subject (a node and everything under it), genre, year and kind,
 * with the number of items behind each filter value — counted under the other filters, so every
 * number says how many items choosing that value would show.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { ClassificationScheme } from '../../../domain/catalog/classification.ts';
import { infoItemKindNames, infoItemKinds, type InfoItemKind } from '../../../domain/catalog/info-item.ts';
import { buildClassificationTree, codesUnder, findTreeNode, flattenTree, pathTo, rollUpCounts, type ClassificationTreeNode } from '../settings/classification-tree.ts';
import { CatalogFilterError, CatalogNotFoundError } from './catalog-errors.ts';
import type { CatalogFacet, CatalogPortalDeps, CatalogQuery, CatalogRow, FacetCount } from './catalog-portal-store.ts';

export interface CatalogFilter {
  /** Agency code; only on the catalogue of all agencies. */
  agency: string | null;
  subject: string | null;
  genre: string | null;
  year: number | null;
  kind: InfoItemKind | null;
  page: number;
}

export const catalogPageSize = 20;

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** 0 for a root of a tree (and for every value of a flat dimension). */
  depth: number;
  isSelected: boolean;
  /** Shown in the outline: a root, or a child of a node on the way to the chosen one. */
  isInOutline: boolean;
}

export interface CatalogView {
  /** The agency of an agency's own catalogue; null for all agencies. */
  scope: { code: string; name: string } | null;
  filter: CatalogFilter;
  /** The chosen filters in words, in the order of the form. */
  chosen: { facet: CatalogFacet; label: string }[];
  rows: CatalogRow[];
  total: number;
  page: number;
  pageCount: number;
  facets: Record<CatalogFacet, FacetOption[]>;
}

interface Resolved {
  agency: Agency | null;
  subject: ClassificationTreeNode | null;
  genre: ClassificationTreeNode | null;
}

export async function browseCatalog(deps: CatalogPortalDeps, request: { scopeCode: string | null; filter: CatalogFilter }): Promise<CatalogView> {
  const { store } = deps;
  const { filter } = request;
  const [agencies, classifications] = await Promise.all([store.listAgencies(), store.listClassifications()]);
  const scope = request.scopeCode === null ? null : (agencies.find((a) => a.code === request.scopeCode) ?? null);
  if (request.scopeCode !== null && scope === null) throw new CatalogNotFoundError('该机关不存在，请从政府信息公开目录中选择机关。');
  const trees = { subject: buildClassificationTree(classifications, 'subject'), genre: buildClassificationTree(classifications, 'genre') };
  const resolved: Resolved = {
    agency: scope ?? resolveAgency(agencies, filter.agency),
    subject: resolveNode(trees.subject, 'subject', filter.subject),
    genre: resolveNode(trees.genre, 'genre', filter.genre),
  };
  const offset = (filter.page - 1) * catalogPageSize;
  const [rows, facetCounts] = await Promise.all([
    store.listPublishedItems(queryOf(resolved, filter), { offset, limit: catalogPageSize }),
    store.countCatalogFacets(queryOf(resolved, filter)),
  ]);
  const { counts, total } = facetCounts;
  return {
    scope: scope === null ? null : { code: scope.code, name: scope.name },
    filter,
    chosen: describeChosen(resolved, filter, scope !== null),
    rows,
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / catalogPageSize)),
    facets: {
      agency: scope === null ? agencyOptions(agencies, counts.agency, resolved.agency) : [],
      subject: treeOptions(trees.subject, counts.subject, resolved.subject),
      genre: treeOptions(trees.genre, counts.genre, resolved.genre),
      year: flatOptions(counts.year, filter.year === null ? null : String(filter.year), (v) => `${v}年`).sort((a, b) => Number(b.value) - Number(a.value)),
      kind: kindOptions(counts.kind, filter.kind),
    },
  };
}

/** The query under every chosen filter. */
function queryOf(resolved: Resolved, filter: CatalogFilter): CatalogQuery {
  const query: CatalogQuery = {};
  if (resolved.agency !== null) query.agencyId = resolved.agency.id;
  if (resolved.subject !== null) query.subjectCodes = codesUnder(resolved.subject);
  if (resolved.genre !== null) query.genreCodes = codesUnder(resolved.genre);
  if (filter.year !== null) query.year = filter.year;
  if (filter.kind !== null) query.kind = filter.kind;
  return query;
}

function resolveAgency(agencies: readonly Agency[], code: string | null): Agency | null {
  if (code === null) return null;
  const agency = agencies.find((a) => a.code === code);
  if (agency === undefined) throw new CatalogFilterError('没有这个机关，请在“发布机关”中重新选择。');
  return agency;
}

const schemeWords: Record<ClassificationScheme, string> = { subject: '主题分类', genre: '体裁分类' };

function resolveNode(tree: readonly ClassificationTreeNode[], scheme: ClassificationScheme, code: string | null): ClassificationTreeNode | null {
  if (code === null) return null;
  const node = findTreeNode(tree, code);
  if (node === null) throw new CatalogFilterError(`没有这个${schemeWords[scheme]}，请在“${schemeWords[scheme]}”中重新选择。`);
  return node;
}

function describeChosen(resolved: Resolved, filter: CatalogFilter, isScoped: boolean): CatalogView['chosen'] {
  const chosen: CatalogView['chosen'] = [];
  if (!isScoped && resolved.agency !== null) chosen.push({ facet: 'agency', label: resolved.agency.name });
  if (resolved.subject !== null) chosen.push({ facet: 'subject', label: resolved.subject.node.name });
  if (resolved.genre !== null) chosen.push({ facet: 'genre', label: resolved.genre.node.name });
  if (filter.year !== null) chosen.push({ facet: 'year', label: `${filter.year}年` });
  if (filter.kind !== null) chosen.push({ facet: 'kind', label: infoItemKindNames[filter.kind] });
  return chosen;
}

/** Agencies with items (and the chosen one even without), in the agency list's order. */
function agencyOptions(agencies: readonly Agency[], counts: readonly FacetCount[], chosen: Agency | null): FacetOption[] {
  const byId = new Map(counts.map((c) => [c.value, c.count]));
  return agencies
    .filter((a) => (byId.get(a.id) ?? 0) > 0 || a.id === chosen?.id)
    .map((a) => ({ value: a.code, label: a.name, count: byId.get(a.id) ?? 0, depth: 0, isSelected: a.id === chosen?.id, isInOutline: true }));
}

/**
 * A tree's nodes with items under them, parents first. The outline shows the roots and opens the
 * way to the chosen node (its ancestors' children and its own children).
 */
export function treeOptions(tree: readonly ClassificationTreeNode[], counts: readonly FacetCount[], chosen: ClassificationTreeNode | null): FacetOption[] {
  const totals = rollUpCounts(tree, new Map(counts.map((c) => [c.value, c.count])));
  const open = new Set(chosen === null ? [] : pathTo(tree, chosen.node.code).map((entry) => entry.node.code));
  return flattenTree(tree)
    .filter((entry) => (totals.get(entry.node.code) ?? 0) > 0 || entry.node.code === chosen?.node.code)
    .map((entry) => ({
      value: entry.node.code,
      label: entry.node.name,
      count: totals.get(entry.node.code) ?? 0,
      depth: entry.depth,
      isSelected: entry.node.code === chosen?.node.code,
      isInOutline: entry.depth === 0 || (entry.node.parentCode !== null && open.has(entry.node.parentCode)),
    }));
}

function flatOptions(counts: readonly FacetCount[], chosen: string | null, label: (value: string) => string): FacetOption[] {
  const options = counts.filter((c) => c.count > 0).map((c) => ({ value: c.value, label: label(c.value), count: c.count, depth: 0, isSelected: c.value === chosen, isInOutline: true }));
  if (chosen !== null && !options.some((o) => o.isSelected)) options.push({ value: chosen, label: label(chosen), count: 0, depth: 0, isSelected: true, isInOutline: true });
  return options;
}

function kindOptions(counts: readonly FacetCount[], chosen: InfoItemKind | null): FacetOption[] {
  const byKind = new Map(counts.map((c) => [c.value, c.count]));
  return infoItemKinds
    .filter((kind) => (byKind.get(kind) ?? 0) > 0 || kind === chosen)
    .map((kind) => ({ value: kind, label: infoItemKindNames[kind], count: byKind.get(kind) ?? 0, depth: 0, isSelected: kind === chosen, isInOutline: true }));
}

/** The choices of the search form's filters: agencies, the subject and genre trees (depth for indenting), kinds, years. */
import { infoItemKindNames, infoItemKinds, type InfoItemKind } from '../../../domain/catalog/info-item.ts';
import type { SearchClassification, SearchStore } from './search-store.ts';

export interface SearchOption {
  value: string;
  label: string;
  /** 0 for a root, 1 for its children. */
  depth: number;
}

export interface SearchOptions {
  agencies: SearchOption[];
  subjects: SearchOption[];
  genres: SearchOption[];
  kinds: { value: InfoItemKind; label: string }[];
  /** Newest first, from this year back to 2008 (the year the disclosure regulations took effect). */
  years: number[];
}

const firstYear = 2008;

export async function loadSearchOptions(deps: { store: SearchStore }, request: { now: Date }): Promise<SearchOptions> {
  const [agencies, classifications] = await Promise.all([deps.store.listAgencies(), deps.store.listClassifications()]);
  const thisYear = Number(request.now.toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
  return {
    agencies: agencies.map((agency) => ({ value: agency.code, label: agency.name, depth: 0 })),
    subjects: treeOptions(classifications.filter((c) => c.scheme === 'subject')),
    genres: treeOptions(classifications.filter((c) => c.scheme === 'genre')),
    kinds: infoItemKinds.map((kind) => ({ value: kind, label: infoItemKindNames[kind] })),
    years: Array.from({ length: Math.max(1, thisYear - firstYear + 1) }, (_, i) => thisYear - i),
  };
}

// Roots in their order, each followed by its children.
function treeOptions(nodes: readonly SearchClassification[]): SearchOption[] {
  return nodes
    .filter((node) => node.parentCode === null)
    .flatMap((root) => [
      { value: root.code, label: root.name, depth: 0 },
      ...nodes.filter((node) => node.parentCode === root.code).map((child) => ({ value: child.code, label: child.name, depth: 1 })),
    ]);
}

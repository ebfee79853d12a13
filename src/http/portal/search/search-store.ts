/** The search port (src/use-cases/catalog/search/search-store.ts) built from the repositories. */
import type { Database } from '../../../db/database.ts';
import { listAgencies } from '../../../db/repositories/agencies.ts';
import { findSimilarTitles, listClassificationNodes, searchPublishedItems } from '../../../db/repositories/search.ts';
import type { SearchStore } from '../../../use-cases/catalog/search/search-store.ts';

export function createSearchStore(db: Database): SearchStore {
  return {
    searchPublished: (criteria) => searchPublishedItems(db, criteria),
    findSimilarTitles: (criteria) => findSimilarTitles(db, criteria),
    listAgencies: () => listAgencies(db),
    listClassifications: () => listClassificationNodes(db),
  };
}

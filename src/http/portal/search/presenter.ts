/** The API's view of a search: exactly `{ total, items: [{ title, indexNumber, publisher, publishedOn, url }] }`. */
import type { SearchResult } from '../../../use-cases/catalog/search/search-catalog.ts';

export interface SearchResponse {
  total: number;
  items: { title: string; indexNumber: string; publisher: string; publishedOn: string | null; url: string }[];
}

export function presentSearch(result: SearchResult): SearchResponse {
  return {
    total: result.total,
    items: result.hits.map(({ title, indexNumber, publisher, publishedOn, url }) => ({ title, indexNumber, publisher, publishedOn, url })),
  };
}

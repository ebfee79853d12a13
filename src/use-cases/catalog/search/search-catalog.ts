/**
 * Catalogue search: the query is parsed into jieba terms (domain/search), the store finds the
 * published items (full text; when that finds nothing, titles similar to the query), and each hit
 * comes back with its title and a body snippet cut into highlighted segments.
 */
import { highlightText, snippetOf, type HighlightSegment } from '../../../domain/search/highlight.ts';
import { highlightNeedles, parseSearchQuery, type ParsedQuery } from '../../../domain/search/parse-query.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { checkInput } from '../../input-check.ts';
import { itemPath } from '../portal/item-url.ts';
import { searchInputLabels, searchInputSchema, type SearchInput } from './search-input.ts';
import type { FullTextCriteria, SearchFilters, SearchRow, SearchStore } from './search-store.ts';

/** `fullText`: items containing the query; `similarTitles`: none did, these titles resemble it; `none`: nothing at all. */
export type SearchMode = 'fullText' | 'similarTitles' | 'none';

export interface SearchHit {
  title: string;
  indexNumber: string;
  publisher: string;
  publishedOn: string | null;
  agencyCode: string;
  /** The item's permanent URL. */
  url: string;
  titleSegments: HighlightSegment[];
  snippet: HighlightSegment[];
}

export interface SearchResult {
  input: SearchInput;
  query: ParsedQuery;
  mode: SearchMode;
  /** Items found (`isTotalExact` false: more than this many). */
  total: number;
  isTotalExact: boolean;
  /** How many are ranked and paged through: all found, or the newest of them up to a window. */
  ranked: number;
  page: number;
  pageSize: number;
  pageCount: number;
  hits: SearchHit[];
}

/** Searches the published catalogue; bad input comes back as issues (in Chinese). */
export async function searchCatalog(deps: { store: SearchStore }, request: { input: unknown }): Promise<Outcome<SearchResult>> {
  const checked = checkInput(searchInputSchema, request.input, searchInputLabels);
  if (!checked.ok) return fail(checked.issues);
  return succeed(await runSearch(deps.store, checked.value));
}

/** The search for input already checked (the portal page checks its form with its own schema). */
export async function runSearch(store: SearchStore, input: SearchInput): Promise<SearchResult> {
  const query = parseSearchQuery(input.q);
  const filters = filtersOf(input);
  const base = { input, query, page: input.page, pageSize: input.pageSize };
  // A query of punctuation only has no word to look for: nothing is found, nothing is asked.
  const nothing = { isTotalExact: true, total: 0, ranked: 0, pageCount: 0, hits: [] };
  if (query.terms.length === 0) return { ...base, ...nothing, mode: 'none' };
  const found = await store.searchPublished(fullTextCriteriaOf(query, filters, { limit: input.pageSize, offset: (input.page - 1) * input.pageSize }));
  if (found.total > 0) {
    const { total, isTotalExact, ranked } = found;
    // Past the ranked window there is nothing to page to, even if the store found more.
    const hits = (input.page - 1) * input.pageSize < ranked ? present(found.rows, query) : [];
    return { ...base, mode: 'fullText', total, isTotalExact, ranked, pageCount: Math.ceil(ranked / input.pageSize), hits };
  }
  const similar = await store.findSimilarTitles({ text: query.text, filters, limit: input.pageSize });
  if (similar.length === 0) return { ...base, ...nothing, mode: 'none' };
  const count = similar.length;
  return { ...base, page: 1, mode: 'similarTitles', total: count, isTotalExact: true, ranked: count, pageCount: 1, hits: present(similar, query) };
}

/** What the store is asked for a parsed query (exported for the benchmark's checks). */
export function fullTextCriteriaOf(query: ParsedQuery, filters: SearchFilters, page: { limit: number; offset: number }): FullTextCriteria {
  return {
    terms: query.terms.map((t) => ({ tokens: t.tokens.join(' '), grams: t.grams.join(' '), isPhrase: t.isPhrase })),
    titleTerms: query.terms.map((t) => t.text),
    filters,
    ...page,
  };
}

function filtersOf(input: SearchInput): SearchFilters {
  const filters: SearchFilters = {};
  if (input.agency !== undefined) filters.agencyCode = input.agency;
  if (input.subject !== undefined) filters.subjectCode = input.subject;
  if (input.genre !== undefined) filters.genreCode = input.genre;
  if (input.kind !== undefined) filters.kind = input.kind;
  if (input.from !== undefined) filters.fromYear = input.from;
  if (input.to !== undefined) filters.toYear = input.to;
  return filters;
}

function present(rows: readonly SearchRow[], query: ParsedQuery): SearchHit[] {
  const needles = highlightNeedles(query);
  return rows.map((row) => ({
    title: row.title,
    indexNumber: row.indexNumber,
    publisher: row.publisher,
    publishedOn: row.publishedOn,
    agencyCode: row.agencyCode,
    url: itemPath(row.agencyCode, row.indexNumber),
    titleSegments: highlightText(row.title, needles),
    snippet: snippetOf(row.bodyStart, needles),
  }));
}

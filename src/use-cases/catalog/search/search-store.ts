/**
 * What catalogue search needs from the database (implemented by src/db/repositories/search.ts,
 * wired in src/http/portal/search/search-store.ts). Every read is one query; only published items
 * are ever returned.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { ClassificationNode, ClassificationScheme } from '../../../domain/catalog/classification.ts';
import type { InfoItemKind } from '../../../domain/catalog/info-item.ts';

export interface SearchFilters {
  agencyCode?: string;
  /** A classification code: the node and its children. */
  subjectCode?: string;
  genreCode?: string;
  kind?: InfoItemKind;
  /** Years of publication, inclusive. */
  fromYear?: number;
  toYear?: number;
}

/**
 * One search term: found when its bigrams stand in a row (the text contains it), or — unless it is
 * a quoted phrase — when its jieba tokens all occur; a phrase's tokens must then stand in a row.
 */
export interface TermCriteria {
  /** jieba tokens, space-separated. */
  tokens: string;
  /** Character bigrams, space-separated. */
  grams: string;
  isPhrase: boolean;
}

export interface FullTextCriteria {
  /** Every term must be found (see `TermCriteria`). */
  terms: readonly TermCriteria[];
  /** The terms as typed (lower-cased); an item whose title holds them all comes first. */
  titleTerms: readonly string[];
  filters: SearchFilters;
  limit: number;
  offset: number;
}

export interface SearchRow {
  id: string;
  agencyCode: string;
  indexNumber: string;
  title: string;
  publisher: string;
  publishedOn: string | null;
  /** The start of the body's plain text (for the snippet). */
  bodyStart: string;
}

export interface SearchClassification extends ClassificationNode {
  scheme: ClassificationScheme;
}

export interface SearchStore {
  /**
   * The page of matches and their number (`isTotalExact` false: at least that many). Only the
   * newest matches, up to a window, are ranked and can be paged through: `ranked` of them.
   */
  searchPublished(criteria: FullTextCriteria): Promise<{ total: number; isTotalExact: boolean; ranked: number; rows: SearchRow[] }>;
  findSimilarTitles(criteria: { text: string; filters: SearchFilters; limit: number }): Promise<SearchRow[]>;
  listAgencies(): Promise<Agency[]>;
  listClassifications(): Promise<SearchClassification[]>;
}

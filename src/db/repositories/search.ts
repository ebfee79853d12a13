/**
 * Full-text search over the published catalogue, the same SQL on PGlite and PostgreSQL.
 *
 * Each term's jieba tokens and character bigrams reach PostgreSQL only as bound parameters of
 * `plainto_tsquery` (all present) or `phraseto_tsquery` (quoted: in a row) in the `simple`
 * configuration the index was written in (domain/search/tokenize.ts), so no character the person
 * typed is read as tsquery, LIKE or regex syntax; titles are compared with `strpos`. Order:
 * items whose title holds every term as typed first, then `ts_rank_cd` (title A, body B,
 * attachments C), then the newest. When nothing matches, titles similar to the query are found
 * with pg_trgm (`<%`, word similarity, on the title's trigram index).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { FullTextCriteria, SearchFilters, TermCriteria } from '../../use-cases/catalog/search/search-store.ts';
import { queryRows, type Database } from '../database.ts';

// A type, not an interface: raw rows must be assignable to Record<string, unknown>.
export type SearchHitRow = {
  id: string;
  agencyCode: string;
  indexNumber: string;
  title: string;
  publisher: string;
  publishedOn: string | null;
  /** The start of the body's plain text, for the snippet. */
  bodyStart: string;
};

export interface SearchPageRows {
  /** How many published items match; when `isTotalExact` is false, at least this many. */
  total: number;
  isTotalExact: boolean;
  /** How many of them are ranked and can be paged through: the newest, at most the window. */
  ranked: number;
  rows: SearchHitRow[];
}

/** The body text read for a snippet: a hit further in is not shown, the snippet then shows the start. */
const snippetSourceCharacters = 20_000;

/** Word similarity (0–1) a title needs to be offered when the full-text search found nothing. */
export const fuzzyTitleThreshold = 0.4;

/** Weights of D, C, B, A (PostgreSQL's order): attachments 0.2, body 0.4, title 1. */
const rankWeights = '{0.1, 0.2, 0.4, 1.0}';

/**
 * At most this many matches are ranked and can be paged through (25 pages of 10): the newest
 * ones. Ranking reads each candidate's search vector, and finding the newest matches of a word
 * costs about (window ÷ share of items holding it) vector reads — so the window is what keeps a
 * search of a common word fast (see `searchTuning`).
 */
export const rankingWindow = 250;

/**
 * How the newest matches are found depends on how common the words are, which the newest
 * `probeRows` items tell. Common words (at least one item in `denseShare` holds them) are found by
 * reading items newest first until the window is full — never more than `denseScanRows` — and
 * their number is then only known to exceed the window. Other words go through the full-text
 * index, which reads every match once (a heap row, no vector) and so also counts them exactly.
 * Measured on both kinds: reading a vector ~9 µs, a match through the index ~1.7 µs; at 100,000
 * items the two ways cost the same (~20 ms) for a word in one item in 9. PostgreSQL's planner
 * cannot make this choice itself: it does not count the cost of reading a search vector, and
 * PGlite has no statistics unless someone runs ANALYZE.
 */
export const searchTuning = { window: rankingWindow, probeRows: 200, denseShare: 9, denseScanRows: 10_000 };

export type SearchTuning = typeof searchTuning;

/**
 * One page of the published items matching the criteria, best first, and how many match. Call it
 * outside a transaction: the index path's `SET LOCAL` would otherwise outlive the search.
 */
export async function searchPublishedItems(db: Database, criteria: FullTextCriteria, tuning: SearchTuning = searchTuning): Promise<SearchPageRows> {
  const query = tsqueryOf(criteria);
  if (query === null) return { total: 0, isTotalExact: true, ranked: 0, rows: [] };
  const filters = filtersOf(criteria.filters);
  if (isReadNewestFirst(criteria.filters) && (await isCommon(db, query, filters, tuning))) {
    const rows = await queryRows<PageRow>(db, rankedPage(denseMatches(filters, query, tuning), { query, criteria, tuning, isCounted: false }));
    const found = rows[0]?.total ?? 0;
    if (found > tuning.window) return { total: tuning.window, isTotalExact: false, ranked: tuning.window, rows: pageRows(rows) };
    // The window was not filled from the newest items (the probe misjudged): take the index after all.
  }
  const rows = await db.transaction(async (tx) => {
    // Through the full-text index: never a scan that reads every item's search vector.
    await tx.execute(sql`set local enable_seqscan = off`);
    await tx.execute(sql`set local enable_indexscan = off`);
    return queryRows<PageRow>(tx, rankedPage(indexedMatches(filters, query), { query, criteria, tuning, isCounted: true }));
  });
  const total = rows[0]?.total ?? 0;
  return { total, isTotalExact: true, ranked: Math.min(total, tuning.window), rows: pageRows(rows) };
}

type PageRow = Omit<SearchHitRow, 'id'> & { id: string | null; total: number };

// Agency and years narrow the (agency, status, published_on) and (status, published_on) indexes
// the newest items are read through; kind, subject and genre would make that read skip most rows.
function isReadNewestFirst(filters: SearchFilters): boolean {
  return filters.kind === undefined && filters.subjectCode === undefined && filters.genreCode === undefined;
}

async function isCommon(db: Database, query: SQL, filters: SQL, tuning: SearchTuning): Promise<boolean> {
  const [probe] = await queryRows<{ matches: number }>(
    db,
    sql`select count(*)::int as matches from (${newestPublished(filters, tuning.probeRows)}) r where r.search_vector @@ ${query}`,
  );
  return (probe?.matches ?? 0) * tuning.denseShare >= tuning.probeRows;
}

function pageRows(rows: readonly PageRow[]): SearchHitRow[] {
  return rows.flatMap(({ total: _total, id, ...row }) => (id === null ? [] : [{ id, ...row }]));
}

// The newest published items (with the filters), read through the (status, published_on) index.
function newestPublished(filters: SQL, limit: number): SQL {
  return sql`select i.id, i.published_on, i.title, i.search_vector from info_items i
             where i.status = 'published' ${filters}
             order by i.published_on desc limit ${limit}`;
}

// Common words: the newest items are read one by one (a few thousand fill the window).
function denseMatches(filters: SQL, query: SQL, tuning: SearchTuning): SQL {
  return sql`select r.* from (${newestPublished(filters, tuning.denseScanRows)}) r where r.search_vector @@ ${query}`;
}

function indexedMatches(filters: SQL, query: SQL): SQL {
  return sql`select i.id, i.published_on, i.title, i.search_vector from info_items i
             where i.status = 'published' and i.search_vector @@ ${query} ${filters}`;
}

/**
 * The newest window + 1 of the matches, ranked, one page of them, and on every row `total`: all
 * matches when `isCounted` (the index gives them all anyway), else the candidates. A page past the
 * end gives one row with a null id, so the number is still known.
 */
function rankedPage(matches: SQL, options: { query: SQL; criteria: FullTextCriteria; tuning: SearchTuning; isCounted: boolean }): SQL {
  const { query, criteria, tuning, isCounted } = options;
  return sql`with candidates as (
               select m.id, m.published_on, m.title, m.search_vector, ${isCounted ? sql`count(*) over ()` : sql`0`} as matches
               from (${matches}) m
               order by m.published_on desc limit ${tuning.window + 1}
             ),
             page as (
               select c.id, c.published_on,
                      ${titleHoldsAll(criteria.titleTerms)} as title_hit,
                      ts_rank_cd(${rankWeights}::float4[], c.search_vector, ${query}) as rank
               from candidates c
               order by title_hit desc, rank desc, c.published_on desc, c.id
               limit ${criteria.limit} offset ${criteria.offset}
             ),
             counted as (select ${isCounted ? sql`coalesce(max(matches), 0)` : sql`count(*)`}::int as total from candidates)
             ${selectHits(sql`counted.total`)}
             from counted
             left join (page p join info_items i on i.id = p.id join agencies a on a.id = i.agency_id) on true
             order by p.title_hit desc, p.rank desc, p.published_on desc, p.id`;
}

/** Published items whose title is similar to the text (pg_trgm word similarity), most similar first. */
export async function findSimilarTitles(
  db: Database,
  criteria: { text: string; filters: SearchFilters; limit: number },
): Promise<SearchHitRow[]> {
  const text = storable(criteria.text);
  if (text.trim() === '') return [];
  // `<%` uses the trigram index with the session's threshold; set it for this transaction only.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(fuzzyTitleThreshold)}, true)`);
    const rows = await queryRows<SearchHitRow & { similarity: number }>(
      tx,
      sql`${selectHits(sql`word_similarity(${text}, i.title) as similarity`)}
          from info_items i join agencies a on a.id = i.agency_id
          where i.status = 'published' and ${text} <% i.title ${filtersOf(criteria.filters)}
          order by similarity desc, i.published_on desc nulls last, i.id
          limit ${criteria.limit}`,
    );
    return rows.map(({ similarity: _similarity, ...row }) => row);
  });
}

function selectHits(extra: SQL): SQL {
  return sql`select i.id::text as "id", a.code as "agencyCode", i.index_number as "indexNumber", i.title,
                    i.publisher, i.published_on::text as "publishedOn",
                    left(i.body_text, ${snippetSourceCharacters}) as "bodyStart", ${extra}`;
}

// Every term; null when there is nothing to look for.
function tsqueryOf(criteria: FullTextCriteria): SQL | null {
  const parts = criteria.terms.filter((term) => term.tokens.trim() !== '' || term.grams.trim() !== '').map(termQuery);
  return parts.length === 0 ? null : sql`(${sql.join(parts, sql` && `)})`;
}

// Phrase operators make the index recheck every match against its stored vector, which costs:
// only a quoted term gets them; an unquoted one needs its words, or its bigrams, all present.
function termQuery(term: TermCriteria): SQL {
  const toQuery = term.isPhrase ? sql`phraseto_tsquery` : sql`plainto_tsquery`;
  return sql`(${toQuery}('simple', ${storable(term.tokens)}) || ${toQuery}('simple', ${storable(term.grams)}))`;
}

// strpos, not LIKE: `%` and `_` in a term are plain characters.
function titleHoldsAll(terms: readonly string[]): SQL {
  if (terms.length === 0) return sql`false`;
  return sql`(${sql.join(
    terms.map((term) => sql`strpos(lower(c.title), ${storable(term)}) > 0`),
    sql` and `,
  )})`;
}

function filtersOf(filters: SearchFilters): SQL {
  const conditions: SQL[] = [];
  if (filters.agencyCode !== undefined) {
    conditions.push(sql`i.agency_id = (select id from agencies where code = ${storable(filters.agencyCode)})`);
  }
  if (filters.subjectCode !== undefined) conditions.push(inClassification(sql`i.subject_code`, 'subject', filters.subjectCode));
  if (filters.genreCode !== undefined) conditions.push(inClassification(sql`i.genre_code`, 'genre', filters.genreCode));
  if (filters.kind !== undefined) conditions.push(sql`i.kind = ${filters.kind}`);
  if (filters.fromYear !== undefined) conditions.push(sql`i.published_on >= ${`${filters.fromYear}-01-01`}::date`);
  if (filters.toYear !== undefined) conditions.push(sql`i.published_on < ${`${filters.toYear + 1}-01-01`}::date`);
  return conditions.length === 0 ? sql`` : sql` and ${sql.join(conditions, sql` and `)}`;
}

// `= any(array(…))` rather than `or … in (…)`: an index on the code can then narrow the search.
function inClassification(column: SQL, scheme: 'subject' | 'genre', code: string): SQL {
  const value = storable(code);
  return sql`${column} = any(array(select c.code from classifications c where c.scheme = ${scheme} and (c.code = ${value} or c.parent_code = ${value})))`;
}

// PostgreSQL text cannot hold NUL; the use case has normalised it away already, this keeps the
// repository safe for any caller.
function storable(text: string): string {
  return text.replaceAll('\u0000', '');
}

/** The subject and genre trees, for the search form's filters: roots first, each level by position. */
export async function listClassificationNodes(
  db: Database,
): Promise<{ scheme: 'subject' | 'genre'; code: string; name: string; parentCode: string | null }[]> {
  return queryRows(
    db,
    sql`select scheme, code, name, parent_code as "parentCode" from classifications
        order by scheme, parent_code nulls first, position, code`,
  );
}

/**
 * Catalogue search at scale: a fresh database of each kind gets N published items of realistic
 * Chinese text (titles, bodies of a few hundred characters, several agencies, seven years),
 * written with batched SQL exactly as the application indexes them (jieba tokens, weights A/B);
 * then ≥ 200 queries — two-word phrases, single words, rare and common terms, filters, queries
 * that find nothing — go through the same use case as `/search`. Prints the build time and
 * p50/p95/p99 per kind, and checks on a sample of phrase queries that every item containing the
 * phrase is found and that items whose title holds it come first.
 *
 * Run alone: npx tsx bench/search.ts [--items 100000] [--queries 240] [--kinds pglite,postgres]
 *   [--postgres postgres://postgres@127.0.0.1:5432/postgres] (a fresh database is created there and dropped)
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { queryRows, type Database, type DatabaseHandle, type DatabaseKind } from '../src/db/database.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { createAgency } from '../src/db/repositories/agencies.ts';
import { rankingWindow, searchPublishedItems, searchTuning } from '../src/db/repositories/search.ts';
import { parseSearchQuery } from '../src/domain/search/parse-query.ts';
import { tokenString } from '../src/domain/search/tokenize.ts';
import { createSearchStore } from '../src/http/portal/search/search-store.ts';
import { fullTextCriteriaOf, runSearch } from '../src/use-cases/catalog/search/search-catalog.ts';
import type { SearchInput } from '../src/use-cases/catalog/search/search-input.ts';
import { corpusAgencies, generateCorpus, type CorpusItem } from '../src/domain/catalog/demo-corpus.ts';

export interface SearchBenchOptions {
  items: number;
  queries: number;
  kinds: readonly DatabaseKind[];
  postgresUrl: string;
  /** Keep the PostgreSQL database afterwards (its name is printed), to look at query plans. */
  keep?: boolean;
}

interface PlannedQuery {
  category: 'phrase' | 'word' | 'rare' | 'common' | 'filtered' | 'nothing';
  input: SearchInput;
}

interface KindResult {
  kind: DatabaseKind;
  buildMs: number;
  latencies: Map<PlannedQuery['category'], number[]>;
  /**
   * CPU time of this process per query: for PGlite (in this process) the work itself, whatever
   * else the machine is doing; for PostgreSQL only the client's share.
   */
  cpu: number[];
  /** The five slowest queries, to see what costs. */
  slowest: { q: string; category: string; ms: number; total: number }[];
  checks: { phrases: number; overWindow: number; missing: number; titleOrderViolations: number };
}

const batchSize = 500;
const corpusSeed = 20260101;
/** Items read to choose the queries (the first of the corpus: the same generator and seed). */
const sampleSize = 3000;

export async function benchSearch(options: SearchBenchOptions): Promise<KindResult[]> {
  console.log(`\nSearch: ${options.items} items, ${options.queries} queries per database kind`);
  const plan = planQueries([...generateCorpus(sampleSize, corpusSeed)], options.queries);
  const checked = plan.filter((q) => q.category === 'phrase').slice(0, 20).map((q) => q.input.q);
  const results: KindResult[] = [];
  for (const kind of options.kinds) {
    const { handle, drop, name } = await openFresh(kind, options.postgresUrl);
    try {
      const { buildMs, containing } = await buildCorpus(handle.db, options.items, checked);
      const { latencies, cpu, slowest } = await runPlan(handle.db, plan);
      const checks = await checkPhrases(handle.db, containing);
      const result = { kind, buildMs, latencies, cpu, slowest, checks };
      printResult(result);
      results.push(result);
    } finally {
      await handle.close();
      if (options.keep === true && name !== null) console.log(`  kept database ${name}`);
      else await drop();
    }
  }
  return results;
}

async function openFresh(kind: DatabaseKind, adminUrl: string): Promise<{ handle: DatabaseHandle; drop: () => Promise<void>; name: string | null }> {
  if (kind === 'pglite') return { handle: await openDatabase({ database: { kind: 'pglite', dataDir: null } }), drop: async () => {}, name: null };
  const name = `gongkai_bench_${randomBytes(6).toString('hex')}`;
  await runAdmin(adminUrl, `create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ database: { kind: 'postgres', url: url.toString() } });
  return { handle, drop: () => runAdmin(adminUrl, `drop database if exists "${name}" with (force)`), name };
}

async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Writes the corpus: agencies, then items in batches, search vectors as the application writes
 * them. Meanwhile notes which published items contain each phrase to check (by index number).
 */
export async function buildCorpus(db: Database, count: number, phrases: readonly string[]): Promise<{ buildMs: number; containing: Map<string, Set<string>> }> {
  const start = performance.now();
  const agencies = corpusAgencies();
  const agencyIds: string[] = [];
  for (const agency of agencies) {
    agencyIds.push((await createAgency(db, { parentId: null, code: agencyCode(agency.index), name: agency.name, kind: agency.role === 'township' ? 'township' : 'department' })).id);
  }
  // Full-text and trigram indexes are built once at the end, as a bulk load does (the same
  // definitions the migrations created): inserting into them row by row costs PGlite minutes.
  const indexes = await queryRows<{ name: string; definition: string }>(
    db,
    sql`select indexname as name, indexdef as definition from pg_indexes where tablename = 'info_items' and indexdef ilike '%using gin%'`,
  );
  for (const index of indexes) await db.execute(sql.raw(`drop index ${index.name}`));
  const containing = new Map(phrases.map((phrase) => [phrase, new Set<string>()]));
  let n = 0;
  let batch: SQL[] = [];
  for (const item of generateCorpus(count, corpusSeed)) {
    // One item in fifty is withdrawn, one in a hundred still a draft: search must not show them.
    const status = n % 50 === 7 ? 'withdrawn' : n % 100 === 13 ? 'draft' : 'published';
    const indexNumber = `BENCH/${n}`;
    if (status === 'published') {
      for (const [phrase, found] of containing) if (item.title.includes(phrase) || item.bodyText.includes(phrase)) found.add(indexNumber);
    }
    batch.push(itemRow(item, agencyIds[item.agencyIndex]!, indexNumber, status));
    n += 1;
    if (batch.length === batchSize) {
      await insertItems(db, batch);
      batch = [];
    }
  }
  if (batch.length > 0) await insertItems(db, batch);
  for (const index of indexes) await db.execute(sql.raw(index.definition));
  await db.execute(sql`analyze info_items`);
  return { buildMs: performance.now() - start, containing };
}

function agencyCode(index: number): string {
  return `bench-${index}`;
}

function itemRow(item: CorpusItem, agencyId: string, indexNumber: string, status: string): SQL {
  return sql`(${agencyId}::uuid, ${indexNumber}, ${item.kind}, ${item.title}, ${item.publisher}, ${item.documentNumber},
              ${item.subjectCode}, ${item.genreCode}, ${item.bodyText}, ${status}, ${item.publishedOn}::date,
              setweight(to_tsvector('simple', ${tokenString(item.title)}), 'A') ||
              setweight(to_tsvector('simple', ${tokenString(item.bodyText)}), 'B'))`;
}

async function insertItems(db: Database, rows: SQL[]): Promise<void> {
  await db.execute(sql`insert into info_items (agency_id, index_number, kind, title, publisher, document_number, subject_code, genre_code,
                         body_text, status, published_on, search_vector) values ${sql.join(rows, sql`, `)}`);
}

/** The queries, from the words of a sample of the corpus: how often each occurs decides its category. */
function planQueries(sample: readonly CorpusItem[], count: number): PlannedQuery[] {
  const random = seeded(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const jieba = Jieba.withDict(dict);
  const frequency = new Map<string, number>();
  for (const item of sample) {
    for (const word of new Set(jieba.cut(`${item.title}。${item.bodyText}`, true))) {
      if (/^\p{Script=Han}{2,}$/u.test(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const byFrequency = [...frequency.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const common = byFrequency.slice(0, 40);
  const rare = byFrequency.slice(-60);
  const middle = byFrequency.slice(40, 400);
  const twoWordPhrase = (): string => {
    for (;;) {
      const words = jieba.cut(pick(sample).title, true);
      const i = Math.floor(random() * (words.length - 1));
      const [a, b] = [words[i] ?? '', words[i + 1] ?? ''];
      if (/^\p{Script=Han}{2,}$/u.test(a) && /^\p{Script=Han}{2,}$/u.test(b)) return a + b;
    }
  };
  const input = (q: string, extra: Partial<SearchInput> = {}): SearchInput => ({ q, page: 1, pageSize: 10, ...extra });
  const share = Math.max(1, Math.floor(count / 6));
  const plan: PlannedQuery[] = [];
  for (let i = 0; i < share * 2; i += 1) plan.push({ category: 'phrase', input: input(twoWordPhrase()) });
  for (let i = 0; i < share; i += 1) plan.push({ category: 'word', input: input(pick(middle)) });
  for (let i = 0; i < share / 2; i += 1) plan.push({ category: 'rare', input: input(pick(rare)) });
  for (let i = 0; i < share / 2; i += 1) plan.push({ category: 'common', input: input(pick(common)) });
  for (let i = 0; i < share; i += 1) {
    const year = 2015 + Math.floor(random() * 12);
    const filters = [
      { agency: agencyCode(Math.floor(random() * corpusAgencies().length)) },
      { from: year, to: year },
      { kind: 'normativeDocument' as const },
      { genre: 'G03', from: 2023 },
      { subject: pick(['S02', 'S04', 'S10', 'S11']) },
    ];
    plan.push({ category: 'filtered', input: input(i % 2 === 0 ? twoWordPhrase() : pick(middle), pick(filters)) });
  }
  while (plan.length < count) plan.push({ category: 'nothing', input: input(`${pick(['关于印发', '莲城县'])}${pick(['量子纠缠', '火星基地', '深海采矿'])}实施细则`) });
  return plan;
}

async function runPlan(db: Database, plan: readonly PlannedQuery[]): Promise<Pick<KindResult, 'latencies' | 'cpu' | 'slowest'>> {
  const store = createSearchStore(db);
  for (const query of plan.slice(0, 20)) await runSearch(store, query.input); // warm-up: caches, JIT, jieba
  const latencies = new Map<PlannedQuery['category'], number[]>();
  const timed: KindResult['slowest'] = [];
  const cpu: number[] = [];
  for (const query of plan) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = await runSearch(store, query.input);
    const ms = performance.now() - start;
    const cpuUsed = process.cpuUsage(cpuStart);
    cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
    latencies.set(query.category, [...(latencies.get(query.category) ?? []), ms]);
    timed.push({ q: `${query.input.q}${filterNote(query.input)}`, category: query.category, ms, total: result.total });
  }
  return { latencies, cpu, slowest: timed.sort((a, b) => b.ms - a.ms).slice(0, 5) };
}

function filterNote(input: SearchInput): string {
  const { q: _q, page: _page, pageSize: _size, ...filters } = input;
  return Object.keys(filters).length === 0 ? '' : ` ${JSON.stringify(filters)}`;
}

/**
 * For up to 20 phrase queries, with no window (every match ranked, as slow as that is): every
 * published item containing the phrase is found, and none without it in its title comes before
 * one with it. Also notes how many phrases match more items than the window ranks.
 */
async function checkPhrases(db: Database, containing: ReadonlyMap<string, ReadonlySet<string>>): Promise<KindResult['checks']> {
  let missing = 0;
  let overWindow = 0;
  let titleOrderViolations = 0;
  const everything = { ...searchTuning, window: 1_000_000 };
  for (const [phrase, expected] of containing) {
    const all = await searchPublishedItems(db, fullTextCriteriaOf(parseSearchQuery(phrase), {}, { limit: 1_000_000, offset: 0 }), everything);
    if (all.total > rankingWindow) overWindow += 1;
    const found = new Set(all.rows.map((row) => row.indexNumber));
    const lost = [...expected].filter((indexNumber) => !found.has(indexNumber));
    missing += lost.length;
    for (const indexNumber of lost.slice(0, 2)) console.log(`  not found: “${phrase}” in ${indexNumber}`);
    const titleHits = all.rows.map((row) => row.title.includes(phrase));
    const firstWithout = titleHits.indexOf(false);
    if (firstWithout >= 0 && titleHits.slice(firstWithout).includes(true)) titleOrderViolations += 1;
  }
  return { phrases: containing.size, overWindow, missing, titleOrderViolations };
}

function printResult(result: KindResult): void {
  const all = [...result.latencies.values()].flat();
  console.log(`[${result.kind}] build ${(result.buildMs / 1000).toFixed(1)} s; ${all.length} queries: ${percentiles(all)}`);
  console.log(`  cpu time of this process per query: ${percentiles(result.cpu)}`);
  for (const [category, values] of result.latencies) console.log(`  ${category.padEnd(9)} n=${String(values.length).padStart(3)}  ${percentiles(values)}`);
  console.log(`  slowest: ${result.slowest.map((s) => `“${s.q}” (${s.category}, ${s.total} found) ${s.ms.toFixed(0)} ms`).join('; ')}`);
  const { phrases, overWindow, missing, titleOrderViolations } = result.checks;
  console.log(
    `  checked ${phrases} phrase queries, every match ranked (${overWindow} with more than the ${rankingWindow} ranked when timed): ${missing} items containing the phrase not found, ` +
      `${titleOrderViolations} with a title match ranked below a non-match`,
  );
}

function percentiles(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return `p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms, p99 ${at(99).toFixed(1)} ms, max ${at(100).toFixed(1)} ms`;
}

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What `npm run bench` runs: 100,000 items, on PGlite and, when its server answers, PostgreSQL. */
export async function defaultSearchBenchOptions(): Promise<SearchBenchOptions> {
  const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  const isReachable = await client.connect().then(
    () => true,
    () => false,
  );
  await client.end().catch(() => undefined);
  return { items: 100_000, queries: 240, kinds: isReachable ? ['pglite', 'postgres'] : ['pglite'], postgresUrl };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      items: { type: 'string', default: '100000' },
      queries: { type: 'string', default: '240' },
      kinds: { type: 'string', default: 'pglite,postgres' },
      postgres: { type: 'string', default: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
      keep: { type: 'boolean', default: false },
    },
  });
  await benchSearch({
    items: Number(values.items),
    queries: Number(values.queries),
    kinds: values.kinds.split(',').filter((k): k is DatabaseKind => k === 'pglite' || k === 'postgres'),
    postgresUrl: values.postgres,
    keep: values.keep,
  });
}


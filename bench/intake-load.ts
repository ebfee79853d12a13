/**
 * Load on the public application API over loopback: the real server (createApp + listen on
 * 127.0.0.1), N applicants submitting at once with fetch, about 10% of them sending the same
 * submission a second time at the same moment (a double click, a retry). Each applicant has its own
 * client address, as behind the reverse proxy a deployment runs (TRUST_PROXY=127.0.0.1,
 * X-Forwarded-For); the retry comes from the same address. Reports the latency percentiles and
 * counts what reached the database: every submission accepted once, none lost, none duplicated,
 * tracking numbers unique and gapless per agency.
 *
 * Run alone: npx tsx bench/intake-load.ts [--submissions 200] [--postgres postgres://postgres@127.0.0.1:5432/postgres]
 * (a fresh database is created on that server and dropped); `npm run bench` runs it on PGlite.
 * test/intake-load.test.ts runs the same measurement and asserts on it.
 */
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { hashPassword } from '../src/auth/password-hash.ts';
import { loadConfig } from '../src/config.ts';
import { queryRows, type DatabaseHandle } from '../src/db/database.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { createDemoCountyStore } from '../src/db/stores/demo-county-store.ts';
import { createApp } from '../src/http/app.ts';
import { seedDemoCounty } from '../src/use-cases/seed-demo-county.ts';

export interface IntakeLoadOptions {
  submissions: number;
  /** The share of submissions sent a second time, concurrently, with the same submission key. */
  retryShare: number;
  /** The agencies the applications go to, in turn. */
  agencyCodes: readonly string[];
}

export interface IntakeLoadResult {
  requests: number;
  /** Answers by status code, e.g. { 201: 200, 200: 20 }. */
  statuses: Record<number, number>;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  wallMs: number;
  /** Rows that reached the database during the run. */
  rows: { applications: number; distinctKeys: number; audit: number };
  /** Retried submissions answered with a different application than the first send. */
  retriesAnsweredDifferently: number;
  duplicateTrackingNumbers: number;
  /** Per agency: the sequence numbers given out are exactly last+1 … last+n. */
  gapless: boolean;
}

interface Sent {
  applicant: number;
  status: number;
  ms: number;
  trackingNumber: string | null;
  queryCode: string | null;
}

/** Starts the app on the handle (the demo county must be there), runs the load, stops the app. */
export async function runIntakeLoad(handle: DatabaseHandle, options: IntakeLoadOptions): Promise<IntakeLoadResult> {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'memory://', LOG_LEVEL: 'silent', TRUST_PROXY: '127.0.0.1' });
  const app = await createApp({ handle, config, now: () => new Date(), logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  try {
    const before = await sequencesOf(handle, options.agencyCodes);
    const started = await queryRows<{ at: string }>(handle.db, sql`select now()::text as at`);
    const plan = buildPlan(options);
    const wallStart = performance.now();
    const sent = await Promise.all(plan.map((request) => send(`http://127.0.0.1:${port}/api/v1/applications`, request)));
    const wallMs = performance.now() - wallStart;
    return await summarize(handle, options, { sent, wallMs, before, since: started[0]!.at });
  } finally {
    await app.close();
  }
}

interface PlannedRequest {
  applicant: number;
  address: string;
  body: Record<string, unknown>;
}

function buildPlan(options: IntakeLoadOptions): PlannedRequest[] {
  const requests: PlannedRequest[] = [];
  // Every `step`-th applicant sends the same submission a second time, at the same moment.
  const step = options.retryShare > 0 ? Math.max(1, Math.round(1 / options.retryShare)) : Infinity;
  for (let i = 0; i < options.submissions; i += 1) {
    const address = `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`;
    const request = { applicant: i, address, body: applicationBody(options.agencyCodes[i % options.agencyCodes.length]!, i) };
    requests.push(request);
    if (i % step === 0) requests.push(request);
  }
  return requests;
}

function applicationBody(agencyCode: string, i: number): Record<string, unknown> {
  return {
    agencyCode,
    applicantKind: 'naturalPerson',
    personName: `申请人${i}`,
    idDocument: 'residentIdCard',
    idNumber: '11010519491231002X',
    phone: `138${String(i).padStart(8, '0')}`,
    email: `applicant${i}@example.com`,
    address: '',
    postcode: '',
    description: `第${i}件：2025年莲城县城区道路改造工程的立项批复文件`,
    deliveryForm: 'electronic',
    deliveryMethod: 'email',
    declaration: true,
    submissionKey: randomBytes(18).toString('base64url'),
  };
}

async function send(url: string, request: PlannedRequest): Promise<Sent> {
  const start = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': request.address },
    body: JSON.stringify(request.body),
  });
  const text = await response.text();
  const ms = performance.now() - start;
  const json = response.ok ? (JSON.parse(text) as { trackingNumber: string; queryCode: string }) : null;
  return { applicant: request.applicant, status: response.status, ms, trackingNumber: json?.trackingNumber ?? null, queryCode: json?.queryCode ?? null };
}

async function sequencesOf(handle: DatabaseHandle, agencyCodes: readonly string[]): Promise<Map<string, number>> {
  const rows = await queryRows<{ code: string; last: number }>(
    handle.db,
    sql`select a.code, coalesce(max(s.last_value), 0)::int as last from agencies a left join tracking_sequences s on s.agency_id = a.id
        where a.code in (${sql.join(agencyCodes.map((c) => sql`${c}`), sql`, `)}) group by a.code`,
  );
  return new Map(rows.map((r) => [r.code, r.last]));
}

async function summarize(
  handle: DatabaseHandle,
  options: IntakeLoadOptions,
  run: { sent: Sent[]; wallMs: number; before: Map<string, number>; since: string },
): Promise<IntakeLoadResult> {
  const { sent } = run;
  const statuses: Record<number, number> = {};
  for (const s of sent) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  const byApplicant = new Map<number, Set<string>>();
  for (const s of sent) byApplicant.set(s.applicant, (byApplicant.get(s.applicant) ?? new Set()).add(`${s.trackingNumber}/${s.queryCode}`));
  const numbers = [...byApplicant.values()].flatMap((answers) => [...answers].map((a) => a.split('/')[0]!));
  const [rows] = await queryRows<{ applications: number; distinct_keys: number; audit: number }>(
    handle.db,
    sql`select (select count(*)::int from applications where created_at >= ${run.since}::timestamptz) as applications,
               (select count(distinct idempotency_key)::int from applications where created_at >= ${run.since}::timestamptz) as distinct_keys,
               (select count(*)::int from audit_log where action = 'application.submit' and occurred_at >= ${run.since}::timestamptz) as audit`,
  );
  return {
    requests: sent.length,
    statuses,
    latencyMs: percentiles(sent.map((s) => s.ms)),
    wallMs: run.wallMs,
    rows: { applications: rows!.applications, distinctKeys: rows!.distinct_keys, audit: rows!.audit },
    retriesAnsweredDifferently: [...byApplicant.values()].filter((answers) => answers.size > 1).length,
    duplicateTrackingNumbers: numbers.length - new Set(numbers).size,
    gapless: isGapless(numbers, options, run.before),
  };
}

/** Per agency, the new sequence numbers are exactly last+1 … last+n (n = that agency's submissions). */
function isGapless(numbers: readonly string[], options: IntakeLoadOptions, before: Map<string, number>): boolean {
  return options.agencyCodes.every((code, index) => {
    const prefix = `YSQ-${code.toUpperCase()}-`;
    const sequences = numbers.filter((n) => n.startsWith(prefix) && /^\d{4}-\d{5}$/.test(n.slice(prefix.length))).map((n) => Number(n.slice(-5))).sort((a, b) => a - b);
    const expected = Math.floor((options.submissions - index - 1) / options.agencyCodes.length) + 1;
    const last = before.get(code) ?? 0;
    return sequences.length === expected && sequences.every((value, i) => value === last + i + 1);
  });
}

function percentiles(values: readonly number[]): IntakeLoadResult['latencyMs'] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: at(50), p90: at(90), p99: at(99), max: sorted.at(-1) ?? 0 };
}

export function formatIntakeLoad(kind: string, result: IntakeLoadResult): string {
  const { latencyMs: l, rows } = result;
  const statuses = Object.entries(result.statuses).map(([status, n]) => `${n}×${status}`).join(' ');
  return [
    `intake load [${kind}]: ${result.requests} requests (${statuses}) in ${result.wallMs.toFixed(0)} ms, ${(result.requests / (result.wallMs / 1000)).toFixed(0)} req/s`,
    `  latency p50 ${l.p50.toFixed(0)} ms · p90 ${l.p90.toFixed(0)} ms · p99 ${l.p99.toFixed(0)} ms · max ${l.max.toFixed(0)} ms`,
    `  rows: ${rows.applications} applications (${rows.distinctKeys} distinct keys), ${rows.audit} audit entries; retries answered differently: ${result.retriesAnsweredDifferently}; duplicate numbers: ${result.duplicateTrackingNumbers}; gapless per agency: ${result.gapless ? 'yes' : 'NO'}`,
  ].join('\n');
}

/** The demo county's agencies the load spreads over: the county and three departments. */
export const loadAgencyCodes = ['lcx', 'lcx-zrzy', 'lcx-jyj', 'lcx-gaj'] as const;

/**
 * For `npm run bench`: a fresh in-memory PGlite; with `--postgres ADMIN_URL` also a fresh database
 * created on that server for the run and dropped afterwards.
 */
export async function benchIntakeLoad(argv: readonly string[] = []): Promise<void> {
  const { values } = parseArgs({ args: [...argv], options: { submissions: { type: 'string', default: '200' }, postgres: { type: 'string' } }, strict: false });
  const submissions = Number(values.submissions);
  await benchOn('pglite', { kind: 'pglite', dataDir: null }, submissions);
  if (typeof values.postgres !== 'string') return;
  const name = `gongkai_bench_${randomBytes(6).toString('hex')}`;
  await runAdmin(values.postgres, `create database "${name}"`);
  try {
    const url = new URL(values.postgres);
    url.pathname = `/${name}`;
    await benchOn('postgres', { kind: 'postgres', url: url.toString() }, submissions);
  } finally {
    await runAdmin(values.postgres, `drop database if exists "${name}" with (force)`);
  }
}

async function benchOn(kind: string, database: Parameters<typeof openDatabase>[0]['database'], submissions: number): Promise<void> {
  const handle = await openDatabase({ database });
  try {
    await seedDemoCounty({ ...createDemoCountyStore(handle.db), hashPassword }, { isProduction: false, now: new Date() });
    const result = await runIntakeLoad(handle, { submissions, retryShare: 0.1, agencyCodes: loadAgencyCodes });
    console.log(formatIntakeLoad(kind, result));
  } finally {
    await handle.close();
  }
}

async function runAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

if (process.argv[1]?.endsWith('intake-load.ts')) await benchIntakeLoad(process.argv.slice(2));

/**
 * `kill -9` of `gongkai serve` while 50 signed-in clients change their display name through
 * `PATCH /api/v1/me` (each change and its audit entry in one transaction). After a restart every
 * change that got a 2xx answer must be in the audit trail, the server must start and answer, and
 * the audit chain must verify (the check `gongkai audit verify` makes, here on the database the test
 * has open). On PGlite (a data directory) and on PostgreSQL. Prints the numbers.
 */
import { request as httpRequest, Agent } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../src/config.ts';
import { iterateAuditEntries } from '../src/db/repositories/audit-log.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { createAuditStore } from '../src/db/stores/audit-store.ts';
import { listDemoLogins } from '../src/use-cases/seed-demo-county.ts';
import { verifyAuditTrail } from '../src/use-cases/verify-audit-trail.ts';
import { killHard, startChild, type ChildRun } from './crash-harness.ts';
import { findFreePort } from './http-harness.ts';
import { createPostgresDatabase, postgresStatus } from './test-db.ts';

const cliScript = new URL('../src/cli/index.ts', import.meta.url).pathname;
const clientCount = 50;
const minAcknowledged = 200;
const isCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

interface Answer {
  status: number;
  text: string;
  setCookies: string[];
}

/** A client with its own cookies, connecting from its own loopback address (its own rate-limit bucket). */
class Client {
  private readonly cookies = new Map<string, string>();
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  csrfToken = '';

  constructor(
    private readonly port: number,
    private readonly localAddress: string,
  ) {}

  send(method: string, path: string, body?: { type: string; text: string }, headers: Record<string, string> = {}): Promise<Answer> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const allHeaders: Record<string, string> = { ...headers, ...(cookie === '' ? {} : { cookie }), ...(body === undefined ? {} : { 'content-type': body.type }) };
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: this.port, localAddress: this.localAddress, method, path, headers: allHeaders, agent: this.agent }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const setCookies = res.headers['set-cookie'] ?? [];
          for (const line of setCookies) {
            const [pair] = line.split(';');
            const [name, ...rest] = pair!.split('=');
            this.cookies.set(name!, rest.join('='));
          }
          const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
          if (token !== undefined) this.csrfToken = token;
          resolve({ status: res.statusCode ?? 0, text, setCookies });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      if (body !== undefined) req.write(body.text);
      req.end();
    });
  }

  /** Uses `other`'s session (its cookies and CSRF token), as a second tab of the same browser would. */
  shareSessionOf(other: Client): void {
    for (const [name, value] of other.cookies) this.cookies.set(name, value);
    this.csrfToken = other.csrfToken;
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.send('GET', '/login');
    const form = new URLSearchParams({ username, password, _csrf: this.csrfToken }).toString();
    const answer = await this.send('POST', '/login', { type: 'application/x-www-form-urlencoded', text: form });
    if (answer.status !== 303) throw new Error(`sign-in of ${username} answered ${answer.status}`);
    await this.send('GET', '/console/profile');
  }

  rename(displayName: string): Promise<Answer> {
    return this.send('PATCH', '/api/v1/me', { type: 'application/json', text: JSON.stringify({ displayName }) }, { 'x-csrf-token': this.csrfToken });
  }

  close(): void {
    this.agent.destroy();
  }
}

async function waitForHealth(port: number, run: ChildRun, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (run.child.exitCode !== null) throw new Error(`the server exited (${run.child.exitCode}):\n${run.stderr()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.status === 200) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not become healthy in ${timeoutMs} ms:\n${run.stderr()}`);
}

function startServer(env: NodeJS.ProcessEnv): ChildRun {
  return startChild(cliScript, { args: ['serve'], env: { LOG_LEVEL: 'warn', NODE_ENV: 'development', ...env } });
}

/** Every client renames itself in a loop until the server dies; returns the names that got a 2xx. */
async function writeUntilKilled(clients: Client[], run: ChildRun): Promise<{ acknowledged: string[]; writeMs: number; killed: Promise<unknown> }> {
  const acknowledged: string[] = [];
  let killed: Promise<unknown> | null = null;
  const started = performance.now();
  let writeMs = 0;
  await Promise.all(
    clients.map(async (client, index) => {
      for (let n = 0; killed === null; n += 1) {
        const name = `客户${index}-${n}`;
        try {
          const answer = await client.rename(name);
          if (answer.status >= 200 && answer.status < 300) acknowledged.push(name);
          else if (killed === null) throw new Error(`rename answered ${answer.status}: ${answer.text}`);
        } catch (error) {
          if (killed !== null) return;
          throw error;
        }
        if (acknowledged.length >= minAcknowledged && killed === null) {
          writeMs = performance.now() - started;
          killed = killHard(run);
        }
      }
    }),
  );
  return { acknowledged, writeMs, killed: killed ?? Promise.resolve() };
}

async function crashAndCheck(label: string, database: DatabaseConfig, env: NodeJS.ProcessEnv): Promise<void> {
  const port = await findFreePort();
  const serverEnv = { ...env, PORT: String(port) };
  const first = startServer(serverEnv);
  const startMs = await waitForHealth(port, first, 120_000);
  const logins = listDemoLogins();
  const clients = Array.from({ length: clientCount }, (_, i) => new Client(port, `127.0.0.${i + 2}`));
  // One sign-in per demo account (each costs a scrypt verification at the production cost); the
  // other clients of that account write through its session, each on its own connection and address.
  await Promise.all(logins.map((login, i) => clients[i]!.signIn(login.username, login.password)));
  clients.slice(logins.length).forEach((client, i) => client.shareSessionOf(clients[i % logins.length]!));
  const { acknowledged, writeMs } = await writeUntilKilled(clients, first);
  const exit = await first.exited;
  clients.forEach((c) => c.close());
  expect(exit.signal).toBe('SIGKILL');

  const second = startServer(serverEnv);
  const restartMs = await waitForHealth(port, second, 120_000);
  const after = new Client(port, '127.0.0.200');
  await after.signIn(logins[0]!.username, logins[0]!.password);
  expect((await after.rename('重启之后')).status).toBe(200);
  after.close();
  second.child.kill('SIGTERM');
  expect((await second.exited).code).toBe(0);

  const handle = await openDatabase({ database });
  const stored = new Set<string>();
  let verification: Awaited<ReturnType<typeof verifyAuditTrail>>;
  try {
    for await (const entry of iterateAuditEntries(handle.db)) {
      if (entry.action === 'account.displayNameChanged') stored.add(String(entry.details['to']));
    }
    verification = await verifyAuditTrail(createAuditStore(handle.db));
  } finally {
    await handle.close();
  }
  const missing = acknowledged.filter((name) => !stored.has(name));
  console.info(
    `[http crash ${label}] ${clientCount} clients: ${acknowledged.length} writes acknowledged in ${Math.round(writeMs)} ms ` +
      `(${Math.round((acknowledged.length / writeMs) * 1000)}/s) before kill -9; ${stored.size} renames stored after restart ` +
      `(${stored.size - acknowledged.length - 1} unacknowledged in flight), ${missing.length} acknowledged missing; first start ${Math.round(startMs)} ms, ` +
      `restart ${Math.round(restartMs)} ms; audit chain of ${verification.count} entries ${verification.brokenLink === null ? 'intact' : 'BROKEN'}`,
  );
  expect(acknowledged.length).toBeGreaterThanOrEqual(minAcknowledged);
  expect(missing).toEqual([]);
  expect(stored.has('重启之后')).toBe(true);
  expect(verification.brokenLink).toBeNull();
}

describe('kill -9 of the HTTP server while 50 clients write', () => {
  it('keeps every acknowledged write on PGlite', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gongkai-http-crash-')), 'data');
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    await crashAndCheck('pglite', { kind: 'pglite', dataDir }, { DATA_DIR: dataDir, DATABASE_URL: '' });
  }, 400_000);

  const postgresSkip = postgresStatus !== 'reachable' && !isCi;
  it.skipIf(postgresSkip)(`keeps every acknowledged write on PostgreSQL${postgresSkip ? ` — skipped: ${postgresStatus}` : ''}`, async () => {
    const { url, drop } = await createPostgresDatabase();
    cleanups.push(drop);
    await crashAndCheck('postgres', { kind: 'postgres', url }, { DATABASE_URL: url });
  }, 400_000);
});

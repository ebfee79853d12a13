/**
 * HTTP tests without a server: `createTestApp(kind)` builds the real app (createApp) on a fresh test
 * database with a fake clock; `TestBrowser` keeps cookies and the CSRF token between `app.inject`
 * calls, like a browser with JavaScript off would.
 */
import { createServer } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { currentScryptParameters, hashPassword, type ScryptParameters } from '../src/auth/password-hash.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { DatabaseKind } from '../src/db/database.ts';
import { createAccount, type Account } from '../src/db/repositories/accounts.ts';
import { createDemoCountyStore } from '../src/db/stores/demo-county-store.ts';
import type { Role } from '../src/domain/access/roles.ts';
import { createApp } from '../src/http/app.ts';
import { seedDemoCounty } from '../src/use-cases/seed-demo-county.ts';
import { buildAccount, createTestAgency } from './factories.ts';
import { afterAll, beforeAll, describe } from 'vitest';
import { databaseKinds, openTestDatabase, postgresStatus, type TestDatabase } from './test-db.ts';

/** A port that was free a moment ago on 127.0.0.1 (for child servers, which cannot report theirs). */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

/**
 * The cheapest scrypt cost that verifyPassword accepts (N = 2^10: ~2 ms a hash instead of ~150 ms
 * at the app's 2^15), for the demo county and the accounts the tests make: their tests are about
 * sign-in, lockout and access, not the cost, and the hashes still go through scrypt and the same
 * verification. Passwords that the app itself hashes (changed, reset, new accounts) keep the
 * production cost, which src/auth/password-hash.test.ts and the sign-in tests pin.
 */
export const testScryptParameters: ScryptParameters = { ...currentScryptParameters, logN: 10 };

/** hashPassword at `testScryptParameters`. */
export function hashTestPassword(plain: string): Promise<string> {
  return hashPassword(plain, testScryptParameters);
}

export interface TestClock {
  now(): Date;
  advance(ms: number): void;
  set(date: Date): void;
}

export function createTestClock(start = new Date('2025-03-03T01:00:00Z')): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (date) => {
      current = date.getTime();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  handle: TestDatabase;
  clock: TestClock;
  config: Config;
  /** A new browser with its own cookies, coming from `ip` (each gets its own rate-limit bucket). */
  browser(ip?: string): TestBrowser;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Seed the demo county (莲城县) first; default true. */
  seedDemo?: boolean;
}

export async function createTestApp(kind: DatabaseKind, options: TestAppOptions = {}): Promise<TestApp> {
  const handle = await openTestDatabase(kind);
  const clock = createTestClock();
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'memory://', LOG_LEVEL: 'silent' });
  if (options.seedDemo !== false) {
    await seedDemoCounty({ ...createDemoCountyStore(handle.db), hashPassword: hashTestPassword }, { isProduction: false, now: clock.now() });
  }
  const app = await createApp({ handle, config, now: clock.now, logger: false });
  await app.ready();
  let browsers = 0;
  return {
    app,
    handle,
    clock,
    config,
    browser: (ip) => {
      browsers += 1;
      return new TestBrowser(app, ip ?? `10.0.${Math.floor(browsers / 250)}.${(browsers % 250) + 1}`);
    },
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

const isCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

/**
 * `describe` once per database kind with one app (demo county seeded unless `options` say otherwise)
 * shared by the block's tests.
 * PostgreSQL is skipped with a message when unreachable — except in CI, where that fails.
 */
export function describeEachApp(
  title: string,
  body: (current: () => TestApp) => void,
  kinds: readonly DatabaseKind[] = databaseKinds,
  options: TestAppOptions = {},
): void {
  for (const kind of kinds) {
    if (kind === 'postgres' && postgresStatus !== 'reachable' && !isCi) {
      describe.skip(`${title} [postgres] — skipped: ${postgresStatus}; set CI=true to make this a failure`, () => body(unavailableApp));
      continue;
    }
    describe(`${title} [${kind}]`, () => {
      let testApp: TestApp | undefined;
      beforeAll(async () => {
        testApp = await createTestApp(kind, options);
      }, 120_000);
      afterAll(async () => {
        await testApp?.close();
      }, 60_000);
      body(() => {
        if (testApp === undefined) throw new Error(`the ${kind} test app is not running`);
        return testApp;
      });
    });
  }
}

function unavailableApp(): TestApp {
  throw new Error('this database kind is unavailable');
}

export interface NewTestAccount {
  password: string;
  roles?: readonly Role[];
  agencyId?: string;
  mustChangePassword?: boolean;
  username?: string;
  displayName?: string;
}

/** An account with a real password hash at the test cost (and a new agency unless `agencyId` is given). */
export async function createAccountWithPassword(handle: TestDatabase, account: NewTestAccount): Promise<Account> {
  const agencyId = account.agencyId ?? (await createTestAgency(handle.db)).id;
  const built = buildAccount({ agencyId, passwordHash: await hashTestPassword(account.password), mustChangePassword: account.mustChangePassword ?? false });
  const overrides = { ...(account.username === undefined ? {} : { username: account.username }), ...(account.displayName === undefined ? {} : { displayName: account.displayName }) };
  const roles = account.roles ?? ['handler'];
  return createAccount(handle.db, { ...built, ...overrides }, roles.map((role) => ({ agencyId, role, includeSubtree: false })));
}

type InjectMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A cookie-keeping client over `app.inject`. */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  /** The last CSRF token seen in a page's form. */
  csrfToken: string | null = null;

  constructor(
    private readonly app: FastifyInstance,
    readonly ip: string,
  ) {}

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.send('GET', url, { headers });
  }

  /** Posts a form; the page's CSRF token is added unless `_csrf` is given (null: none at all). */
  async postForm(url: string, fields: Record<string, string>, csrf: string | null | undefined = undefined): Promise<LightMyRequestResponse> {
    const token = csrf === undefined ? this.csrfToken : csrf;
    const body = new URLSearchParams({ ...fields, ...(token === null ? {} : { _csrf: token }) }).toString();
    return this.send('POST', url, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body });
  }

  /** A JSON API call; state-changing calls carry the CSRF header unless `csrf` is null. */
  async api(method: InjectMethod, url: string, body?: unknown, csrf: string | null | undefined = undefined): Promise<LightMyRequestResponse> {
    const token = csrf === undefined ? this.csrfToken : csrf;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method !== 'GET' && token !== null) headers['x-csrf-token'] = token;
    if (body === undefined) return this.send(method, url, { headers });
    headers['content-type'] = 'application/json';
    return this.send(method, url, { headers, payload: JSON.stringify(body) });
  }

  /** Loads the sign-in page (for its CSRF cookie and token) and signs in; returns the POST's answer. */
  async signIn(username: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/login');
    const response = await this.postForm('/login', { username, password });
    if (response.statusCode === 303) await this.get(String(response.headers.location));
    return response;
  }

  async send(method: InjectMethod, url: string, options: { headers?: Record<string, string>; payload?: string | Buffer }): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: { ...(cookie === '' ? {} : { cookie }), ...options.headers },
      ...(options.payload === undefined ? {} : { payload: options.payload }),
    });
    this.keepCookies(response);
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token !== undefined) this.csrfToken = token;
    return response;
  }

  private keepCookies(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const isCleared = cookie.value === '' || cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() < Date.now());
      if (isCleared) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }
}

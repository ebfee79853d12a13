/**
 * An `app.inject` client for the route tests (access table, bad input): signed in by writing a
 * session row directly (no password hashing per request, so hundreds of accounts stay fast), or
 * without a session — then page forms carry the pre-session CSRF cookie from /login, so that a
 * refusal is the access rule's and not the CSRF check's. Only imported by *.test.ts files.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sha256Hex } from '../../../auth/tokens.ts';
import type { Database } from '../../../db/database.ts';
import { createSession } from '../../../db/repositories/sessions.ts';
import { nextExpiry } from '../../../domain/accounts/session-rules.ts';

export type ProbeMethod = 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'DELETE';

export interface ProbeRequest {
  method: ProbeMethod;
  url: string;
  /** A form body (URL-encoded; `_csrf` is added). */
  form?: Record<string, string>;
  /** A JSON body (the CSRF header is added). */
  json?: unknown;
  /** Raw bytes with their content type, for malformed bodies. */
  raw?: { contentType: string; payload: Buffer | string };
  /** Leave the CSRF token out (to test that the check holds). */
  withoutCsrf?: boolean;
}

let addressCounter = 0;

/** A new client address per client: the rate limits count per address. */
function nextAddress(): string {
  addressCounter += 1;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

export class StaffClient {
  private readonly address = nextAddress();

  private constructor(
    private readonly app: FastifyInstance,
    private readonly session: { token: string; csrfToken: string } | null,
  ) {}

  /** Signs `accountId` in by storing a session valid at `now` (the app's clock). */
  static async signedIn(app: FastifyInstance, db: Database, accountId: string, now: Date): Promise<StaffClient> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const session = { id: sha256Hex(token), accountId, csrfToken, expiresAt: nextExpiry(now), ip: null, userAgent: 'access-table-test' };
    await createSession(db, session, now);
    return new StaffClient(app, { token, csrfToken });
  }

  static anonymous(app: FastifyInstance): StaffClient {
    return new StaffClient(app, null);
  }

  async send(probe: ProbeRequest): Promise<LightMyRequestResponse> {
    const cookies: string[] = this.session === null ? [] : [`gk_session=${this.session.token}`];
    let csrf = this.session?.csrfToken ?? null;
    const isPageForm = probe.form !== undefined || (probe.raw !== undefined && !probe.url.startsWith('/api/'));
    if (this.session === null && isPageForm) {
      const preSession = await this.fetchPreSessionToken();
      cookies.push(preSession.cookie);
      csrf = preSession.token;
    }
    const headers: Record<string, string> = { accept: probe.url.startsWith('/api/') ? 'application/json' : 'text/html' };
    if (cookies.length > 0) headers['cookie'] = cookies.join('; ');
    const sendsCsrf = csrf !== null && probe.withoutCsrf !== true && probe.method !== 'GET' && probe.method !== 'HEAD';
    let payload: string | Buffer | undefined;
    if (probe.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      payload = new URLSearchParams({ ...probe.form, ...(sendsCsrf ? { _csrf: csrf! } : {}) }).toString();
    } else if (probe.json !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(probe.json);
    } else if (probe.raw !== undefined) {
      headers['content-type'] = probe.raw.contentType;
      payload = probe.raw.payload;
    }
    if (sendsCsrf) headers['x-csrf-token'] = csrf!;
    return this.app.inject({ method: probe.method, url: probe.url, remoteAddress: this.address, headers, ...(payload === undefined ? {} : { payload }) });
  }

  /** The signed `gk_csrf` cookie and its token, as the sign-in page hands them out. */
  private async fetchPreSessionToken(): Promise<{ cookie: string; token: string }> {
    const page = await this.app.inject({ method: 'GET', url: '/login', remoteAddress: this.address });
    const cookie = (page.cookies as { name: string; value: string }[]).find((c) => c.name === 'gk_csrf');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
    if (cookie === undefined || token === undefined) throw new Error('the sign-in page gave no CSRF cookie and token');
    return { cookie: `gk_csrf=${cookie.value}`, token };
  }
}

/** How the access rules answered: refused for want of a session, refused by a rule, or let through. */
export type AccessOutcome = 'unauthenticated' | 'forbidden' | 'allowed';

/** The CSRF check's refusal is not an access decision: reported apart, so a probe mistake shows. */
export function classifyResponse(response: LightMyRequestResponse): AccessOutcome | 'csrf refused' | `unexpected ${number}` {
  const { statusCode } = response;
  if (statusCode === 401) return 'unauthenticated';
  if (statusCode === 403) return response.body.includes('csrf_failed') || response.body.includes('请求来源无法验证') ? 'csrf refused' : 'forbidden';
  const location = response.headers['location'];
  if (statusCode === 303 && typeof location === 'string') {
    const target = new URL(location, 'http://gongkai.test');
    // The access hook's redirect carries only `next`/`ended`; sign-out's own carries `loggedOut`.
    if (target.pathname === '/login' && !target.searchParams.has('loggedOut')) return 'unauthenticated';
  }
  return statusCode < 400 ? 'allowed' : `unexpected ${statusCode}`;
}

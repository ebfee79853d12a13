/**
 * Turns the session cookie of a request into the signed-in account: the session must exist, be
 * neither idle for 30 minutes nor older than 12 hours, and belong to an enabled account. A refused
 * session is deleted, so it cannot come back.
 */
import { needsTouch, sessionStatusOf, type SessionStatus } from '../domain/accounts/session-rules.ts';
import type { Role } from '../domain/access/roles.ts';

/** A role grant as shown to people: with the agency's code and name. */
export interface GrantView {
  role: Role;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  includeSubtree: boolean;
}

/** The signed-in staff member, as pages and `/api/v1/me` show it. */
export interface SignedInAccount {
  id: string;
  username: string;
  displayName: string;
  agency: { id: string; code: string; name: string };
  grants: readonly GrantView[];
  mustChangePassword: boolean;
}

export interface StoredSession {
  accountId: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface ResolveSessionStore {
  findSession(tokenHash: string): Promise<StoredSession | null>;
  touchSession(tokenHash: string, now: Date): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** The account with its agency and grants; `disabledAt` tells whether it may still sign in. */
  loadAccount(accountId: string): Promise<(SignedInAccount & { disabledAt: Date | null }) | null>;
}

export type SessionResolution =
  | { status: 'active'; account: SignedInAccount; csrfToken: string }
  | { status: Exclude<SessionStatus, 'active'> | 'none' };

export async function resolveSession(store: ResolveSessionStore, tokenHash: string, now: Date): Promise<SessionResolution> {
  const session = await store.findSession(tokenHash);
  if (session === null) return { status: 'none' };
  const status = sessionStatusOf({ lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt, now });
  if (status !== 'active') {
    await store.deleteSession(tokenHash);
    return { status };
  }
  const stored = await store.loadAccount(session.accountId);
  if (stored === null || (stored.disabledAt !== null && stored.disabledAt.getTime() <= now.getTime())) {
    await store.deleteSession(tokenHash);
    return { status: 'none' };
  }
  if (needsTouch({ lastSeenAt: session.lastSeenAt, now })) await store.touchSession(tokenHash, now);
  const { disabledAt: _disabledAt, ...account } = stored;
  return { status: 'active', account, csrfToken: session.csrfToken };
}

/**
 * Short-lived signed cookies that let the applicant move between pages without the query code in
 * any URL (URLs end up in logs and browser history):
 * - `gk_track`: set when a tracking number and query code matched; names the application for the
 *   status page, the letter downloads and the correction form, for 30 minutes, with a keyed digest
 *   of the code's hash that every request checks again against the stored one;
 * - `gk_receipt`: set when an application was submitted; carries the submission key, from which
 *   the receipt page derives the query code again (it is stored only as a hash), for 15 minutes.
 * Both are HttpOnly, SameSite=Strict, limited to their paths, and expire by the app's clock too.
 */
import { createHmac } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isHttps } from '../../session.ts';

const trackCookie = { name: 'gk_track', path: '/track', minutes: 30 } as const;
const receiptCookie = { name: 'gk_receipt', path: '/apply/receipt', minutes: 15 } as const;

type CookieSpec = typeof trackCookie | typeof receiptCookie;

export function setTrackingCookie(request: FastifyRequest, reply: FastifyReply, application: { id: string; queryCodeHash: string }): void {
  setExpiringCookie(request, reply, trackCookie, [application.id, credentialTagOf(request, application.queryCodeHash)]);
}

/** The application the tracking cookie names, or null when absent, forged or expired. */
export function readTrackingCookie(request: FastifyRequest): { applicationId: string; credentialTag: string } | null {
  const values = readExpiringCookie(request, trackCookie);
  if (values === null || values.length !== 2) return null;
  return { applicationId: values[0]!, credentialTag: values[1]! };
}

/**
 * Binds the tracking cookie to the query code as stored: a keyed digest (the server secret), so the
 * cookie reveals nothing that could be tried offline, and a changed code ends the tracking session.
 */
export function credentialTagOf(request: FastifyRequest, queryCodeHash: string): string {
  return createHmac('sha256', request.server.deps.config.sessionSecret).update(`gongkai/track/${queryCodeHash}`).digest('base64url').slice(0, 32);
}

export function clearTrackingCookie(reply: FastifyReply): void {
  reply.clearCookie(trackCookie.name, { path: trackCookie.path });
}

export function setReceiptCookie(request: FastifyRequest, reply: FastifyReply, receipt: { applicationId: string; submissionKey: string }): void {
  setExpiringCookie(request, reply, receiptCookie, [receipt.applicationId, receipt.submissionKey]);
}

export function readReceiptCookie(request: FastifyRequest): { applicationId: string; submissionKey: string } | null {
  const values = readExpiringCookie(request, receiptCookie);
  if (values === null || values.length !== 2) return null;
  return { applicationId: values[0]!, submissionKey: values[1]! };
}

function setExpiringCookie(request: FastifyRequest, reply: FastifyReply, spec: CookieSpec, values: readonly string[]): void {
  const expiresAt = request.server.deps.now().getTime() + spec.minutes * 60_000;
  reply.setCookie(spec.name, [...values, String(expiresAt)].join('.'), {
    path: spec.path,
    httpOnly: true,
    sameSite: 'strict',
    secure: isHttps(request),
    signed: true,
    maxAge: spec.minutes * 60,
  });
}

function readExpiringCookie(request: FastifyRequest, spec: CookieSpec): string[] | null {
  const raw = request.cookies[spec.name];
  if (raw === undefined) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return null;
  const parts = unsigned.value.split('.');
  const expiresAt = Number(parts.pop());
  if (!Number.isFinite(expiresAt) || expiresAt <= request.server.deps.now().getTime()) return null;
  return parts;
}

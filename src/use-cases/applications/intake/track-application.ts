/**
 * The applicant follows the case without an account: the tracking number and the query code
 * together open it. A wrong code, a guessed number and an unknown number all give the same answer
 * — nothing — so the portal cannot be used to learn which numbers exist.
 */
import { normalizeQueryCode } from '../../../domain/applications/query-code.ts';
import { normalizeTrackingNumber } from '../../../domain/applications/tracking-number.ts';
import type { IntakeApplication, IntakeDeps } from './intake-store.ts';

export interface TrackingCredentials {
  trackingNumber: string;
  queryCode: string;
}

/** A digest compared when the number is unknown, so both paths hash and compare the same way. */
const absentHash = '0'.repeat(64);

/** The application the number and code open, or null (for every kind of mismatch alike). */
export async function openTrackedApplication(deps: IntakeDeps, credentials: TrackingCredentials): Promise<IntakeApplication | null> {
  const trackingNumber = normalizeTrackingNumber(credentials.trackingNumber.slice(0, 100));
  const code = normalizeQueryCode(credentials.queryCode.slice(0, 100));
  const found = trackingNumber === null ? null : await deps.transaction((store) => store.findByTrackingNumber(trackingNumber));
  const presented = deps.hashQueryCode(code ?? '');
  const matches = isSameDigest(presented, found?.queryCodeHash ?? absentHash);
  return found !== null && code !== null && matches ? found : null;
}

/** The application a tracking session (a signed cookie set after the number and code matched) names. */
export async function findTrackedApplication(deps: IntakeDeps, applicationId: string): Promise<IntakeApplication | null> {
  return deps.transaction((store) => store.findApplication(applicationId));
}

/** Constant-time comparison of two hex digests. */
function isSameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

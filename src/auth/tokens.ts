/** Random tokens (session ids, CSRF tokens) and their digests. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random token, base64url without padding: 32 bytes give 43 characters and 256 bits. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * SHA-256 as 64 lower-case hex digits. Sessions are stored under this digest of their token, never
 * the token itself, so a copy of the database does not let anyone sign in.
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Compares two tokens (a CSRF token from a form against the session's) in constant time. Hashing
 * first gives equal lengths, so not even the length of the expected token leaks.
 */
export function isSameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && expected.length > 0;
}

/**
 * 查询码: the secret the applicant gets with the tracking number to follow the case on the portal.
 * 8 characters from 31 that cannot be mistaken for each other when read aloud or copied by hand
 * (no 0/O, 1/I/L), shown as `ABCD-EFGH`. Only its hash is stored; people type it back in any case,
 * with or without the dash.
 */
import { normalizePastedCode } from './pasted-text.ts';

export const queryCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const queryCodeLength = 8;
/** Random bytes to pass: rejection sampling uses about 8.3 of them; 32 make running out a 1-in-10³⁰ event. */
export const queryCodeRandomByteCount = 32;

// The largest multiple of 31 that fits in a byte: bytes at or above it would favour the first letters.
const unbiasedLimit = 256 - (256 % queryCodeAlphabet.length);

/** A new query code, formatted, from random bytes the caller draws (the domain has no randomness). */
export function generateQueryCode(randomBytes: Uint8Array): string {
  let code = '';
  for (const byte of randomBytes) {
    if (byte >= unbiasedLimit) continue;
    code += queryCodeAlphabet[byte % queryCodeAlphabet.length];
    if (code.length === queryCodeLength) return formatQueryCode(code);
  }
  throw new RangeError(`not enough random bytes for a query code (${randomBytes.length} given)`);
}

/** `ABCDEFGH` → `ABCD-EFGH`. */
export function formatQueryCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * The form that is hashed and compared: 8 upper-case characters without the dash, or null when the
 * input cannot be a query code (wrong length, or a character outside the alphabet).
 */
export function normalizeQueryCode(input: string): string | null {
  const code = normalizePastedCode(input).replaceAll('-', '').toUpperCase();
  if (code.length !== queryCodeLength) return null;
  return [...code].every((c) => queryCodeAlphabet.includes(c)) ? code : null;
}

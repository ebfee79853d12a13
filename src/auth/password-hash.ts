/**
 * Password hashing with scrypt (memory-hard; node:crypto, no native dependency). Stored as
 * `scrypt$<log2 N>$<r>$<p>$<salt base64>$<key base64>`; the parameters are read back from the
 * stored string, so they can be raised later and old hashes still verify (`needsRehash` says so).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { normalizePassword } from '../domain/accounts/password-policy.ts';

export interface ScryptParameters {
  /** log2 of the CPU/memory cost N. */
  logN: number;
  r: number;
  p: number;
  saltBytes: number;
  keyBytes: number;
}

/** N = 2^15, r = 8, p = 1: 32 MiB and 0.1–0.3 s per hash on the project's machines. */
export const currentScryptParameters: ScryptParameters = {
  logN: 15,
  r: 8,
  p: 1,
  saltBytes: 16,
  keyBytes: 32,
};

/**
 * Bounds on parameters read from the database: a tampered or corrupt row must not make one login
 * allocate gigabytes or spin for minutes.
 */
const parameterLimits: Record<keyof ScryptParameters, readonly [number, number]> = {
  logN: [10, 20],
  r: [1, 32],
  p: [1, 16],
  saltBytes: [8, 64],
  keyBytes: [16, 64],
};

/** No password the policy accepts is longer; a longer one is refused before any hashing. */
const maxPasswordInputLength = 1024;

/** Thrown when a stored hash cannot be read: a data problem to log, not a wrong password. */
export class InvalidPasswordHashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPasswordHashError';
  }
}

/**
 * Hashes with `currentScryptParameters`. The app never passes `parameters`: they are for tests whose
 * thousands of accounts and sign-ins are not about the cost (test/http-harness.ts), and must lie
 * within the limits that `verifyPassword` accepts.
 */
export async function hashPassword(plain: string, parameters: ScryptParameters = currentScryptParameters): Promise<string> {
  const problem = findParameterProblem(parameters);
  if (problem !== null) throw new RangeError(`scrypt parameters out of range: ${problem}`);
  const salt = randomBytes(parameters.saltBytes);
  const key = await deriveKey(plain, salt, parameters);
  const { logN, r, p } = parameters;
  return ['scrypt', logN, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Compares in constant time. Throws InvalidPasswordHashError when `stored` is not one of ours. */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  const { parameters, salt, key } = parseHash(stored);
  if (plain.length > maxPasswordInputLength) return false;
  const candidate = await deriveKey(plain, salt, parameters);
  return candidate.length === key.length && timingSafeEqual(candidate, key);
}

/** True when the stored hash is weaker than what `hashPassword` makes now: rehash at next login. */
export function needsRehash(stored: string): boolean {
  let parameters: ScryptParameters;
  try {
    parameters = parseHash(stored).parameters;
  } catch {
    return true;
  }
  const current = currentScryptParameters;
  const names = Object.keys(current) as (keyof ScryptParameters)[];
  return names.some((name) => parameters[name] < current[name]);
}

/**
 * The work of one verification, for a login with an unknown username: answering faster than for a
 * known one would tell an attacker which usernames exist.
 */
export async function simulatePasswordCheck(plain: string): Promise<false> {
  const parameters = currentScryptParameters;
  await deriveKey(plain, Buffer.alloc(parameters.saltBytes), parameters);
  return false;
}

function deriveKey(plain: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  const { r, p, keyBytes } = parameters;
  const N = 2 ** parameters.logN;
  // OpenSSL needs a little more than 128·N·r bytes: the default maxmem (32 MiB) is too small.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  const password = Buffer.from(normalizePassword(plain), 'utf8');
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyBytes, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

function parseHash(stored: string): { parameters: ScryptParameters; salt: Buffer; key: Buffer } {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') {
    throw new InvalidPasswordHashError('stored password hash is not scrypt$logN$r$p$salt$key');
  }
  const [logN, r, p] = parts.slice(1, 4).map(parseSmallInteger);
  const salt = decodeBase64(parts[4] ?? '');
  const key = decodeBase64(parts[5] ?? '');
  const parameters: ScryptParameters = {
    logN: logN ?? Number.NaN,
    r: r ?? Number.NaN,
    p: p ?? Number.NaN,
    saltBytes: salt.length,
    keyBytes: key.length,
  };
  const problem = findParameterProblem(parameters);
  if (problem !== null) throw new InvalidPasswordHashError(`stored password hash has ${problem}`);
  return { parameters, salt, key };
}

/** `name value, not min…max` for the first parameter outside its limits, or null. */
function findParameterProblem(parameters: ScryptParameters): string | null {
  for (const [name, [min, max]] of Object.entries(parameterLimits)) {
    const value = parameters[name as keyof ScryptParameters];
    if (!(Number.isInteger(value) && value >= min && value <= max)) return `${name} ${value}, not ${min}…${max}`;
  }
  return null;
}

function parseSmallInteger(text: string): number {
  return /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
}

function decodeBase64(text: string): Buffer {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
}

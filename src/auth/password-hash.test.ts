import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  currentScryptParameters,
  hashPassword,
  InvalidPasswordHashError,
  needsRehash,
  simulatePasswordCheck,
  verifyPassword,
} from './password-hash.ts';

const password = 'Lc-2024政务公开办!';

/** A hash made by hand with other parameters, as an older version of the code would store it. */
function hashWith(plain: string, logN: number, r: number, p: number, saltBytes = 16, keyBytes = 32) {
  const salt = Buffer.alloc(saltBytes, 7);
  const N = 2 ** logN;
  const key = scryptSync(plain, salt, keyBytes, { N, r, p, maxmem: 256 * N * r });
  return `scrypt$${logN}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

describe('hashPassword', () => {
  it('encodes scrypt N=2^15, r=8, p=1 with a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPassword(password);
    const [scheme, logN, r, p, salt, key, ...rest] = stored.split('$');
    expect([scheme, logN, r, p, rest]).toEqual(['scrypt', '15', '8', '1', []]);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
  });

  it('derives the key with the stored salt and parameters', async () => {
    const stored = await hashPassword(password);
    const [, , , , salt, key] = stored.split('$');
    const options = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 2 ** 20 };
    const expected = scryptSync(password, Buffer.from(salt!, 'base64'), 32, options);
    expect(Buffer.from(key!, 'base64').equals(expected)).toBe(true);
  });

  it('takes other parameters only when given (tests), within the limits verifyPassword accepts', async () => {
    const cheap = { ...currentScryptParameters, logN: 10 };
    const stored = await hashPassword(password, cheap);
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', '10', '8', '1']);
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(needsRehash(stored)).toBe(true);
    await expect(hashPassword(password, { ...cheap, logN: 9 })).rejects.toThrow('logN 9, not 10…20');
    await expect(hashPassword(password, { ...cheap, saltBytes: 4 })).rejects.toThrow('saltBytes 4, not 8…64');
  });

  it('salts every hash, so the same password gives different strings', async () => {
    const [a, b] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(a).not.toBe(b);
  });
});

const salt16 = Buffer.alloc(16, 1).toString('base64');
const key32 = Buffer.alloc(32, 2).toString('base64');

describe('verifyPassword', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword(password);
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword('Lc-2024政务公开办?', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('accepts the password typed with a full-width input mode (NFKC)', async () => {
    const stored = await hashPassword('Abc-12345xyz');
    expect(await verifyPassword('Ａｂｃ－１２３４５ｘｙｚ', stored)).toBe(true);
  });

  it('reads the parameters from the stored string, so older hashes still verify', async () => {
    const stored = hashWith(password, 12, 4, 2);
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword(`${password}x`, stored)).toBe(false);
  });

  it('refuses a password longer than 1024 characters', async () => {
    const stored = await hashPassword(password);
    expect(await verifyPassword('a'.repeat(1025), stored)).toBe(false);
  });

  it.each([
    ['an empty string', ''],
    ['another scheme', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$a2V5'],
    ['a missing part', `scrypt$15$8$1$${salt16}`],
    ['a non-numeric parameter', `scrypt$x$8$1$${salt16}$${key32}`],
    ['a cost that would take gigabytes', `scrypt$24$8$1$${salt16}$${key32}`],
    ['a salt that is not base64', `scrypt$15$8$1$not*base64$${key32}`],
    ['a key that is too short', `scrypt$15$8$1$${salt16}$a2V5`],
  ])('throws InvalidPasswordHashError for %s', async (_, stored) => {
    await expect(verifyPassword(password, stored)).rejects.toBeInstanceOf(InvalidPasswordHashError);
  });
});

describe('needsRehash', () => {
  it('is false for a hash made now', async () => {
    expect(needsRehash(await hashPassword(password))).toBe(false);
  });

  it.each([
    ['a lower N', 14, 8, 1, 16, 32],
    ['a lower r', 15, 4, 1, 16, 32],
    ['a shorter salt', 15, 8, 1, 8, 32],
    ['a shorter key', 15, 8, 1, 16, 16],
  ])('is true for %s', (_, logN, r, p, saltBytes, keyBytes) => {
    expect(needsRehash(hashWith('x', logN, r, p, saltBytes, keyBytes))).toBe(true);
  });

  it('is false for parameters stronger than the current ones', () => {
    expect(needsRehash(hashWith('x', 15, 8, 2))).toBe(false);
  });

  it('is true for a string that is not one of our hashes', () => {
    expect(needsRehash('plain-text-password')).toBe(true);
  });

  it('compares against the current parameters', () => {
    expect(currentScryptParameters).toEqual({ logN: 15, r: 8, p: 1, saltBytes: 16, keyBytes: 32 });
  });
});

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

describe('simulatePasswordCheck', () => {
  it('takes about as long as a real verification and answers false', async () => {
    const stored = await hashPassword(password);
    const verify = () => verifyPassword(password, stored);
    const real = Math.min(await timed(verify), await timed(verify));
    let answer: boolean | undefined;
    const simulated = await timed(async () => {
      answer = await simulatePasswordCheck(password);
    });
    expect(answer).toBe(false);
    // Load on a shared machine only slows runs down; a simulation that skipped the work takes ~0 ms.
    expect(simulated).toBeGreaterThan(real / 4);
  });
});

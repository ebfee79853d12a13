/**
 * One-time passwords for new accounts and resets: shown once to the administrator, who passes them
 * on; the owner must replace them at the first sign-in. Four groups of four characters joined by
 * hyphens (`Hk7m-Q2wx-…`), about 93 bits, without the look-alikes 0/O, 1/l/I, so that they can be
 * read out over the phone or copied from paper.
 */
import { randomInt } from 'node:crypto';
import { checkPasswordPolicy } from '../domain/accounts/password-policy.ts';

const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
const groups = 4;
const groupLength = 4;
const maxAttempts = 50;

/** `randomIndex(n)` must return a uniformly random integer in [0, n): node:crypto by default. */
export function generateOneTimePassword(randomIndex: (n: number) => number = randomInt): string {
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const password = Array.from({ length: groups }, () => drawGroup(randomIndex)).join('-');
    // Nearly every draw has upper case, lower case and digits; the rare one without is drawn again.
    if (checkPasswordPolicy(password, { username: '' }).length === 0) return password;
  }
  throw new Error('could not draw a one-time password that meets the password policy');
}

function drawGroup(randomIndex: (n: number) => number): string {
  let group = '';
  for (let i = 0; i < groupLength; i += 1) group += alphabet[randomIndex(alphabet.length)];
  return group;
}

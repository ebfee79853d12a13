import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from '../domain/accounts/password-policy.ts';
import { generateOneTimePassword } from './one-time-password.ts';

describe('generateOneTimePassword', () => {
  it('gives four hyphenated groups of four unambiguous characters', () => {
    for (let i = 0; i < 200; i += 1) {
      expect(generateOneTimePassword()).toMatch(/^[A-HJ-NP-Za-km-z2-9]{4}(-[A-HJ-NP-Za-km-z2-9]{4}){3}$/);
    }
  });

  it('always meets the password policy, even for the username it is given to', () => {
    for (let i = 0; i < 200; i += 1) {
      const password = generateOneTimePassword();
      expect(checkPasswordPolicy(password, { username: 'zhang.san', displayName: '张三' })).toEqual([]);
    }
  });

  it('does not repeat in 2 000 draws', () => {
    const drawn = new Set(Array.from({ length: 2000 }, () => generateOneTimePassword()));
    expect(drawn.size).toBe(2000);
  });

  it('draws again when a draw lacks a character class', () => {
    // The first 16 draws give only 'A' (one class); then the sequence cycles through the alphabet.
    let calls = 0;
    const password = generateOneTimePassword((n) => (calls++ < 16 ? 0 : (calls * 7) % n));
    expect(calls).toBe(32);
    expect(checkPasswordPolicy(password, { username: '' })).toEqual([]);
  });

  it('gives up with an error instead of looping when the random source is broken', () => {
    expect(() => generateOneTimePassword(() => 0)).toThrow(/one-time password/);
  });
});

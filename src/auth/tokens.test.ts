import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSameToken, randomToken, sha256Hex } from './tokens.ts';

describe('randomToken', () => {
  it('gives 32 random bytes as 43 base64url characters by default', () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('gives the requested number of bytes', () => {
    expect(Buffer.from(randomToken(16), 'base64url')).toHaveLength(16);
  });

  it('never repeats in 10 000 draws', () => {
    const tokens = new Set(Array.from({ length: 10_000 }, () => randomToken()));
    expect(tokens.size).toBe(10_000);
  });
});

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j to the known digest', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it('hashes Chinese text as UTF-8', () => {
    const utf8 = Buffer.from('政府信息公开', 'utf8');
    expect(sha256Hex('政府信息公开')).toBe(createHash('sha256').update(utf8).digest('hex'));
  });
});

describe('isSameToken', () => {
  it('is true for the same token and false for any other', () => {
    const token = randomToken();
    expect(isSameToken(token, token)).toBe(true);
    expect(isSameToken(`${token}x`, token)).toBe(false);
    expect(isSameToken(token.slice(0, -1), token)).toBe(false);
    expect(isSameToken(randomToken(), token)).toBe(false);
  });

  it('is false when the expected token is empty, even for an empty one given', () => {
    expect(isSameToken('', '')).toBe(false);
  });
});

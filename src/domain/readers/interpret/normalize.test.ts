import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hasWhiteSpace,
  isPageNumber,
  normalizeForMatch,
  normalizeHalfWidth,
  stripNumbering,
  toHalfWidth,
} from './normalize.ts';

// The definition normalizeHalfWidth must keep to, whatever its implementation.
const ignoredInLabels = /[\s“”"'‘’「」『』〝〞«»‹›*#]/g;

describe('normalizeHalfWidth', () => {
  it('removes exactly white space, quotes and markdown marks, character by character', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if (normalizeHalfWidth(text) !== text.replace(ignoredInLabels, '')) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('removes them anywhere in any text', () => {
    const pieces = fc.constantFrom('商业', '企业', ' ', '\u3000', '\t', '“', '”', '"', "'", '「', '』', '*', '#', '1', '（', '·');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeHalfWidth(text)).toBe(text.replace(ignoredInLabels, ''));
      }),
    );
  });

  it('matches labels written with stray spaces, full-width brackets and quotes', () => {
    expect(normalizeForMatch('3.危及 “三安全一稳定”')).toBe('3.危及三安全一稳定');
    expect(normalizeForMatch('（七）总 计')).toBe('(七)总计');
    expect(normalizeForMatch('**规章**')).toBe('规章');
  });
});

describe('hasWhiteSpace', () => {
  it('finds exactly what \\s matches, character by character', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if (hasWhiteSpace(text) !== /\s/.test(text)) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('toHalfWidth', () => {
  it('turns full-width digits, letters and punctuation half-width', () => {
    expect(toHalfWidth('（一）１２３，ＡＢ．５％')).toBe('(一)123,AB.5%');
  });

  it('is NFKC for every character', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      if (toHalfWidth(character) !== character.normalize('NFKC')) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  // Text it leaves alone must not hold two characters NFKC would compose into one.
  it('is NFKC for every pair of characters that composes', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x110000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const decomposed = String.fromCodePoint(code).normalize('NFD');
      if ([...decomposed].length < 2) continue;
      if (toHalfWidth(decomposed) !== decomposed.normalize('NFKC')) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('is NFKC for any mix of Chinese text, full-width forms and ASCII', () => {
    const pieces = fc.constantFrom('湘潭县', '，', '。', '（', '）', '１', '2', 'a', '、', '“', '》', '〔', '·', '—', '…', '\u3000', 'é', 'e\u0301', '㈠');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(toHalfWidth(text)).toBe(text.normalize('NFKC'));
      }),
    );
  });
});

describe('stripNumbering', () => {
  it.each([
    ['三(七)总计', '总计'],
    ['1.属于国家秘密', '属于国家秘密'],
    ['(三)不予公开', '不予公开'],
    ['第二部分主动公开', '主动公开'],
    ['2024年', '2024年'],
    ['(七)', '(七)'],
  ])('reads %j as %j', (norm, core) => {
    expect(stripNumbering(norm)).toBe(core);
  });
});

describe('isPageNumber', () => {
  it.each(['-2-', '—12—', '第2页', '第2页共6页', '2/6'])('knows %j is a page number', (norm) => {
    expect(isPageNumber(norm)).toBe(true);
  });

  it.each(['2', '-2', '第2页附', '2024/12', '共6页', '12/31日'])('knows %j is not', (norm) => {
    expect(isPageNumber(norm)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { highlightNeedles, normalizeQueryText, parseSearchQuery, searchQueryLimits } from './parse-query.ts';

describe('parseSearchQuery', () => {
  it('reads words apart and quoted phrases, in straight or Chinese quotes', () => {
    const query = parseSearchQuery('  农村低保   “最低生活保障”  "GIS 平台" ');
    expect(query.text).toBe('农村低保 “最低生活保障” "GIS 平台"');
    expect(query.terms.map((t) => [t.text, t.isPhrase])).toEqual([
      ['农村低保', false],
      ['最低生活保障', true],
      ['gis 平台', true],
    ]);
    expect(query.terms[0]?.tokens).toEqual(['农村', '低保']);
    expect(query.terms[0]?.grams).toEqual(['农村', '村低', '低保']);
  });

  it('keeps only text: operators, quotes, wildcards and control characters give no term of their own', () => {
    expect(parseSearchQuery("%_ ' \\ :* & | ! ( ) <-> .* [] $").terms).toEqual([]);
    expect(parseSearchQuery('低保:*').terms.map((t) => t.tokens)).toEqual([['低保']]);
    expect(normalizeQueryText('低\u0000保\u200b\t政策')).toBe('低 保 政策');
    expect(normalizeQueryText('ＧＩＳ　平台')).toBe('GIS 平台');
  });

  it('stops at the length limit and at ten terms, and drops repeated terms', () => {
    expect(parseSearchQuery('字'.repeat(500)).text).toHaveLength(searchQueryLimits.characters);
    const many = parseSearchQuery(Array.from({ length: 15 }, (_, i) => `词${i}`).join(' '));
    expect(many.terms).toHaveLength(searchQueryLimits.terms);
    expect(parseSearchQuery('低保 低保').terms).toHaveLength(1);
  });
});

describe('highlightNeedles', () => {
  it('marks whole terms and their words, longest first, never single characters or parts of words', () => {
    const needles = highlightNeedles(parseSearchQuery('义务教育的招生 财政'));
    expect(needles[0]).toBe('义务教育的招生');
    expect(needles).toEqual(expect.arrayContaining(['义务教育', '招生', '财政']));
    expect(needles).not.toContain('的');
    expect(needles).not.toContain('教育');
  });
});

import { describe, expect, it } from 'vitest';
import { bigramTokens, searchTokens, tokenString } from './tokenize.ts';

describe('searchTokens', () => {
  it('segments Chinese into words and their parts, drops punctuation, lower-cases Latin and folds full-width forms', () => {
    const tokens = searchTokens('莲城县自然资源局关于印发《国土空间规划》的通知（ＧＩＳ版）');
    expect(tokens).toEqual(expect.arrayContaining(['莲城县', '自然资源', '自然', '资源', '国土', '空间规划', '通知', 'gis']));
    expect(tokens.some((t) => /[《》（）]/.test(t))).toBe(false);
  });

  it('gives nothing for blank or punctuation-only text, and the same tokens for the same text', () => {
    expect(searchTokens('  ')).toEqual([]);
    expect(searchTokens('！？…')).toEqual([]);
    expect(tokenString('政府信息公开')).toBe(tokenString('政府信息公开'));
  });
});

describe('bigramTokens', () => {
  it('gives the character pairs of Chinese runs in order, other words whole', () => {
    expect(bigramTokens('永林镇泉江村')).toEqual(['永林', '林镇', '镇泉', '泉江', '江村']);
    expect(bigramTokens('县，12345热线（ＧＩＳ版）')).toEqual(['县', '12345', '热线', 'gis', '版']);
    expect(bigramTokens('！？')).toEqual([]);
  });
});

describe('tokenString', () => {
  it('holds the bigrams and the words, so a name jieba cuts differently in context is still found', () => {
    const indexed = tokenString('关于永林镇泉江村城乡公交一体化情况的公告').split(' ');
    expect(searchTokens('关于永林镇泉江村')).not.toContain('永林镇');
    const [first, second] = bigramTokens('永林镇');
    expect(indexed.indexOf(second!)).toBe(indexed.indexOf(first!) + 1);
    expect(indexed).toEqual(expect.arrayContaining(['永林', '公交', '一体化']));
  });
});

import { describe, expect, it } from 'vitest';
import { searchTokens, tokenString } from './tokenize.ts';

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

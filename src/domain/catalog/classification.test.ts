import { describe, expect, it } from 'vitest';
import { defaultClassifications, defaultGenreCodeOfKind, pathOf } from './classification.ts';

describe('default classification trees', () => {
  it('have unique codes, parents before children, and the genres the register kinds are filed under', () => {
    for (const nodes of Object.values(defaultClassifications)) {
      const seen = new Set<string>();
      for (const node of nodes) {
        expect(seen.has(node.code)).toBe(false);
        if (node.parentCode !== null) expect(seen.has(node.parentCode)).toBe(true);
        seen.add(node.code);
      }
    }
    const genre = (code: string) => defaultClassifications.genre.find((n) => n.code === code)?.name;
    expect(genre(defaultGenreCodeOfKind.regulation)).toBe('规章');
    expect(genre(defaultGenreCodeOfKind.normativeDocument)).toBe('行政规范性文件');
    expect(genre(defaultGenreCodeOfKind.interpretation)).toBe('政策解读');
  });

  it('gives the path of a node from its root', () => {
    expect(pathOf(defaultClassifications.subject, 'S0205').map((n) => n.name)).toEqual(['综合政务', '信访']);
    expect(pathOf(defaultClassifications.subject, 'nope')).toEqual([]);
  });
});

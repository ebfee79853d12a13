import { describe, expect, it } from 'vitest';
import { anyWord } from './any-word.ts';

describe('anyWord', () => {
  it('finds any of the words anywhere in the text', () => {
    const pattern = anyWord(['本年增/减', '(七)总计', '三安全']);
    expect(pattern.test('2.本年增/减数量')).toBe(true);
    expect(pattern.test('(七)总计')).toBe(true);
    expect(pattern.test('危及三安全一稳定')).toBe(true);
    expect(pattern.test('七总计')).toBe(false);
    expect(pattern.test('本年增减')).toBe(false);
  });

  it('takes the words literally, not as patterns', () => {
    expect(anyWord(['a.c']).test('abc')).toBe(false);
    expect(anyWord(['[x]']).test('x')).toBe(false);
    expect(anyWord(['[x]']).test('a[x]')).toBe(true);
  });

  it('matches nothing for no words', () => {
    expect(anyWord([]).test('')).toBe(false);
    expect(anyWord([]).test('其他')).toBe(false);
  });
});

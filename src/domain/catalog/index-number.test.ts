import { describe, expect, it } from 'vitest';
import { defaultIndexPattern, findIndexNumberProblems, findIndexPatternProblems, formatIndexNumber } from './index-number.ts';

const values = { creditCode: '11430321006221486Y', agencyCode: 'lcx-zrzy', year: 2026, seq: 42, genreCode: 'G0301', subjectCode: 'S0505' };

describe('index numbers (索引号)', () => {
  it('formats the default pattern as real catalogues do', () => {
    expect(findIndexPatternProblems(defaultIndexPattern)).toEqual([]);
    expect(formatIndexNumber(defaultIndexPattern, values)).toBe('11430321006221486Y/2026-00042');
  });

  it('fills every token, and the agency code stands in for a missing credit code', () => {
    const pattern = '{agencyCode}-{genre}-{subject}/{year}/{seq:3}';
    expect(findIndexPatternProblems(pattern)).toEqual([]);
    expect(formatIndexNumber(pattern, values)).toBe('lcx-zrzy-G0301-S0505/2026/042');
    expect(formatIndexNumber('{creditCode}-{seq:4}', { ...values, creditCode: null })).toBe('LCX-ZRZY-0042');
  });

  it.each([
    ['', '请填写'],
    ['{creditCode}/{year}', '有且只有一个顺序号'],
    ['{seq:5}-{seq:5}', '有且只有一个顺序号'],
    ['{seq}', '位数'],
    ['{seq:12}', '位数'],
    ['{title}-{seq:5}', '无法识别'],
    ['索引{seq:5}', '固定文字'],
    ['<script>{seq:5}', '固定文字'],
  ])('refuses the pattern %j with a message about %s', (pattern, message) => {
    const problems = findIndexPatternProblems(pattern);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join()).toContain(message);
    expect(problems.every((p) => p.code === 'catalog.invalidIndexPattern' && p.path === 'indexPattern')).toBe(true);
  });

  it('checks index numbers entered by hand', () => {
    expect(findIndexNumberProblems('11430321006221486Y/2024-00123')).toEqual([]);
    expect(findIndexNumberProblems(' ')[0]?.message).toContain('请填写');
    expect(findIndexNumberProblems("x'; drop table info_items;--")[0]?.code).toBe('catalog.invalidIndexNumber');
    expect(findIndexNumberProblems('A'.repeat(81))[0]?.message).toContain('过长');
  });
});

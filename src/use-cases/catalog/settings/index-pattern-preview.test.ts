import { describe, expect, it } from 'vitest';
import { defaultIndexPattern } from '../../../domain/catalog/index-number.ts';
import { findPatternProblems, previewNextIndexNumber } from './index-pattern-preview.ts';

const agency = { code: 'lcx-zrzy', creditCode: '11430321006221486Y' };

describe('the 索引号 settings', () => {
  it('previews the next number of the year from the last one given', () => {
    expect(previewNextIndexNumber(defaultIndexPattern, agency, 2026, 122)).toEqual({ indexNumber: '11430321006221486Y/2026-00123', year: 2026, seq: 123, usesClassification: false });
    expect(previewNextIndexNumber('{agencyCode}/{genre}/{year}/{seq:3}', { code: 'x-y', creditCode: null }, 2025, 0)).toMatchObject({ indexNumber: 'x-y/G0301/2025/001', usesClassification: true });
  });

  it.each([
    ['{creditCode}-{seq:5}', '须包含年份 {year}'],
    ['{year}', '有且只有一个顺序号'],
    ['{year}-{seq:9}', '3 至 8 位'],
    ['{year}-{seq:5} 号', '只能使用字母、数字'],
    ['', '请填写索引号规则'],
  ])('refuses %s', (pattern, message) => {
    const problems = findPatternProblems(pattern, agency);
    expect(problems.map((p) => p.message).join(' ')).toContain(message);
    expect(problems.every((p) => p.path === 'indexPattern')).toBe(true);
  });

  it('refuses a pattern whose numbers would be too long for this agency', () => {
    const longCode = { code: `a${'b'.repeat(39)}`, creditCode: null };
    expect(findPatternProblems('{agencyCode}/{agencyCode}/{year}-{seq:8}', longCode).map((p) => p.message)).toEqual(['按此规则生成的索引号不符合要求：索引号过长（不超过 80 个字符）。']);
    expect(findPatternProblems('{agencyCode}/{year}-{seq:8}', longCode)).toEqual([]);
  });

  it('accepts the default pattern and patterns with the classification codes', () => {
    expect(findPatternProblems(defaultIndexPattern, agency)).toEqual([]);
    expect(findPatternProblems('{agencyCode}-{year}-{subject}-{seq:4}', agency)).toEqual([]);
  });
});

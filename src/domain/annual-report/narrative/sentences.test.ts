import { describe, expect, it } from 'vitest';
import { normalizeNarrative, splitSentences } from './sentences.ts';

describe('normalizeNarrative', () => {
  it('drops white space and thousands separators and makes digits half-width', () => {
    expect(normalizeNarrative('受理申请 3,119 件，答复３０５０件．')).toBe('受理申请3119件，答复3050件.');
  });
});

describe('splitSentences', () => {
  it('cuts paragraphs into sentences after their end marks', () => {
    expect(splitSentences('全年受理申请35件。均已答复！\n。。其他事项?')).toEqual([
      { text: '全年受理申请35件。', paragraph: 0 },
      { text: '均已答复！', paragraph: 0 },
      { text: '其他事项?', paragraph: 1 },
    ]);
  });
});

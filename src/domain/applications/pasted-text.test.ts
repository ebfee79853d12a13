import { describe, expect, it } from 'vitest';
import { normalizePastedCode } from './pasted-text.ts';

describe('normalizePastedCode', () => {
  it.each([
    ['ＹＳＱ－ＬＣＸ', 'YSQ-LCX'],
    ['YSQ — LCX – 2026 ‐ 1', 'YSQ-LCX-2026-1'],
    ['ab\u3000cd\u00a0ef\u200b', 'abcdef'],
    ['abc\r\n', 'abc'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizePastedCode(input)).toBe(expected);
  });
});

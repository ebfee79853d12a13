import { describe, expect, it } from 'vitest';
import { replaceRadicals } from './pdf-radicals.ts';

describe('replaceRadicals', () => {
  it('reads Kangxi radicals and radical-supplement characters as the ideographs they look like', () => {
    // As Chromium writes 莲城县人民政府 / 首页 / 行政 / 工作 with Noto CJK.
    expect(replaceRadicals('莲城县⼈⺠政府 ⾸⻚ ⾏政 ⼯作 ⻓期 ⻔户 ⻅⾯')).toBe('莲城县人民政府 首页 行政 工作 长期 门户 见面');
  });

  it('leaves ideographs, full-width punctuation and digits as they are', () => {
    const text = '（一）予以公开：１２３，“三安全一稳定”';
    expect(replaceRadicals(text)).toBe(text);
  });
});

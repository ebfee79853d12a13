import { describe, expect, it } from 'vitest';
import { highlightText, snippetOf } from './highlight.ts';

const marked = (segments: { text: string; hit: boolean }[]) => segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');

describe('highlightText', () => {
  it('marks every occurrence, the longest needle first, ignoring the case of Latin letters', () => {
    expect(marked(highlightText('义务教育招生与义务教育', ['义务教育招生', '义务教育']))).toBe('[义务教育招生]与[义务教育]');
    expect(marked(highlightText('GIS平台与gis数据', ['gis']))).toBe('[GIS]平台与[gis]数据');
  });

  it('leaves markup as text: segments, not HTML', () => {
    expect(highlightText('<b>低保</b>', ['低保'])).toEqual([
      { text: '<b>', hit: false },
      { text: '低保', hit: true },
      { text: '</b>', hit: false },
    ]);
  });

  it('gives the text unmarked without needles', () => {
    expect(highlightText('通知', [])).toEqual([{ text: '通知', hit: false }]);
    expect(highlightText('', ['通知'])).toEqual([]);
  });
});

describe('snippetOf', () => {
  const body = `${'甲'.repeat(200)}农村低保标准提高${'乙'.repeat(200)}`;

  it('shows a passage around the first hit, with ellipses where text is left out', () => {
    const snippet = snippetOf(body, ['低保'], { length: 40, lead: 10 });
    expect(marked(snippet)).toBe(`…${'甲'.repeat(8)}农村[低保]标准提高${'乙'.repeat(24)}…`);
  });

  it('shows the start when nothing matches, and folds white space', () => {
    expect(marked(snippetOf('一、总体要求\n\n 二、工作任务', ['财政'], { length: 8, lead: 2 }))).toBe('一、总体要求 二…');
    expect(snippetOf('  ', ['财政'])).toEqual([]);
  });
});

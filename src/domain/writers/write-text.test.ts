import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSampleReport, sampleTextFixturePath } from '../../../test/render/sample-report.ts';
import { createBlankReport, setFigure } from '../annual-report/figures.ts';
import { writeText } from './write-text.ts';

/** The lines from one heading up to (and including) another. */
function sliceBetween(text: string, from: string, to: string): string[] {
  const lines = text.split('\n');
  return lines.slice(lines.indexOf(from), lines.indexOf(to) + 1);
}

// The published page words three labels differently from the format; the writer prints the format's words.
const publishedWording: [RegExp, string][] = [
  [/其他法律和行政法规禁止公开/, '其他法律行政法规禁止公开'],
  [/行政机关不再受理其政府信息公开申请/, '行政机关不再处理其政府信息公开申请'],
];

describe('writeText', () => {
  const text = writeText(loadSampleReport());

  it('lays out the three tables exactly as the published page does', () => {
    let fixture = readFileSync(sampleTextFixturePath, 'utf8');
    for (const [pattern, official] of publishedWording) fixture = fixture.replace(new RegExp(pattern, 'g'), official);
    const span = ['二、主动公开政府信息情况', '五、存在的主要问题及改进情况'] as const;
    expect(sliceBetween(text, ...span)).toEqual(sliceBetween(fixture, ...span));
    expect(sliceBetween(text, ...span).length).toBeGreaterThan(300);
  });

  it('opens with the title and a preamble stating the period', () => {
    const [blank, title, preamble] = text.split('\n');
    expect(blank).toBe('');
    expect(title).toBe('湘潭县2024年政府信息公开工作年度报告');
    expect(preamble).toContain('本报告所列数据的统计期限为2024年1月1日至2024年12月31日。');
  });

  it('writes each narrative paragraph on its own line under its heading', () => {
    const lines = sliceBetween(text, '五、存在的主要问题及改进情况', '六、其他需要报告的事项');
    expect(lines.filter((l) => l !== '')).toEqual([
      '五、存在的主要问题及改进情况',
      expect.stringMatching(/^1\.存在的主要问题/),
      expect.stringMatching(/^2\.改进情况/),
      '六、其他需要报告的事项',
    ]);
    expect(text.trimEnd().endsWith('2024年度，湘潭县未收取信息处理费，无其他需报告的事项。')).toBe(true);
  });

  it('writes a blank figure as a lone tab and keeps tabs out of paragraphs', () => {
    const report = createBlankReport();
    setFigure(report, 'reviews.reconsideration.upheld', 3);
    report.sections.other = '甲\t乙';
    const lines = writeText(report).split('\n');
    const at = lines.indexOf('\t3');
    expect(lines[at - 1]).toBe('');
    expect(lines.slice(at, at + 16)).toEqual(['\t3', ...Array(14).fill('\t'), '']);
    expect(lines).toContain('甲 乙');
  });
});

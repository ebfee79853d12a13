import { describe, expect, it } from 'vitest';
import { arrangePdfRuns, type PdfRun } from './pdf-lines.ts';

const run = (text: string, x: number, y: number, width = 10, page = 1): PdfRun => ({ page, text, x, y, width });
const lines = (runs: PdfRun[]) => {
  const result: string[][] = [];
  for (const token of arrangePdfRuns(runs)) {
    const key = token.location.line! - 1 + (token.location.page! - 1) * 1000;
    (result[key] ??= []).push(token.text);
  }
  return result.filter(Boolean);
};

describe('arrangePdfRuns', () => {
  it('orders runs by page, then lines from top to bottom, then left to right', () => {
    const runs = [run('b', 200, 700), run('d', 100, 680, 10, 2), run('c', 100, 680), run('a', 100, 700)];
    expect(arrangePdfRuns(runs)).toEqual([
      { text: 'a', location: { page: 1, line: 1 }, x: 100, width: 10 },
      { text: 'b', location: { page: 1, line: 1 }, x: 200, width: 10 },
      { text: 'c', location: { page: 1, line: 2 }, x: 100, width: 10 },
      { text: 'd', location: { page: 2, line: 1 }, x: 100, width: 10 },
    ]);
  });

  it('keeps the figures of a table row on the label’s line when their baseline is 2pt lower', () => {
    // 淮安 p.4: label at y=190, its figures at y=188 — one line; the next label 24pt lower is another.
    const runs = [run('4.保护第三方合法权益', 143, 190, 75), run('6', 266, 188, 4), run('502', 502, 188, 4), run('5.属于三类内部事务信息', 143, 167, 82)];
    expect(lines(runs)).toEqual([['4.保护第三方合法权益', '6', '502'], ['5.属于三类内部事务信息']]);
  });

  it('chains runs within the tolerance, so a vertical header character a point above does not split a row', () => {
    // "办" (vertical heading) 191 · label 190 · figures 188 · "（三）不" 186
    const runs = [run('办', 77, 191, 7), run('4.保护第三方合法权益', 143, 190, 75), run('6', 266, 188, 4), run('（三）不', 101, 186, 31)];
    expect(lines(runs)).toEqual([['办', '（三）不', '4.保护第三方合法权益', '6']]);
  });

  it('puts runs more than 2.5pt apart on separate lines (a wrapped label around its figures)', () => {
    const runs = [run('（二）部分公开（区分处理的，只计这一情', 101, 301, 144), run('447', 262, 292, 11), run('形，不计其他情形）', 101, 286, 67)];
    expect(lines(runs)).toEqual([['（二）部分公开（区分处理的，只计这一情'], ['447'], ['形，不计其他情形）']]);
  });

  it('drops empty and white-space runs and trims the others', () => {
    const runs = [run('', 10, 700), run(' ', 20, 700), run('  年  ', 30, 700), run('\u3000', 40, 700)];
    expect(arrangePdfRuns(runs).map((t) => t.text)).toEqual(['年']);
  });

  it('joins runs that touch on one baseline into one token, but not runs with a gap', () => {
    // Chromium splits "行政规范性文件" at glyphs it maps to radicals; WPS leaves 3pt around figures.
    const runs = [run('行', 86, 500, 10), run('政规范性', 95.5, 500, 39), run('文件', 134.5, 500, 20), run('8', 245, 500, 5), run('2024', 247, 480, 32), run('年', 282, 480, 16)];
    expect(arrangePdfRuns(runs).map((t) => [t.text, t.x, t.width])).toEqual([
      ['行政规范性文件', 86, 68.5],
      ['8', 245, 5],
      ['2024', 247, 32],
      ['年', 282, 16],
    ]);
  });

  it('returns no tokens for no runs', () => {
    expect(arrangePdfRuns([])).toEqual([]);
  });
});

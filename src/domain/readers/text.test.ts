import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnnualReport } from '../annual-report/check.ts';
import { figurePaths } from '../annual-report/layout.ts';
import { getFigure } from '../annual-report/figures.ts';
import type { AnnualReport } from '../annual-report/model.ts';
import { readText, tokenizeText } from './text.ts';

const sharedDir = new URL('../../../test/fixtures/real/', import.meta.url);
const realDir = new URL('../../../test/fixtures/real/', import.meta.url);
const fixturesDir = new URL('../../../test/fixtures/reports/text/', import.meta.url);
const figureKeys = ['agency', 'year', 'period', 'proactive', 'applications', 'reviews'] as const;

function readFixture(dir: URL, name: string): string {
  return readFileSync(new URL(name, dir), 'utf8');
}

// The repository keeps a copy of the shared real reports; the shared folder is the fallback.
function sharedOrReal(name: string): string {
  try {
    return readFixture(realDir, name);
  } catch {
    return readFixture(sharedDir, name);
  }
}

function readFigurePaths(report: AnnualReport): string[] {
  return figurePaths.filter((path) => getFigure(report, path) !== null);
}

describe('readText on the 湘潭县 2024 report', () => {
  const text = sharedOrReal('xiangtan-county-2024.txt');
  const expected = JSON.parse(sharedOrReal('xiangtan-county-2024.expected.json')) as Record<string, unknown>;
  const result = readText(text);

  it.each(figureKeys)('reads %s exactly as checked by hand', (key) => {
    expect(result.report[key]).toEqual(expected[key]);
  });

  it('reads every figure with a source giving its line', () => {
    for (const path of figurePaths) {
      const source = result.report.sources?.[path];
      expect(source, path).toBeDefined();
      expect(source?.location.line, path).toBeGreaterThan(0);
      expect(source?.location.path).toBe(path);
    }
    expect(result.report.sources?.['applications.newReceived.total']).toEqual({
      location: { line: 90, path: 'applications.newReceived.total' },
      raw: '178',
    });
  });

  it('reports no error and leaves nothing ambiguous', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.ambiguous).toEqual([]);
    expect(result.candidates).toEqual({});
    expect(result.report.format).toBe('2021');
  });

  it('reads the narrative sections with the line of each paragraph', () => {
    const { overview, problems, other } = result.report.sections;
    expect(overview?.startsWith('2024年，在县委')).toBe(true);
    expect(overview?.split('\n')).toHaveLength(6);
    expect(overview).toContain('全年共受理政府信息公开申请35件');
    expect(problems?.startsWith('1.存在的主要问题：')).toBe(true);
    expect(other).toBe('2024年度，湘潭县未收取信息处理费，无其他需报告的事项。');
    expect(result.report.sources?.['sections.overview']?.parts?.map((p) => p.line)).toEqual([7, 9, 10, 12, 14, 16]);
  });

  it('says where the title and the statistics period were read', () => {
    const sources = result.report.sources ?? {};
    const title = '湘潭县2024年政府信息公开工作年度报告';
    expect(sources['agency']).toEqual({ location: { line: 2, path: 'agency' }, raw: title });
    expect(sources['year']).toEqual({ location: { line: 2, path: 'year' }, raw: title });
    expect(sources['period.from']).toEqual({ location: { line: 3, path: 'period.from' }, raw: '2024年1月1日' });
    expect(sources['period.to']).toEqual({ location: { line: 3, path: 'period.to' }, raw: '2024年12月31日' });
  });

  it('lets the checker point R6 and R7 findings at the title and period lines', () => {
    const report = structuredClone(result.report);
    report.period = { from: '2023年1月1日', to: '2023年12月31日' };
    const r6 = checkAnnualReport(report).find((f) => f.rule === 'R6');
    expect(r6?.locations).toEqual([
      { line: 2, path: 'year' },
      { line: 3, path: 'period.from' },
      { line: 3, path: 'period.to' },
    ]);
    const previous = { ...structuredClone(result.report), agency: '韶山市', year: 2022 };
    const r7 = checkAnnualReport(result.report, { previous }).filter((f) => f.rule === 'R7');
    expect(r7.map((f) => f.locations)).toEqual([[{ line: 2, path: 'agency' }], [{ line: 2, path: 'year' }]]);
  });
});

interface Golden {
  about: string;
  ambiguous: string[];
  candidates: Record<string, number[]>;
  expectedReadFindings: string[];
  format?: string;
  sections?: Record<string, string | null>;
  [key: string]: unknown;
}

const fixtureNames = readdirSync(fixturesDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length))
  .sort();

describe('readText on the text fixtures', () => {
  it('has the fixtures the reader is specified against', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(9);
  });

  describe.each(fixtureNames)('%s', (name) => {
    const text = readFixture(fixturesDir, `${name}.txt`);
    const golden = JSON.parse(readFixture(fixturesDir, `${name}.expected.json`)) as Golden;
    const result = readText(text);

    it.each(figureKeys)('reads %s as the golden file says', (key) => {
      expect(result.report[key]).toEqual(golden[key]);
    });

    it('lists the open cells and their candidates', () => {
      expect([...result.ambiguous].sort()).toEqual([...golden.ambiguous].sort());
      expect(result.candidates).toEqual(golden.candidates);
    });

    it('gives the expected reader findings, each with a Chinese message', () => {
      expect(result.findings.map((f) => f.rule).sort()).toEqual([...golden.expectedReadFindings].sort());
      for (const finding of result.findings) expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
    });

    it('reads the format and the sections', () => {
      expect(result.report.format).toBe(golden.format ?? '2021');
      if (golden.sections !== undefined) expect(result.report.sections).toEqual(golden.sections);
    });

    it('gives every figure it read a source with its line', () => {
      const sources = result.report.sources ?? {};
      for (const path of readFigurePaths(result.report)) expect(sources[path]?.location.line, path).toBeGreaterThan(0);
      for (const path of result.ambiguous) expect(sources[path]?.location.line, path).toBeGreaterThan(0);
    });
  });
});

describe('tokenizeText', () => {
  it('reads the web-page layout: a cell per tab line, an empty cell for a lone tab, a blank line ends the row', () => {
    const tokens = tokenizeText('标题\n\n\t规章\n\t\n\t0\n\n\t行政规范性文件\n');
    expect(tokens).toEqual([
      { text: '标题', location: { line: 1 } },
      { text: '规章', location: { line: 3 }, cell: true },
      { text: '', location: { line: 4 }, cell: true },
      { text: '0', location: { line: 5 }, cell: true, endsRow: true },
      { text: '行政规范性文件', location: { line: 7 }, cell: true, endsRow: true },
    ]);
  });

  it('reads a markdown row as one row, skipping separator lines and keeping empty cells', () => {
    const tokens = tokenizeText('| 规章 | 0 | | 3 |\n|---|---|---|---|\n');
    expect(tokens.map((t) => t.text)).toEqual(['规章', '0', '', '3']);
    expect(tokens.map((t) => t.endsRow === true)).toEqual([false, false, false, true]);
  });

  it('splits a line of cells separated by tabs or two spaces, and a label followed by its numbers', () => {
    expect(tokenizeText('规章  0  0\t0').map((t) => t.text)).toEqual(['规章', '0', '0', '0']);
    expect(tokenizeText('1.属于国家秘密 2 0 0 0 0 0 2').map((t) => t.text)).toEqual(['1.属于国家秘密', '2', '0', '0', '0', '0', '0', '2']);
    expect(tokenizeText('64 0 0 2 0470').map((t) => t.text)).toEqual(['64', '0', '0', '2', '0470']);
  });

  it('keeps narrative lines whole, even when they end with a number', () => {
    const line = '截至目前，全市在运维政务新媒体共计 95';
    expect(tokenizeText(`不规范等新老问题。${line}`)).toEqual([{ text: `不规范等新老问题。${line}`, location: { line: 1 } }]);
    expect(tokenizeText('2024 年政府信息公开工作年度报告')[0]?.cell).toBeUndefined();
  });

  it('drops markdown heading marks and bold marks, and border-only lines', () => {
    expect(tokenizeText('## 一、总体情况\n**（一）予以公开**\n|\n').map((t) => t.text)).toEqual(['一、总体情况', '（一）予以公开']);
  });
});

describe('readText on damaged input', () => {
  const xiangtan = sharedOrReal('xiangtan-county-2024.txt').split('\n');

  it('never throws, whatever lines are lost or repeated', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: xiangtan.length - 1 }), { maxLength: 400 }), (picks) => {
        const result = readText(picks.map((i) => xiangtan[i]).join('\n'));
        expect(Array.isArray(result.findings)).toBe(true);
        for (const path of result.ambiguous) expect(result.candidates[path]).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary text', () => {
    const piece = fc.constantFrom('\t', '\n', ' ', '|', '—', '0', '17', '640020470', '规章', '总计', '其他', '一、总体情况', '三、本年度办理结果', 'l', 'O');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 300 }), (pieces) => {
        expect(() => readText(pieces.join(''))).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

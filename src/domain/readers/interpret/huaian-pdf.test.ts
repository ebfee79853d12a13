import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figurePaths } from '../../annual-report/layout.ts';
import type { ReadResult, Token } from '../read-result.ts';
import { interpretTokens } from '../interpret.ts';
import { arrangePdfRuns, type PdfRun } from '../pdf-lines.ts';
import { readPdf } from '../pdf.ts';

const realDir = new URL('../../../../test/fixtures/real/', import.meta.url);
const sharedDir = new URL('../../../../test/fixtures/real/', import.meta.url);
const runsFile = new URL('../../../../test/fixtures/reports/text/huaian-city-2024.pdf-runs', import.meta.url);
const figureKeys = ['agency', 'year', 'period', 'proactive', 'applications', 'reviews'] as const;

function readReal(name: string): Buffer {
  try {
    return readFileSync(new URL(name, realDir));
  } catch {
    return readFileSync(new URL(name, sharedDir));
  }
}

const expected = JSON.parse(readReal('huaian-city-2024.expected.json').toString('utf8')) as Record<string, unknown>;

/** The text runs of the PDF as dumped by pdf.js: `"text" x,y width [EOL]` under `=== page N`. */
function parseRunDump(dump: string): PdfRun[] {
  const runs: PdfRun[] = [];
  let page = 0;
  for (const line of dump.split('\n')) {
    const pageMatch = /^=== page (\d+)/.exec(line);
    if (pageMatch !== null) page = Number(pageMatch[1]);
    const run = /^"(.*)" (-?[\d.]+),(-?[\d.]+) (-?[\d.]+)/.exec(line);
    if (run !== null) runs.push({ page, text: run[1]!, x: Number(run[2]), y: Number(run[3]), width: Number(run[4]) });
  }
  return runs;
}

function expectHuaianFigures(result: ReadResult): void {
  for (const key of figureKeys) expect(result.report[key], key).toEqual(expected[key]);
  expect(result.findings).toEqual([]);
  expect(result.ambiguous).toEqual([]);
  for (const path of figurePaths) expect(result.report.sources?.[path]?.location.page, path).toBeGreaterThan(0);
}

function expectHuaianSections(result: ReadResult): void {
  const { overview, problems, other } = result.report.sections;
  // Lines wrapped by the PDF are joined back; paragraphs start at the indented lines.
  const starts = ['2024年，我市坚持', '（一）主动公开情况。', '（二）依申请公开情况。', '（三）政府信息管理情况。', '（四）政府信息公开平台建设情况。', '（五）政府信息公开监督保障情况。'];
  expect(overview?.split('\n').map((p, i) => p.slice(0, starts[i]?.length))).toEqual(starts);
  expect(overview).toContain('“建设‘四最’一流营商环境高质量推进产业发展”');
  expect(overview).not.toMatch(/-\s*\d\s*-/);
  expect(problems).toContain('还有一些需要加强和改进的地方。主要表现在');
  expect(problems?.split('\n')).toHaveLength(2);
  expect(other).toBe('2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。');
}

describe('the 淮安市人民政府 2024 PDF', () => {
  const tokens: Token[] = arrangePdfRuns(parseRunDump(readFileSync(runsFile, 'utf8')));

  it('is read from its text runs (vertical headers, wrapped labels, page breaks in table B)', () => {
    const result = interpretTokens(tokens, 'pdf');
    expectHuaianFigures(result);
    expectHuaianSections(result);
  });

  it('places a row whose blank cells have no text run by the x of the other rows', () => {
    // Drop the zero runs of 三（一）予以公开 after 1288 and 21: the cells are blank in such a PDF.
    const granted = tokens.findIndex((t) => t.text === '（一）予以公开');
    const blanked = tokens.filter((t, i) => !(i > granted && i < granted + 8 && t.text === '0'));
    expect(blanked).toHaveLength(tokens.length - 2);
    const result = interpretTokens(blanked, 'pdf');
    expect(result.report.applications.outcomes.granted).toEqual({
      naturalPerson: 1288,
      commercial: 21,
      research: null,
      nonprofit: null,
      legalService: 50,
      otherOrg: 3,
      total: 1362,
    });
    expect(result.findings).toEqual([]);
  });

  it('reads a row printed as one run of label and numbers', () => {
    const granted = tokens.findIndex((t) => t.text === '（一）予以公开');
    const row = tokens.slice(granted, granted + 8);
    const merged: Token = { ...row[0]!, text: row.map((t) => t.text).join(' '), width: 300 };
    const result = interpretTokens([...tokens.slice(0, granted), merged, ...tokens.slice(granted + 8)], 'pdf');
    expectHuaianFigures(result);
  });

  it('is not misled by a page header with a year in the middle of table B', () => {
    const firstOfPage5 = tokens.findIndex((t) => t.location.page === 5);
    const header: Token[] = [
      { text: '淮安市人民政府', location: { page: 5, line: 0 }, x: 150, width: 98 },
      { text: '2024', location: { page: 5, line: 0 }, x: 250, width: 32 },
      { text: '年政府信息公开工作年度报告', location: { page: 5, line: 0 }, x: 284, width: 200 },
    ];
    const result = interpretTokens([...tokens.slice(0, firstOfPage5), ...header, ...tokens.slice(firstOfPage5)], 'pdf');
    expectHuaianFigures(result);
  });

  it('is not misled by the table header repeated on a new page before 3、其他 and （七）总计', () => {
    const other = tokens.findIndex((t) => t.text === '3、其他');
    const words = ['自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
    const header = words.map((text, i): Token => ({ text, location: { page: 5, line: 0 }, x: 256 + 30 * i, width: 20 }));
    const result = interpretTokens([...tokens.slice(0, other), ...header, ...tokens.slice(other)], 'pdf');
    expectHuaianFigures(result);
  });

  it('never throws when runs are lost, whichever they are', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: tokens.length, maxLength: tokens.length }), (keep) => {
        const result = interpretTokens(tokens.filter((_, i) => keep[i]), 'pdf');
        for (const path of result.ambiguous) expect(result.candidates[path]).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('reads the PDF file itself through readPdf', async () => {
    const result = await readPdf(new Uint8Array(readReal('huaian-city-2024.pdf')));
    expectHuaianFigures(result);
    expectHuaianSections(result);
  });
});

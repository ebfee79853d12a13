import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnreadableInputError } from '../errors.ts';
import { isWithoutText } from './pdf-tokens.ts';
import { readPdf, tokenizePdf } from './pdf.ts';
import type { Token } from './read-result.ts';

const huaian = new Uint8Array(readFileSync('test/fixtures/real/huaian-city-2024.pdf'));
const scanned = new Uint8Array(readFileSync('test/fixtures/reports/pdf/scanned.pdf'));
const chromium = new Uint8Array(readFileSync('test/fixtures/reports/pdf/chromium.pdf'));
// Reading a PDF takes a while: each document is tokenized once for all the tests that look at it.
const huaianTokens = tokenizePdf(huaian);

/** A one-page PDF with the given objects after catalog, pages and page, with a correct cross-reference table. */
function buildPdf(trailerExtra = '', extraObjects: string[] = [], pageExtra = ''): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${pageExtra}>>`,
    ...extraObjects,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

function lineOf(tokens: Token[], text: string): string[] {
  const first = tokens.find((t) => t.text === text);
  if (!first) return [];
  return tokens.filter((t) => t.location.page === first.location.page && t.location.line === first.location.line).map((t) => t.text);
}

describe('tokenizePdf', () => {
  it('puts each row label of the 淮安 table B on one line with its seven figures, left to right', async () => {
    const tokens = await huaianTokens;
    expect(lineOf(tokens, '一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '3001', '53', '0', '0', '61', '4', '3119']);
    expect(lineOf(tokens, '（七）总计')).toEqual(['（七）总计', '2932', '53', '0', '0', '61', '4', '3050']);
    expect(lineOf(tokens, '4.保护第三方合法权益')).toEqual(['办', '（三）不', '4.保护第三方合法权益', '6', '0', '0', '0', '0', '0', '6']);
  });

  it('gives every token its page, line, x and width, with x growing along a line', async () => {
    const tokens = await huaianTokens;
    expect(tokens[0]).toEqual({ text: '淮安市人民政府', location: { page: 1, line: 1 }, x: expect.closeTo(219, 0), width: expect.closeTo(154, 0) });
    expect(tokens.every((t) => t.text.trim() === t.text && t.text !== '')).toBe(true);
    for (let i = 1; i < tokens.length; i += 1) {
      const [a, b] = [tokens[i - 1]!, tokens[i]!];
      if (a.location.page === b.location.page && a.location.line === b.location.line) expect(b.x!).toBeGreaterThan(a.x!);
    }
    expect(new Set(tokens.map((t) => t.location.page))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('keeps page numbers as tokens', async () => {
    const tokens = await huaianTokens;
    expect(tokens.filter((t) => /^- \d+ -$/.test(t.text)).map((t) => t.location.page)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads a Chromium PDF as ideographs, not the radicals its ToUnicode table names', async () => {
    const tokens = await tokenizePdf(chromium);
    const text = tokens.map((t) => t.text).join('');
    expect(text).toContain('莲城县2024年政府信息公开工作年度报告');
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/);
    expect(lineOf(tokens, '行政规范性文件').slice(1)).toEqual(['8', '33', '104']);
  });

  it('does not consume the caller’s bytes', async () => {
    const bytes = scanned.slice();
    await tokenizePdf(bytes);
    expect(bytes).toEqual(scanned);
  });

  it('throws UnreadableInputError for a damaged file', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\n这不是一个 PDF 文件\n'.repeat(20));
    await expect(tokenizePdf(damaged)).rejects.toThrow(UnreadableInputError);
    await expect(tokenizePdf(damaged)).rejects.toThrow(/PDF 文件已损坏/);
  });

  it('throws UnreadableInputError asking for an unencrypted file when the PDF needs a password', async () => {
    const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
    const id = `[<${hex(1).slice(0, 32)}> <${hex(1).slice(0, 32)}>]`;
    const encrypted = buildPdf(`/Encrypt 4 0 R /ID ${id} `, [`<< /Filter /Standard /V 1 /R 2 /O <${hex(3)}> /U <${hex(5)}> /P -44 >>`]);
    await expect(tokenizePdf(encrypted)).rejects.toThrow(/PDF 文件已加密/);
  });
});

describe('readPdf', () => {
  it('returns a blank report with one READ.scanned error for a scan without text layer', async () => {
    const result = await readPdf(scanned);
    expect(result.findings).toEqual([
      {
        rule: 'READ.scanned',
        severity: 'error',
        message: '扫描件，无文字层：该 PDF 没有可提取的文字，无法读取（需要先做文字识别）。',
        locations: [{ page: 1 }],
      },
    ]);
    expect(result.report.agency).toBeNull();
    expect(result.report.applications.newReceived.total).toBeNull();
    expect(result.ambiguous).toEqual([]);
    expect(result.candidates).toEqual({});
  });

  it('treats a page without any text as a scan too', async () => {
    const result = await readPdf(buildPdf());
    expect(result.findings.map((f) => f.rule)).toEqual(['READ.scanned']);
  });
});

describe('isWithoutText', () => {
  it('is true for nothing or only page numbers, false as soon as there is a word', () => {
    const token = (text: string): Token => ({ text, location: { page: 1, line: 1 } });
    expect(isWithoutText([])).toBe(true);
    expect(isWithoutText([token('- 1 -'), token('2')])).toBe(true);
    expect(isWithoutText([token('- 1 -'), token('年度报告')])).toBe(false);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createBlankReport } from '../annual-report/figures.ts';
import { UnreadableInputError } from '../errors.ts';
import { maxInputBytes, readReport } from './read-report.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const fixtureDirectory = 'test/fixtures/reports';
const goldenFiles = ['html', 'docx', 'pdf'].flatMap((kind) =>
  readdirSync(`${fixtureDirectory}/${kind}`)
    .filter((name) => !name.endsWith('.json'))
    .map((name) => `${kind}/${name}`),
);

describe('readReport', () => {
  it('has a golden file for each kind of fixture', () => {
    expect(goldenFiles.map((f) => f.split('/')[0])).toEqual(expect.arrayContaining(['html', 'docx', 'pdf']));
  });

  it.each(goldenFiles)('reads %s to exactly its golden file', async (file) => {
    const expected = JSON.parse(readFileSync(`${fixtureDirectory}/${file.replace(/\.\w+$/, '.expected.json')}`, 'utf8'));
    const { report, findings } = await readReport(new Uint8Array(readFileSync(`${fixtureDirectory}/${file}`)), file);
    const { agency, year, period, proactive, applications, reviews } = report;
    expect({ agency, year, period, proactive, applications, reviews }).toEqual({
      agency: expected.agency,
      year: expected.year,
      period: expected.period,
      proactive: expected.proactive,
      applications: expected.applications,
      reviews: expected.reviews,
    });
    expect(findings.map((f) => f.rule).sort()).toEqual([...expected.expectedReadFindings].sort());
  });

  it('reads a plain text page with the text reader', async () => {
    const result = await readReport(new Uint8Array(readFileSync('test/fixtures/real/xiangtan-county-2024.txt')), 'xiangtan.txt');
    expect(result.report.agency).toBe('湘潭县');
    expect(result.report.applications.newReceived.total).toBe(178);
  });

  it('reads the canonical JSON as it is, with no findings', async () => {
    const report = { ...createBlankReport(), agency: '某县', year: 2024 };
    report.applications.newReceived.total = 3;
    const result = await readReport(utf8(JSON.stringify(report)), 'report.json');
    expect(result).toEqual({ report, findings: [], ambiguous: [], candidates: {} });
  });

  it.each([
    ['an empty file', new Uint8Array(), /文件是空的/],
    ['a file of white space', utf8(' \n\t\r\n'), /文件是空的/],
    ['random bytes', new Uint8Array(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)), /无法识别的文件格式/],
    ['an old binary Word file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]), /旧版 Word\/WPS 文件/],
    ['a JPEG photo of a page', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]), /图片文件/],
    ['JSON that does not parse', utf8('{"agency": "某县", '), /^不是有效的 JSON/],
    ['JSON that is not a report', utf8('{"agency": 1, "year": "2024"}'), /^JSON 不符合年度报告格式：agency：.*；year：/],
  ])('throws UnreadableInputError for %s', async (_name, bytes, message) => {
    const reading = readReport(bytes, 'upload');
    await expect(reading).rejects.toThrow(UnreadableInputError);
    await expect(readReport(bytes, 'upload')).rejects.toThrow(message);
  });

  it('lists at most five schema problems and says how many there are', async () => {
    const reading = readReport(utf8('{"extra": true}'), 'report.json');
    await expect(reading).rejects.toThrow(/^JSON 不符合年度报告格式：(?:[^；]+；){4}[^；]+等 \d+ 处问题$/);
  });

  it('refuses a file over 20 MiB before reading it', async () => {
    const bytes = new Uint8Array(maxInputBytes + 1024 * 1024).fill(0x61); // 21 MiB of "a": would read as text
    await expect(readReport(bytes, 'big.txt')).rejects.toThrow('文件过大（21.0 MB），超过 20 MB 上限');
  });

  it('reads a file of exactly 20 MiB', async () => {
    const bytes = new Uint8Array(maxInputBytes).fill(0x20);
    bytes.set(utf8('某县2024年政府信息公开工作年度报告'), 0);
    await expect(readReport(bytes, 'big.txt')).resolves.toHaveProperty('report');
  });

  it('says that a ZIP archive is not a DOCX file, e.g. a spreadsheet uploaded by mistake', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表三').addRow(['一、本年新收政府信息公开申请数量', 171]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expect(readReport(xlsx, '年报.docx')).rejects.toThrow(/ZIP 压缩文件，但不是 DOCX 文档/);
  });
});

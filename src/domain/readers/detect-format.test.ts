import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.ts';

const file = (path: string) => new Uint8Array(readFileSync(path));
const utf8 = (text: string) => new TextEncoder().encode(text);
// 年度报告 in GBK
const gbkReport = new Uint8Array([0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6, 0x0a]);

describe('detectFormat', () => {
  it.each([
    ['the 湘潭 text page', 'test/fixtures/real/xiangtan-county-2024.txt', 'text'],
    ['the 淮安 PDF', 'test/fixtures/real/huaian-city-2024.pdf', 'pdf'],
    ['a Chromium PDF', 'test/fixtures/reports/pdf/chromium.pdf', 'pdf'],
    ['a Word document', 'test/fixtures/reports/docx/department.docx', 'docx'],
    ['an HTML page', 'test/fixtures/reports/html/rowspan-colspan.html', 'html'],
    ['a GBK HTML page', 'test/fixtures/reports/html/gbk-charset.html', 'html'],
    ['a golden JSON file', 'test/fixtures/reports/html/rowspan-colspan.expected.json', 'json'],
  ])('recognises %s by its content', (_name, path, kind) => {
    expect(detectFormat(file(path))).toBe(kind);
  });

  it('trusts the content over a wrong extension', () => {
    expect(detectFormat(file('test/fixtures/reports/docx/department.docx'), 'report.pdf')).toBe('docx');
    expect(detectFormat(file('test/fixtures/real/huaian-city-2024.pdf'), 'report.txt')).toBe('pdf');
    expect(detectFormat(utf8('<!DOCTYPE html><html><body><p>x</p></body></html>'), 'report.txt')).toBe('html');
  });

  it('finds a PDF header after some leading bytes, as PDF readers do', () => {
    expect(detectFormat(utf8('\r\n\r\n%PDF-1.7\n%âãÏÓ\n'))).toBe('pdf');
  });

  it('reads JSON after a byte order mark and white space', () => {
    expect(detectFormat(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('\n  {"agency": null}')]))).toBe('json');
    expect(detectFormat(utf8('[1, 2]'))).toBe('json');
  });

  it('lets the extension decide between text and HTML when the markup is only a few tags', () => {
    const fragment = utf8('一、总体情况<br>\n<p>2024年，我县…</p>');
    expect(detectFormat(fragment)).toBe('html');
    expect(detectFormat(fragment, '报告.txt')).toBe('text');
    const angle = utf8('申请数量 <100 件的单位');
    expect(detectFormat(angle)).toBe('text');
    expect(detectFormat(angle, '报告.HTM')).toBe('html');
  });

  it('reads GBK and UTF-16 text as text', () => {
    expect(detectFormat(gbkReport)).toBe('text');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'年度报告'].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    expect(detectFormat(utf16)).toBe('text');
  });

  it.each([
    ['no bytes', new Uint8Array()],
    ['random bytes', new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256))],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ['a ZIP archive without word/document.xml', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('xl/workbook.xml'), 0, 0, 0])],
    ['an old binary .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0])],
  ])('says unknown for %s', (_name, bytes) => {
    expect(detectFormat(bytes, 'report.docx')).toBe('unknown');
  });
});

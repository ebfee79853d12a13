import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, decodeTextBytes } from './html-decode.ts';

/** GBK bytes for a string, the code table taken from the platform's GBK decoder. */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      try {
        table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
      } catch {
        // not a GBK character
      }
    }
  }
  return new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const body = '<p>湘潭县2024年政府信息公开工作年度报告：“三安全一稳定”</p>';

describe('decodeHtmlBytes', () => {
  it.each([
    ['<meta charset="gbk">'],
    ['<meta charset=GB2312>'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'],
    ['<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=GB18030">'],
  ])('decodes a GBK page declared by %s', (meta) => {
    const html = `<html><head>${meta}<title>t</title></head><body>${body}</body></html>`;
    const bytes = encodeGbk(html);
    expect(bytes.length).toBeLessThan(utf8(html).length); // really GBK: two bytes per character
    expect(decodeHtmlBytes(bytes)).toBe(html);
  });

  it('decodes a UTF-8 page with or without a declaration', () => {
    const declared = `<meta charset="utf-8">${body}`;
    expect(decodeHtmlBytes(utf8(declared))).toBe(declared);
    expect(decodeHtmlBytes(utf8(body))).toBe(body);
  });

  it('lets a byte order mark win over the declaration, and drops the mark', () => {
    const html = `<meta charset="gbk">${body}`;
    expect(decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(html)]))).toBe(html);
  });

  it('falls back to GB18030 for GBK bytes that declare nothing or wrongly declare UTF-8 or Latin-1', () => {
    expect(decodeHtmlBytes(encodeGbk(body))).toBe(body);
    expect(decodeHtmlBytes(encodeGbk(`<meta charset="utf-8">${body}`))).toBe(`<meta charset="utf-8">${body}`);
    expect(decodeHtmlBytes(encodeGbk(`<meta charset="iso-8859-1">${body}`))).toBe(`<meta charset="iso-8859-1">${body}`);
  });

  it('ignores an unknown charset label', () => {
    const html = `<meta charset="x-no-such-encoding">${body}`;
    expect(decodeHtmlBytes(utf8(html))).toBe(html);
  });

  it('decodes the GBK fixture page', () => {
    const html = decodeHtmlBytes(new Uint8Array(readFileSync('test/fixtures/reports/html/gbk-charset.html')));
    expect(html).toContain('石鼓镇2024年政府信息公开工作年度报告');
    expect(html).toContain('（三）不予公开');
  });
});

describe('decodeTextBytes', () => {
  it('reads UTF-8, GBK and UTF-16 with a byte order mark (Notepad’s “Unicode”)', () => {
    const text = '一、本年新收政府信息公开申请数量\t171';
    expect(decodeTextBytes(utf8(text))).toBe(text);
    expect(decodeTextBytes(encodeGbk(text))).toBe(text);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    expect(decodeTextBytes(utf16)).toBe(text);
  });
});

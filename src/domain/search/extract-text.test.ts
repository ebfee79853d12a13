import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attachmentMediaTypes, extractAttachmentText, extractionLimits } from './extract-text.ts';

const docx = new Uint8Array(readFileSync('test/fixtures/reports/docx/department.docx'));
const pdf = new Uint8Array(readFileSync('test/fixtures/reports/pdf/chromium.pdf'));

async function buildXlsx(rows: (string | number)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('收费');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A ZIP archive of stored (uncompressed) entries; the reader does not check CRCs, so they are 0. */
function storedZip(entries: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = encoder.encode(name);
    const data = encoder.encode(content);
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

describe('extractAttachmentText', () => {
  it('reads the text layer of a PDF', async () => {
    const text = await extractAttachmentText(pdf, attachmentMediaTypes.pdf);
    expect(text).toContain('政府信息公开');
    expect(text.length).toBeGreaterThan(500);
  });

  it('reads the paragraphs and table cells of a DOCX', async () => {
    const text = await extractAttachmentText(docx, attachmentMediaTypes.docx);
    expect(text).toContain('政府信息公开');
    expect(text).toMatch(/行政许可/);
  });

  it('reads the shared strings of an XLSX, with entities decoded', async () => {
    const rows = [['项目', '金额'], ['不动产登记费 & 工本费', 80], ['城市道路占用费', 1200]];
    const text = await extractAttachmentText(await buildXlsx(rows), attachmentMediaTypes.xlsx);
    expect(text).toContain('不动产登记费 & 工本费');
    expect(text).toContain('城市道路占用费');
  });

  it('reads inline strings and rich-text runs from the sheets of an XLSX', async () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>行政事业性</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><t>收费</t></r><r><t xml:space="preserve">目录&#x6E05;单</t></r></is></c>' +
      '<c r="C1"><v>42</v></c></row></sheetData></worksheet>';
    const xlsx = storedZip({ 'xl/worksheets/sheet1.xml': sheet });
    const text = await extractAttachmentText(xlsx, attachmentMediaTypes.xlsx);
    expect(text).toBe('行政事业性\n收费目录清单');
  });

  it('gives nothing for images and unknown types', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(await extractAttachmentText(png, 'image/png')).toBe('');
    expect(await extractAttachmentText(docx, 'application/octet-stream')).toBe('');
  });

  it('gives nothing, without throwing, for damaged or mislabelled files', async () => {
    const garbage = new TextEncoder().encode('这不是一个文件'.repeat(50));
    for (const mediaType of Object.values(attachmentMediaTypes)) {
      expect(await extractAttachmentText(garbage, mediaType)).toBe('');
      expect(await extractAttachmentText(new Uint8Array(), mediaType)).toBe('');
    }
    expect(await extractAttachmentText(docx.subarray(0, docx.length / 2), attachmentMediaTypes.docx)).toBe('');
    expect(await extractAttachmentText(pdf.subarray(0, 2000), attachmentMediaTypes.pdf)).toBe('');
    expect(await extractAttachmentText(docx, attachmentMediaTypes.xlsx)).toBe('');
  });

  it('stops at the character limit', async () => {
    const long = '城市道路占用费收费标准说明'.repeat(2000);
    const rows = Array.from({ length: 20 }, (_, i) => [`${i}${long}`]);
    const text = await extractAttachmentText(await buildXlsx(rows), attachmentMediaTypes.xlsx);
    expect(text.length).toBe(extractionLimits.characters);
  });
});

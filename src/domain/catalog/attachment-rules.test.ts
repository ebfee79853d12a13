import { createHash } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkCatalogAttachment, checkCatalogAttachmentCount, type CatalogAttachmentCheck } from './attachment-rules.ts';
import { infoItemLimits } from './info-item.ts';

const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n');
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('莲城县国土空间规划')] }] })));
const workbook = new ExcelJS.Workbook();
workbook.addWorksheet('预算').addRow(['科目', '金额']);
const xlsx = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');

const codeOf = (result: CatalogAttachmentCheck) => (result.ok ? null : result.issue.code);

describe('checkCatalogAttachment', () => {
  it.each<[string, Uint8Array, string]>([
    ['批复.pdf', pdf, 'application/pdf'],
    ['实施细则.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['2026年部门预算.XLSX', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['位置图.jpeg', jpeg, 'image/jpeg'],
    ['位置图.png', png, 'image/png'],
  ])('accepts %s with the type sniffed from its content and its SHA-256', async (fileName, bytes, mediaType) => {
    const result = await checkCatalogAttachment({ fileName, bytes });
    expect(result).toEqual({ ok: true, file: { fileName, mediaType, extension: expect.any(String), sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } });
  });

  it.each<[string, Uint8Array, string, string]>([
    ['a DOCX named .xlsx', docx, '预算.xlsx', '内容是 DOCX 文件'],
    ['an XLSX named .docx', xlsx, '细则.docx', '内容是 XLSX 文件'],
    ['a JPEG named .pdf', jpeg, '批复.pdf', '内容是 JPG 文件'],
    ['a PDF without an extension', pdf, '批复', '文件名没有扩展名'],
  ])('refuses %s: content and extension disagree', async (_what, bytes, fileName, words) => {
    const result = await checkCatalogAttachment({ fileName, bytes });
    expect(codeOf(result)).toBe('attachment.extensionMismatch');
    expect(result.ok ? '' : result.issue.message).toContain(words);
  });

  it('refuses content of a type not taken, whatever its name', async () => {
    const result = await checkCatalogAttachment({ fileName: '通知.pdf', bytes: html });
    expect(codeOf(result)).toBe('attachment.unsupportedType');
    expect(result.ok ? '' : result.issue.message).toContain('PDF、DOCX、XLSX、JPG、PNG');
  });

  it('refuses an empty file and one over the size limit', async () => {
    expect(codeOf(await checkCatalogAttachment({ fileName: '空.pdf', bytes: new Uint8Array() }))).toBe('attachment.empty');
    const large = new Uint8Array(infoItemLimits.attachmentBytes + 1);
    large.set(pdf);
    const result = await checkCatalogAttachment({ fileName: '大.pdf', bytes: large });
    expect(codeOf(result)).toBe('attachment.tooLarge');
    expect(result.ok ? '' : result.issue.message).toContain('50 MB');
  });

  it('cleans the file name: no path, no control or direction-override characters', async () => {
    const result = await checkCatalogAttachment({ fileName: '..\\..\\C:\\temp\\批\u202Efdp.复\u0000.pdf', bytes: pdf });
    expect(result.ok && result.file.fileName).toBe('批fdp.复.pdf');
  });
});

describe('checkCatalogAttachmentCount', () => {
  it('allows up to the limit and says how many more fit', () => {
    const limit = infoItemLimits.attachmentsPerItem;
    expect(checkCatalogAttachmentCount(limit - 2, 2)).toBeNull();
    expect(checkCatalogAttachmentCount(limit - 2, 3)?.message).toContain('最多还能添加2个');
    expect(checkCatalogAttachmentCount(limit, 1)?.message).toContain('不能再添加');
  });
});

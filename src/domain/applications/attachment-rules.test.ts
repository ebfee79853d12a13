import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  checkAttachment,
  checkAttachmentCount,
  maxAttachmentBytes,
  sanitizeFilename,
  type AttachmentCheck,
} from './attachment-rules.ts';

const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n');
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('申请表')] }] })));
const gif = new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000');
const text = new TextEncoder().encode('这是一个文本文件');

function codeOf(result: AttachmentCheck): string | null {
  return result.ok ? null : result.issue.code;
}

describe('checkAttachment', () => {
  it.each<[string, Uint8Array, string, string]>([
    ['申请表.pdf', pdf, 'application/pdf', 'pdf'],
    ['身份证.JPG', jpeg, 'image/jpeg', 'jpg'],
    ['身份证.jpeg', jpeg, 'image/jpeg', 'jpg'],
    ['scan.png', png, 'image/png', 'png'],
    ['申请表.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ])('accepts %s', async (filename, bytes, mediaType, extension) => {
    expect(await checkAttachment({ filename, bytes })).toEqual({ ok: true, mediaType, extension, filename });
  });

  it.each<[string, Uint8Array, string]>([
    ['empty.pdf', new Uint8Array(), 'attachment.empty'],
    ['anim.gif', gif, 'attachment.unsupportedType'],
    ['note.txt', text, 'attachment.unsupportedType'],
    ['note.pdf', text, 'attachment.unsupportedType'],
    ['photo.pdf', jpeg, 'attachment.extensionMismatch'],
    ['form.docx', pdf, 'attachment.extensionMismatch'],
    ['form', pdf, 'attachment.extensionMismatch'],
    ['form.pdf.exe', pdf, 'attachment.extensionMismatch'],
  ])('refuses %s', async (filename, bytes, code) => {
    expect(codeOf(await checkAttachment({ filename, bytes }))).toBe(code);
  });

  it('names the sniffed type when the extension does not match', async () => {
    const result = await checkAttachment({ filename: '照片.pdf', bytes: jpeg });
    expect(result).toEqual({
      ok: false,
      issue: {
        code: 'attachment.extensionMismatch',
        path: 'attachments',
        message: '文件内容与扩展名不符：“照片.pdf”的内容是 JPG 文件，但扩展名为“.pdf”。',
      },
    });
  });

  it('refuses a file over 10 MB and accepts one of exactly 10 MB', async () => {
    const big = new Uint8Array(maxAttachmentBytes + 1);
    big.set(pdf);
    expect(codeOf(await checkAttachment({ filename: 'big.pdf', bytes: big }))).toBe('attachment.tooLarge');
    expect(codeOf(await checkAttachment({ filename: 'big.pdf', bytes: big.subarray(0, maxAttachmentBytes) }))).toBeNull();
  });

  it('gives back the sanitised filename', async () => {
    const result = await checkAttachment({ filename: 'C:\\Users\\张三\\申请表.pdf', bytes: pdf });
    expect(result).toMatchObject({ ok: true, filename: '申请表.pdf' });
  });
});

describe('checkAttachmentCount', () => {
  it('allows 5 attachments and refuses 6', () => {
    expect(checkAttachmentCount(5)).toBeNull();
    expect(checkAttachmentCount(6)).toEqual({
      code: 'attachment.tooMany',
      path: 'attachments',
      message: '每件申请最多上传5个附件，当前为6个。',
    });
  });
});

describe('sanitizeFilename', () => {
  it.each([
    ['申请表.pdf', '申请表.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\docs\\scan.png', 'scan.png'],
    ['a\u0000b\nc.pdf', 'abc.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['what?<>:"|*.pdf', 'what_______.pdf'],
    ['  .hidden.pdf  ', 'hidden.pdf'],
    ['name.pdf...', 'name.pdf'],
    ['...', ''],
    ['', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(sanitizeFilename(input)).toBe(expected);
  });

  it('cuts a long name to 100 characters and keeps the extension', () => {
    const result = sanitizeFilename(`${'申'.repeat(150)}.docx`);
    expect([...result]).toHaveLength(100);
    expect(result.endsWith('申.docx')).toBe(true);
  });
});

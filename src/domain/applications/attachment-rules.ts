/**
 * What an applicant may upload with an application (identity proof, the corrected form …): PDF,
 * JPEG, PNG or DOCX, judged by the bytes, not the name, since a renamed file is how bad content
 * gets in. The filename is kept only for display and download, after sanitising.
 */
import { fileTypeFromBuffer } from 'file-type/core';
import type { Issue } from '../accounts/issue.ts';

export const attachmentTypes = {
  pdf: { mediaType: 'application/pdf', label: 'PDF', extensions: ['pdf'] },
  jpg: { mediaType: 'image/jpeg', label: 'JPG', extensions: ['jpg', 'jpeg'] },
  png: { mediaType: 'image/png', label: 'PNG', extensions: ['png'] },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'DOCX',
    extensions: ['docx'],
  },
} as const;
export type AttachmentExtension = keyof typeof attachmentTypes;

export const maxAttachmentBytes = 10 * 1024 * 1024;
export const maxAttachmentsPerApplication = 5;
export const maxFilenameLength = 100;

const allowedList = 'PDF、JPG、PNG、DOCX';

export type AttachmentCheck =
  | { ok: true; mediaType: string; extension: AttachmentExtension; filename: string }
  | { ok: false; issue: Issue };

/** Checks one upload: size, the type sniffed from its content, and that its name says the same. */
export async function checkAttachment(upload: { filename: string; bytes: Uint8Array }): Promise<AttachmentCheck> {
  const filename = sanitizeFilename(upload.filename);
  const shown = filename === '' ? '（无文件名）' : filename;
  if (upload.bytes.length === 0) return fail('empty', `文件“${shown}”是空文件。`);
  if (upload.bytes.length > maxAttachmentBytes) {
    return fail('tooLarge', `文件“${shown}”大小为${formatMegabytes(upload.bytes.length)}，超过10 MB的上限。`);
  }
  const sniffed = await fileTypeFromBuffer(upload.bytes);
  const extension = sniffed === undefined ? undefined : findExtension(sniffed.ext);
  if (extension === undefined) {
    return fail('unsupportedType', `文件“${shown}”的类型不受支持，请上传 ${allowedList} 格式的文件。`);
  }
  const type = attachmentTypes[extension];
  const declared = extensionOf(filename);
  if (!(type.extensions as readonly string[]).includes(declared)) {
    const named = declared === '' ? '文件名没有扩展名' : `扩展名为“.${declared}”`;
    return fail('extensionMismatch', `文件内容与扩展名不符：“${shown}”的内容是 ${type.label} 文件，但${named}。`);
  }
  return { ok: true, mediaType: type.mediaType, extension, filename };
}

/** The issue when an application would have more attachments than allowed, else null. */
export function checkAttachmentCount(count: number): Issue | null {
  if (count <= maxAttachmentsPerApplication) return null;
  const message = `每件申请最多上传${maxAttachmentsPerApplication}个附件，当前为${count}个。`;
  return { code: 'attachment.tooMany', path: 'attachments', message };
}

/**
 * A name safe to show and to put in a Content-Disposition header: the last path part only, no
 * control or bidirectional-override characters (which can disguise `exe.pdf`), none of `<>:"|?*`,
 * no leading dots or trailing dots and spaces, at most 100 characters with the extension kept.
 */
export function sanitizeFilename(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const chars = [...cleaned];
  if (chars.length <= maxFilenameLength) return cleaned;
  const extension = extensionOf(cleaned);
  const suffix = extension === '' || extension.length > 10 ? '' : `.${extension}`;
  return `${chars.slice(0, maxFilenameLength - suffix.length).join('').trimEnd()}${suffix}`;
}

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot <= 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

function findExtension(sniffedExtension: string): AttachmentExtension | undefined {
  return sniffedExtension in attachmentTypes ? (sniffedExtension as AttachmentExtension) : undefined;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function fail(problem: string, message: string): AttachmentCheck {
  return { ok: false, issue: { code: `attachment.${problem}`, path: 'attachments', message } };
}

/**
 * What may be attached to a catalogue item: PDF, DOCX, XLSX, JPEG and PNG, judged by the bytes
 * (sniffed with file-type, as the application attachments are; DOCX and XLSX are both ZIP packages
 * and are told apart by their content), with a file name whose extension says the same, within the
 * size and count limits. The checked file carries its SHA-256, stored with it and used by the
 * portal as the download's ETag.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type/core';
import type { Issue } from '../accounts/issue.ts';
import { attachmentTypes, sanitizeFilename } from '../applications/attachment-rules.ts';
import { infoItemLimits } from './info-item.ts';

export const catalogAttachmentTypes = {
  ...attachmentTypes,
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'XLSX', extensions: ['xlsx'] },
} as const;
export type CatalogAttachmentExtension = keyof typeof catalogAttachmentTypes;

export const catalogAttachmentList = 'PDF、DOCX、XLSX、JPG、PNG';

export interface CheckedCatalogAttachment {
  fileName: string;
  mediaType: string;
  extension: CatalogAttachmentExtension;
  sizeBytes: number;
  sha256: string;
}

export type CatalogAttachmentCheck = { ok: true; file: CheckedCatalogAttachment } | { ok: false; issue: Issue };

/** Checks one upload: not empty, not too large, a type we take (by content), and a name that agrees. */
export async function checkCatalogAttachment(upload: { fileName: string; bytes: Uint8Array }): Promise<CatalogAttachmentCheck> {
  const fileName = sanitizeFilename(upload.fileName);
  const shown = fileName === '' ? '（无文件名）' : fileName;
  if (upload.bytes.length === 0) return fail('empty', `文件“${shown}”是空文件，请重新选择。`);
  if (upload.bytes.length > infoItemLimits.attachmentBytes) {
    return fail('tooLarge', `文件“${shown}”大小为${megabytes(upload.bytes.length)}，超过每个附件${megabytes(infoItemLimits.attachmentBytes)}的上限。请压缩或拆分后上传。`);
  }
  const sniffed = await fileTypeFromBuffer(upload.bytes);
  const extension = sniffed !== undefined && Object.hasOwn(catalogAttachmentTypes, sniffed.ext) ? (sniffed.ext as CatalogAttachmentExtension) : undefined;
  if (extension === undefined) return fail('unsupportedType', `文件“${shown}”的类型不受支持。附件只能是 ${catalogAttachmentList} 格式的文件。`);
  const type = catalogAttachmentTypes[extension];
  const declared = extensionOf(fileName);
  if (!(type.extensions as readonly string[]).includes(declared)) {
    const named = declared === '' ? '文件名没有扩展名' : `扩展名为“.${declared}”`;
    return fail('extensionMismatch', `文件内容与扩展名不符：“${shown}”的内容是 ${type.label} 文件，但${named}。请确认选择了正确的文件，或改正扩展名后重新上传。`);
  }
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  return { ok: true, file: { fileName: fileName || `附件.${extension}`, mediaType: type.mediaType, extension, sizeBytes: upload.bytes.length, sha256 } };
}

/** The issue when the item would have more attachments than allowed, else null. */
export function checkCatalogAttachmentCount(existing: number, adding: number): Issue | null {
  const limit = infoItemLimits.attachmentsPerItem;
  if (existing + adding <= limit) return null;
  const room = Math.max(0, limit - existing);
  const message = `每条信息最多${limit}个附件：已有${existing}个，本次又选了${adding}个${room === 0 ? '，不能再添加' : `，最多还能添加${room}个`}。`;
  return { code: 'attachment.tooMany', path: 'attachments', message };
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function megabytes(bytes: number): string {
  const value = bytes / 1024 / 1024;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}

function fail(problem: string, message: string): CatalogAttachmentCheck {
  return { ok: false, issue: { code: `attachment.${problem}`, path: 'attachments', message } };
}

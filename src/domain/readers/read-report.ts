/**
 * One entry point for any file: checks its size, recognises its format by content and hands it to
 * the reader for that format. Input that is no report document at all is thrown as
 * `UnreadableInputError` with the reason in Chinese; everything else comes back as findings.
 */
import { z } from 'zod';
import type { AnnualReport } from '../annual-report/model.ts';
import { annualReportSchema } from '../annual-report/report-schema.ts';
import { UnreadableInputError } from '../errors.ts';
import { detectFormat, isZip } from './detect-format.ts';
import { readDocx } from './docx.ts';
import { decodeHtmlBytes, decodeTextBytes } from './html-decode.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import type { ReadResult } from './read-result.ts';
import { readText } from './text.ts';

/** Larger files are refused before parsing: a report is a few MB at most, even with images. */
export const maxInputBytes = 20 * 1024 * 1024;

/** Reads a report from a file's bytes (TXT, HTML, DOCX, PDF or the canonical JSON). */
export async function readReport(bytes: Uint8Array, fileName?: string): Promise<ReadResult> {
  if (bytes.length > maxInputBytes) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    throw new UnreadableInputError(`文件过大（${megabytes} MB），超过 20 MB 上限`);
  }
  if (isBlank(bytes)) throw new UnreadableInputError('文件是空的：没有任何内容可以读取');
  const format = detectFormat(bytes, fileName);
  switch (format) {
    case 'pdf':
      return readPdf(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'html':
      return readHtml(decodeHtmlBytes(bytes));
    case 'json':
      return readJson(decodeTextBytes(bytes));
    case 'text':
      return readText(decodeTextBytes(bytes));
    case 'unknown':
      throw new UnreadableInputError(describeUnknown(bytes));
  }
}

/** The canonical JSON, validated against the schema; it carries no reader findings. */
export function readJson(json: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (cause) {
    throw new UnreadableInputError(`不是有效的 JSON：${describeSyntaxError(cause)}`, { cause });
  }
  const parsed = annualReportSchema.safeParse(data, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const listed = issues.slice(0, maxListedProblems).map(describeIssue).join('；');
    const more = issues.length > maxListedProblems ? `等 ${issues.length} 处问题` : '';
    throw new UnreadableInputError(`JSON 不符合年度报告格式：${listed}${more}`, { cause: parsed.error });
  }
  // The schema builds table B from the layout at run time: its type is looser than the model.
  const report = parsed.data as unknown as AnnualReport;
  return { report, findings: [], ambiguous: [], candidates: {} };
}

const maxListedProblems = 5;

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}：${issue.message}`;
}

function describeSyntaxError(cause: unknown): string {
  const position = cause instanceof Error ? /position (\d+)/.exec(cause.message) : null;
  return position ? `第 ${Number(position[1]) + 1} 个字符附近有语法错误` : '语法错误或内容不完整';
}

// White space, with or without a UTF-8 byte order mark, is as empty as no bytes at all.
const blankBytes = new Set([0x20, 0x09, 0x0a, 0x0d]);

function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.subarray(start).every((byte) => blankBytes.has(byte));
}

function describeUnknown(bytes: Uint8Array): string {
  if (isZip(bytes)) {
    return '这是一个 ZIP 压缩文件，但不是 DOCX 文档（缺少 word/document.xml）：请上传 DOCX、PDF、HTML、TXT 或 JSON 文件';
  }
  // Compound File Binary: .doc/.wps/.xls of old Office and WPS, and password-protected DOCX.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return '这是旧版 Word/WPS 文件（.doc、.wps 等）或加密的 Office 文档，无法读取：请另存为未加密的 DOCX 或 PDF 后上传';
  }
  if (imageSignatures.some((signature) => startsWith(bytes, signature))) {
    return '这是图片文件，不是报告文档：请上传报告原文（DOCX、PDF、HTML、TXT）；扫描件需要先做文字识别';
  }
  return '无法识别的文件格式：不是 PDF、DOCX、HTML、JSON 或文本文件（可能是压缩包或已损坏的文件）';
}

// PNG, JPEG, GIF, TIFF (both byte orders), BMP.
const imageSignatures: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x42, 0x4d],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

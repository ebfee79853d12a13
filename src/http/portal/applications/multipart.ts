/**
 * `multipart/form-data` for the forms that carry attachments (the application form, the
 * correction, staff registration), registered only in the intake routes' scope. The body is read
 * up to a limit with a clear Chinese message beyond it; text fields must be valid UTF-8 (like the
 * other body parsers: refused, never turned into U+FFFD); files are kept in memory and reached with
 * `uploadsOf(request.body)`. The form's `_csrf` field is an ordinary field, so the CSRF check reads
 * it as it reads URL-encoded forms.
 */
import type { FastifyInstance } from 'fastify';
import { maxAttachmentBytes, maxAttachmentsPerApplication } from '../../../domain/applications/attachment-rules.ts';
import { BadRequestError } from '../../http-errors.ts';

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Every allowed attachment at its largest, plus room for the text fields. */
export const multipartBodyLimit = maxAttachmentsPerApplication * maxAttachmentBytes + 1024 * 1024;
const maxParts = 200;
/** More files than this is not a person using the form (the per-application limit gives its own message). */
const maxFiles = 20;

const uploads = Symbol('uploads');
type MultipartBody = Record<string, string | string[]> & { [uploads]?: UploadedFile[] };

const invalidUtf8Message = '提交的内容不是有效的 UTF-8 文本，请检查编码后重试。';
const malformedMessage = '提交的表单格式不正确，请刷新页面后重试。';
const tooLargeMessage = `上传的内容过大：每个附件不超过${maxAttachmentBytes / 1024 / 1024} MB，最多${maxAttachmentsPerApplication}个。请压缩或减少附件后重试。`;

export function registerMultipartParser(scope: FastifyInstance): void {
  scope.addContentTypeParser('multipart/form-data', async (request: { headers: Record<string, unknown> }, payload: AsyncIterable<Buffer>) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > multipartBodyLimit) throw new BadRequestError('payload_too_large', tooLargeMessage, 413);
    const boundary = boundaryOf(String(request.headers['content-type'] ?? ''));
    if (boundary === null) throw new BadRequestError('bad_request', malformedMessage);
    return parseMultipart(await readLimited(payload), boundary);
  });
}

/** The files of a multipart body (none for URL-encoded or JSON bodies). */
export function uploadsOf(body: unknown): UploadedFile[] {
  if (typeof body !== 'object' || body === null) return [];
  return (body as MultipartBody)[uploads] ?? [];
}

async function readLimited(payload: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    size += chunk.length;
    if (size > multipartBodyLimit) throw new BadRequestError('payload_too_large', tooLargeMessage, 413);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

export function boundaryOf(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

/** Parses a whole body; fields repeat into arrays, empty file inputs are skipped. */
export function parseMultipart(body: Buffer, boundary: string): MultipartBody {
  const fields = Object.create(null) as MultipartBody;
  const files: UploadedFile[] = [];
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The first delimiter has no CRLF before it; pretend it has, so every delimiter looks the same.
  const text = Buffer.concat([Buffer.from('\r\n'), body]);
  let position = text.indexOf(delimiter);
  if (position === -1) throw new BadRequestError('bad_request', malformedMessage);
  let parts = 0;
  for (;;) {
    position += delimiter.length;
    if (text.subarray(position, position + 2).toString('latin1') === '--') break;
    if (text.subarray(position, position + 2).toString('latin1') !== '\r\n') throw new BadRequestError('bad_request', malformedMessage);
    const headerEnd = text.indexOf('\r\n\r\n', position + 2);
    const next = text.indexOf(delimiter, position + 2);
    if (headerEnd === -1 || next === -1 || headerEnd > next) throw new BadRequestError('bad_request', malformedMessage);
    parts += 1;
    if (parts > maxParts) throw new BadRequestError('too_many_fields', `表单字段过多（上限 ${maxParts} 个）。`, 413);
    const headers = parseHeaders(text.subarray(position + 2, headerEnd));
    const content = text.subarray(headerEnd + 4, next);
    addPart(fields, files, headers, content);
    position = next;
  }
  Object.defineProperty(fields, uploads, { value: files, enumerable: false });
  return fields;
}

interface PartHeaders {
  name: string;
  filename: string | null;
  contentType: string;
}

function addPart(fields: MultipartBody, files: UploadedFile[], headers: PartHeaders, content: Buffer): void {
  if (headers.filename !== null) {
    // A file input left empty still sends a part: no name, no bytes.
    if (headers.filename === '' && content.length === 0) return;
    if (files.length >= maxFiles) throw new BadRequestError('too_many_files', `附件过多：每件申请最多上传${maxAttachmentsPerApplication}个附件。`, 413);
    files.push({ field: headers.name, filename: headers.filename, contentType: headers.contentType, bytes: new Uint8Array(content) });
    return;
  }
  const value = decodeStrictly(content);
  const existing = fields[headers.name];
  fields[headers.name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
}

function parseHeaders(raw: Buffer): PartHeaders {
  let name: string | null = null;
  let filename: string | null = null;
  let contentType = 'application/octet-stream';
  for (const line of decodeHeader(raw).split('\r\n')) {
    const separator = line.indexOf(':');
    if (separator === -1) continue;
    const header = line.slice(0, separator).trim().toLowerCase();
    const value = line.slice(separator + 1).trim();
    if (header === 'content-type') contentType = value;
    if (header !== 'content-disposition') continue;
    name = parameterOf(value, 'name');
    filename = filenameOf(value);
  }
  if (name === null) throw new BadRequestError('bad_request', malformedMessage);
  return { name, filename, contentType };
}

/** Browsers write names in UTF-8 and escape `"`, CR and LF as %22, %0D, %0A (HTML's multipart rules). */
function parameterOf(disposition: string, parameter: string): string | null {
  const match = new RegExp(`;\\s*${parameter}="([^"]*)"`, 'i').exec(disposition) ?? new RegExp(`;\\s*${parameter}=([^;\\s]*)`, 'i').exec(disposition);
  if (match === null) return null;
  return match[1]!.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
}

function filenameOf(disposition: string): string | null {
  const extended = /;\s*filename\*=UTF-8''([^;\s]*)/i.exec(disposition);
  if (extended !== null) {
    try {
      return decodeURIComponent(extended[1]!);
    } catch {
      throw new BadRequestError('invalid_utf8', invalidUtf8Message);
    }
  }
  return parameterOf(disposition, 'filename');
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeStrictly(bytes: Buffer): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    throw new BadRequestError('invalid_utf8', invalidUtf8Message);
  }
}

/** Part headers are UTF-8 in practice; an old client's Latin-1 name still reads, as text. */
function decodeHeader(bytes: Buffer): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

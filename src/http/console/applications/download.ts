/**
 * Sending a stored file as a download that a browser never renders inline: Content-Disposition
 * attachment with an ASCII fallback name and the real name in RFC 5987 form, nosniff, no caching,
 * and a CSP that would sandbox the file even if it were opened.
 */
import type { FastifyReply } from 'fastify';

/** `filename*` value: UTF-8, percent-encoded, with the characters RFC 5987 also reserves. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The header value: `attachment; filename="fallback"; filename*=UTF-8''…`. */
export function contentDispositionOf(filename: string, fallback: string): string {
  const ascii = fallback.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

export function sendDownload(reply: FastifyReply, file: { filename: string; mediaType: string; content: Uint8Array }, fallbackName: string): FastifyReply {
  return reply
    .header('content-disposition', contentDispositionOf(file.filename, fallbackName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .type(file.mediaType)
    .send(Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
}

/** `YSQ-LCX-2026-00001-partial.docx`: an ASCII name for clients that cannot read `filename*`. */
export function fallbackNameOf(trackingNumber: string, kind: string, filename: string): string {
  const dot = filename.lastIndexOf('.');
  const extension = dot > 0 ? filename.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  return `${trackingNumber}-${kind}${extension === '' ? '' : `.${extension}`}`;
}

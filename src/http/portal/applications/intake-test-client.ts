/**
 * For the intake HTTP tests: a `multipart/form-data` body as a browser builds it, and a TestBrowser
 * that posts one (with the CSRF token of the last page it loaded). Only imported by tests.
 */
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';

export interface FilePart {
  field?: string;
  filename: string;
  contentType?: string;
  bytes: Uint8Array;
}

export function buildMultipart(fields: Record<string, string | readonly string[]>, files: readonly FilePart[] = []): { contentType: string; payload: Buffer } {
  const boundary = `----GongkaiTest${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const one of typeof value === 'string' ? [value] : value) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`), Buffer.from(one, 'utf8'), Buffer.from('\r\n'));
    }
  }
  for (const file of files) {
    const name = file.filename.replace(/"/g, '%22');
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'attachments'}"; filename="${name}"\r\nContent-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`;
    parts.push(Buffer.from(head, 'utf8'), Buffer.from(file.bytes), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, payload: Buffer.concat(parts) };
}

interface FormSender {
  csrfToken: string | null;
  send(method: 'POST', url: string, options: { headers?: Record<string, string>; payload?: string | Buffer }): Promise<LightMyRequestResponse>;
}

/** Posts the fields and files as the page's form would, with the page's CSRF token. */
export async function postMultipart(browser: FormSender, url: string, fields: Record<string, string | readonly string[]>, files: readonly FilePart[] = []): Promise<LightMyRequestResponse> {
  const withToken = browser.csrfToken === null ? fields : { ...fields, _csrf: browser.csrfToken };
  const { contentType, payload } = buildMultipart(withToken, files);
  return browser.send('POST', url, { headers: { 'content-type': contentType }, payload });
}

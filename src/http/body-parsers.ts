/**
 * The two body formats the platform accepts: JSON (the API) and URL-encoded forms (pages without
 * JavaScript). Both must be valid UTF-8: a byte sequence that is not, or a percent-escape that
 * decodes to none, is refused with a 400 instead of being turned silently into U+FFFD.
 * Everything else is answered 415 by Fastify.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BadRequestError } from './http-errors.ts';

/** 1 MiB: far above any form or JSON document the platform expects, well below harm. */
export const bodyLimitBytes = 1024 * 1024;
/** A form with more fields than this is not one of ours. */
const maxFormFields = 1000;

const invalidUtf8Message = '提交的内容不是有效的 UTF-8 文本，请检查编码后重试。';

export function registerBodyParsers(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: bodyLimitBytes }, (request, body, done) => {
    const text = decodeStrictly(body as Buffer);
    if (text === null) return done(new BadRequestError('invalid_utf8', invalidUtf8Message), undefined);
    parseJson(request as FastifyRequest, text, done);
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer', bodyLimit: bodyLimitBytes }, (_request, body, done) => {
    const text = decodeStrictly(body as Buffer);
    if (text === null) return done(new BadRequestError('invalid_utf8', invalidUtf8Message), undefined);
    try {
      done(null, parseFormBody(text));
    } catch (error) {
      done(error instanceof BadRequestError ? error : new BadRequestError('invalid_utf8', invalidUtf8Message), undefined);
    }
  });
}

/** Parses `a=1&b=%E4%B8%AD`; repeated names give arrays. No prototype: `__proto__=x` is just a key. */
export function parseFormBody(text: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  const parts = text === '' ? [] : text.split('&');
  if (parts.length > maxFormFields) throw new BadRequestError('too_many_fields', `表单字段过多（上限 ${maxFormFields} 个）。`, 413);
  for (const part of parts) {
    if (part === '') continue;
    const separator = part.indexOf('=');
    const name = decodeFormComponent(separator === -1 ? part : part.slice(0, separator));
    const value = decodeFormComponent(separator === -1 ? '' : part.slice(separator + 1));
    const existing = fields[name];
    fields[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return fields;
}

/** Throws URIError for `%zz` or an escape sequence that is not UTF-8 (`%FF`). */
function decodeFormComponent(text: string): string {
  return decodeURIComponent(text.replaceAll('+', ' '));
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodeStrictly(bytes: Buffer): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

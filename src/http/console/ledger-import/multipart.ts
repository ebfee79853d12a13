/**
 * `multipart/form-data` for the ledger upload, parsed with the Web platform's own parser
 * (`Request.formData()`, Node 20) in a content-type parser registered only in the import route's
 * scope: the rest of the app keeps refusing multipart bodies. Text fields stay strings, so the
 * CSRF check finds `_csrf` as in any form.
 */
import type { FastifyInstance } from 'fastify';
import type { FormData as UndiciFormData } from 'undici-types';
import { BadRequestError } from '../../http-errors.ts';

export interface UploadedFile {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
}

export type MultipartBody = Record<string, string | UploadedFile>;

/** 10 MiB: a year's ledger of a county department is a few hundred kilobytes. */
export const ledgerUploadLimitBytes = 10 * 1024 * 1024;

export function registerMultipartParser(scope: FastifyInstance): void {
  scope.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: ledgerUploadLimitBytes }, (request, body, done) => {
    parseMultipart(body as Buffer, String(request.headers['content-type'] ?? '')).then(
      (fields) => done(null, fields),
      (error: unknown) => done(error instanceof BadRequestError ? error : new BadRequestError('bad_multipart', '上传的表单格式有误，请重新选择文件后提交。'), undefined),
    );
  });
}

export async function parseMultipart(body: Uint8Array, contentType: string): Promise<MultipartBody> {
  const init = { method: 'POST', headers: { 'content-type': contentType }, body: new Blob([body.slice()]) };
  // Node's own FormData, typed by undici (the tsconfig has no DOM library).
  const form = (await new Request('http://upload.invalid/', init).formData()) as unknown as UndiciFormData;
  const fields: MultipartBody = Object.create(null) as MultipartBody;
  for (const [name, value] of form.entries()) {
    if (name in fields) throw new BadRequestError('bad_multipart', `表单字段“${name}”重复。`);
    fields[name] = typeof value === 'string' ? value : { filename: value.name, mediaType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
  }
  return fields;
}

/**
 * `multipart/form-data` for the catalogue's forms (the draft form, whose body may be long, and the
 * attachment upload), with the catalogue's own limit: a request whose Content-Length exceeds
 * `infoItemLimits.uploadRequestBytes` is refused with 413 BEFORE its body is read; one without a
 * Content-Length is cut off at the same size. The parsing itself is the intake's parser.
 */
import type { FastifyInstance } from 'fastify';
import { infoItemLimits } from '../../../domain/catalog/info-item.ts';
import { BadRequestError } from '../../http-errors.ts';
import { boundaryOf, parseMultipart } from '../../portal/applications/multipart.ts';

const megabytes = (bytes: number) => Math.floor(bytes / 1024 / 1024);
export const uploadTooLargeMessage = `上传的内容过大：一次提交不能超过 ${megabytes(infoItemLimits.uploadRequestBytes)} MB，每个附件不超过 ${megabytes(infoItemLimits.attachmentBytes)} MB。请压缩、拆分或分次上传。`;
const malformedMessage = '提交的表单格式不正确，请刷新页面后重试。';

export function registerCatalogMultipart(scope: FastifyInstance): void {
  scope.addContentTypeParser('multipart/form-data', async (request: { headers: Record<string, unknown> }, payload: AsyncIterable<Buffer>) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > infoItemLimits.uploadRequestBytes) throw tooLarge();
    const boundary = boundaryOf(String(request.headers['content-type'] ?? ''));
    if (boundary === null) throw new BadRequestError('bad_request', malformedMessage);
    return parseMultipart(await readLimited(payload, infoItemLimits.uploadRequestBytes), boundary);
  });
}

async function readLimited(payload: AsyncIterable<Buffer>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(): BadRequestError {
  return new BadRequestError('payload_too_large', uploadTooLargeMessage, 413);
}

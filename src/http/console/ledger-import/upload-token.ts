/**
 * The read ledger between the import steps, kept by the browser instead of the server: the grid
 * (file name, checksum, cells) compressed into a hidden form field, signed with the server secret
 * and bound to the account and two hours. Nothing is left on the server to clean up, a forged or
 * altered grid is refused, and the import re-checks every row anyway.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { LedgerUpload } from '../../../use-cases/applications/administration/import-ledger.ts';
import { BadRequestError } from '../../http-errors.ts';

const lifetimeMs = 2 * 60 * 60 * 1000;
/** The form body limit is 1 MiB; the token must leave room for the other fields. */
export const maxTokenLength = 900_000;

interface SealedUpload {
  upload: LedgerUpload;
  accountId: string;
  expiresAt: number;
}

export function sealUpload(upload: LedgerUpload, options: { secret: string; accountId: string; now: Date }): string {
  const sealed: SealedUpload = { upload, accountId: options.accountId, expiresAt: options.now.getTime() + lifetimeMs };
  const payload = gzipSync(Buffer.from(JSON.stringify(sealed), 'utf8')).toString('base64url');
  const token = `${payload}.${sign(payload, options.secret)}`;
  if (token.length > maxTokenLength) {
    throw new BadRequestError('ledger_too_large', '台账内容过多，超过一次导入的上限，请分成几个文件分批导入。', 413);
  }
  return token;
}

/** The upload, or a 400 when the token was altered, belongs to another account or has expired. */
export function openUpload(token: unknown, options: { secret: string; accountId: string; now: Date }): LedgerUpload {
  const expired = new BadRequestError('ledger_upload_expired', '上传的台账已失效（超过两小时或已退出登录），请重新上传。');
  if (typeof token !== 'string' || token.length > maxTokenLength) throw expired;
  const [payload = '', signature = ''] = token.split('.');
  const expected = sign(payload, options.secret);
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) throw expired;
  const sealed = JSON.parse(gunzipSync(Buffer.from(payload, 'base64url')).toString('utf8')) as SealedUpload;
  if (sealed.accountId !== options.accountId || sealed.expiresAt < options.now.getTime()) throw expired;
  return sealed.upload;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', `ledger-upload:${secret}`).update(payload).digest('base64url');
}

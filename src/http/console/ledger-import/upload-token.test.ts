import { describe, expect, it } from 'vitest';
import { openUpload, sealUpload } from './upload-token.ts';

const upload = { fileName: '台账.xlsx', sha256: 'ab'.repeat(32), sheet: { headers: ['申请人'], rows: [{ rowNumber: 2, cells: ['张三'] }] } };
const options = { secret: 'test-secret', accountId: 'account-1', now: new Date('2026-03-02T02:00:00Z') };

describe('upload token', () => {
  it('gives back the upload it sealed, for the same account within two hours', () => {
    const token = sealUpload(upload, options);
    expect(openUpload(token, { ...options, now: new Date('2026-03-02T03:59:00Z') })).toEqual(upload);
  });

  it.each([
    ['another account', (t: string) => t, { accountId: 'account-2' }],
    ['after two hours', (t: string) => t, { now: new Date('2026-03-02T04:01:00Z') }],
    ['another secret', (t: string) => t, { secret: 'other' }],
    ['an altered payload', (t: string) => `A${t.slice(1)}`, {}],
    ['no token', () => '', {}],
  ])('refuses %s', (_, alter, changed) => {
    const token = alter(sealUpload(upload, options));
    expect(() => openUpload(token, { ...options, ...changed })).toThrow('上传的台账已失效');
  });
});

import { describe, expect, it } from 'vitest';
import { receivedOnOf } from './received-on.ts';

describe('receivedOnOf', () => {
  it.each([
    ['inPerson', { handedInOn: '2025-03-03' }, '2025-03-03'],
    ['post', { signedForOn: '2025-03-04', confirmedOn: '2025-03-07' }, '2025-03-04'],
    ['post', { isOrdinaryLetter: true, signedForOn: '2025-03-04', confirmedOn: '2025-03-05' }, '2025-03-05'],
    ['online', { confirmedOn: '2025-03-06' }, '2025-03-06'],
    ['fax', { confirmedOn: '2025-03-07', handedInOn: '2025-03-01' }, '2025-03-07'],
  ] as const)('takes the right fact for %s', (channel, facts, expected) => {
    expect(receivedOnOf(channel, facts)).toEqual({ ok: true, receivedOn: expected });
  });

  it.each([
    ['inPerson', {}, 'receipt.handedInOnMissing', 'handedInOn', '请填写当面提交申请的日期（第三十一条：以该日为收到申请之日）。'],
    ['post', { confirmedOn: '2025-03-05' }, 'receipt.signedForOnMissing', 'signedForOn', '请填写签收信件的日期（第三十一条：以该日为收到申请之日）。'],
    ['post', { isOrdinaryLetter: true, signedForOn: '2025-03-04' }, 'receipt.confirmedOnMissing', 'confirmedOn', '请填写收到平信当日与申请人确认的日期（第三十一条：以该日为收到申请之日）。'],
    ['online', { handedInOn: '2025-03-03', confirmedOn: null }, 'receipt.confirmedOnMissing', 'confirmedOn', '请填写双方确认网上申请的日期（第三十一条：以该日为收到申请之日）。'],
    ['fax', { confirmedOn: '2025-3-7' }, 'receipt.confirmedOnInvalid', 'confirmedOn', '双方确认传真申请的日期“2025-3-7”无效，应为“YYYY-MM-DD”格式的真实日期。'],
  ] as const)('returns an issue for %s when the needed fact is missing or bad', (channel, facts, code, path, message) => {
    expect(receivedOnOf(channel, facts)).toEqual({ ok: false, issues: [{ code, path, message }] });
  });
});

import { describe, expect, it } from 'vitest';
import { formatGrantId, parseGrantId } from './grant-id.ts';

describe('grant ids', () => {
  it('round-trips an agency code and a role', () => {
    expect(formatGrantId('lcx-zrzy', 'handler')).toBe('lcx-zrzy.handler');
    expect(parseGrantId('lcx-zrzy.handler')).toEqual({ agencyCode: 'lcx-zrzy', role: 'handler' });
    expect(parseGrantId(formatGrantId('lcx', 'securityOfficer'))).toEqual({ agencyCode: 'lcx', role: 'securityOfficer' });
  });

  it.each(['', 'lcx', 'lcx.', '.handler', 'lcx.boss', 'LCX.handler', "lcx.handler'; drop table accounts; --", 'lcx..handler'])(
    'rejects %j',
    (grantId) => {
      expect(parseGrantId(grantId)).toBeNull();
    },
  );
});

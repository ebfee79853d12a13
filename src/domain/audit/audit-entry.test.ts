import { describe, expect, it } from 'vitest';
import { isValidAuditAction } from './audit-entry.ts';

describe('isValidAuditAction', () => {
  it.each(['account.login', 'account.lock', 'agency.update', 'system.seedDemo', 'application.reply.send'])('accepts %s', (action) => {
    expect(isValidAuditAction(action)).toBe(true);
  });

  it.each(['', 'login', 'Account.login', 'account.', '.login', 'account..login', 'account.log in', 'account.登录', `a.${'b'.repeat(100)}`])(
    'rejects %j',
    (action) => {
      expect(isValidAuditAction(action)).toBe(false);
    },
  );
});

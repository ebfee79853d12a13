/** The account API: create (201, one-time password once), reset, unlock, disable, grants, scope and errors. */
import { expect, it } from 'vitest';
import { describeEachApp } from '../../../../test/http-harness.ts';

interface AccountJson {
  id: string;
  username: string;
  status: string;
  mustChangePassword: boolean;
  roles: { grantId: string; role: string; roleName: string; agencyCode: string }[];
}

describeEachApp('account API', (current) => {
  async function systemAdmin() {
    const browser = current().browser();
    await browser.signIn('system-admin', 'Lian-Xitong-2025');
    await browser.get('/console');
    return browser;
  }

  it('creates an account (201) with a one-time password, and lists it', async () => {
    const admin = await systemAdmin();
    const created = await admin.api('POST', '/api/v1/accounts', { agencyCode: 'lcx-jyj', username: 'api.new', displayName: '接口新人', role: 'reviewer' });
    expect(created.statusCode).toBe(201);
    const body = created.json() as { account: AccountJson; oneTimePassword: string };
    expect(body.oneTimePassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    expect(body.account).toMatchObject({ username: 'api.new', status: 'active', mustChangePassword: true, roles: [{ grantId: 'lcx-jyj.reviewer', roleName: '审核人' }] });
    expect(JSON.stringify(body.account)).not.toMatch(/password_?hash|scrypt/i);
    const list = (await admin.api('GET', '/api/v1/accounts?agencyCode=lcx-jyj')).json() as { accounts: AccountJson[] };
    expect(list.accounts.map((a) => a.username)).toContain('api.new');
  });

  it('grants and revokes roles by grant id, and answers an unknown grant with 404', async () => {
    const admin = await systemAdmin();
    const { account } = (await admin.api('POST', '/api/v1/accounts', { agencyCode: 'lcx-czj', username: 'api.roles', displayName: '授权' })).json() as { account: AccountJson };
    const granted = await admin.api('POST', `/api/v1/accounts/${account.id}/roles`, { agencyCode: 'lcx-czj', role: 'registrar', includeSubtree: false });
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toEqual({ roles: [expect.objectContaining({ grantId: 'lcx-czj.registrar' })] });
    const revoked = await admin.api('DELETE', `/api/v1/accounts/${account.id}/roles/lcx-czj.registrar`);
    expect(revoked.json()).toEqual({ roles: [] });
    expect((await admin.api('DELETE', `/api/v1/accounts/${account.id}/roles/lcx-czj.registrar`)).statusCode).toBe(404);
  });

  it('resets, disables and enables; the security officer alone unlocks', async () => {
    const admin = await systemAdmin();
    const { account } = (await admin.api('POST', '/api/v1/accounts', { agencyCode: 'lcx-czj', username: 'api.life', displayName: '生命周期' })).json() as { account: AccountJson };
    const reset = await admin.api('POST', `/api/v1/accounts/${account.id}/password-reset`);
    expect(reset.json()).toMatchObject({ account: { id: account.id, mustChangePassword: true }, oneTimePassword: expect.any(String) });
    expect((await admin.api('POST', `/api/v1/accounts/${account.id}/disable`)).json()).toMatchObject({ status: 'disabled' });
    expect((await admin.api('POST', `/api/v1/accounts/${account.id}/enable`)).json()).toMatchObject({ status: 'active' });
    expect((await admin.api('POST', `/api/v1/accounts/${account.id}/unlock`)).statusCode).toBe(403);
    const officer = current().browser();
    await officer.signIn('security-officer', 'Lian-Anquan-2025');
    await officer.get('/console');
    expect((await officer.api('POST', `/api/v1/accounts/${account.id}/unlock`)).statusCode).toBe(200);
  });

  it('refuses the system admin the password of the auditor, and lets the security officer reset it', async () => {
    const admin = await systemAdmin();
    const auditor = ((await admin.api('GET', '/api/v1/accounts?agencyCode=lcx')).json() as { accounts: AccountJson[] }).accounts.find((a) => a.username === 'auditor')!;
    const refused = await admin.api('POST', `/api/v1/accounts/${auditor.id}/password-reset`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'access_denied', message: expect.stringContaining('只能由安全管理员重置密码') } });
  });

  it('requires the CSRF header with a session cookie, and changes nothing without it', async () => {
    const admin = await systemAdmin();
    const response = await admin.api('POST', '/api/v1/accounts', { agencyCode: 'lcx-jyj', username: 'api.csrf', displayName: '无令牌' }, null);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    const list = (await admin.api('GET', '/api/v1/accounts?agencyCode=lcx-jyj')).json() as { accounts: AccountJson[] };
    expect(list.accounts.map((a) => a.username)).not.toContain('api.csrf');
  });

  it('answers without a session with 401 in the one error shape', async () => {
    const response = await current().browser().api('GET', '/api/v1/accounts');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'unauthenticated', message: '请先登录。' } });
  });
});

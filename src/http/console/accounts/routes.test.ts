/**
 * The console's account pages with JavaScript off, end to end with signing in: a new account's
 * one-time password works once and forces a change; a reset ends the sessions; grants, revokes,
 * disabling and the security officer's unlock.
 */
import { expect, it } from 'vitest';
import { describeEachApp, type TestApp } from '../../../../test/http-harness.ts';
import { getAccountByUsername } from '../../../db/repositories/accounts.ts';
import { listRoleGrants } from '../../../db/repositories/role-grants.ts';

const oneTimePasswordPattern = /<code>([A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){3})<\/code>/;

async function createThroughConsole(app: TestApp, username: string, role = 'handler') {
  const admin = app.browser();
  await admin.signIn('agency-admin', 'Lian-Jiguan-2025');
  const form = await admin.get('/console/accounts/new');
  expect(form.body).toContain('<option value="lcx-zrzy"');
  const created = await admin.postForm('/console/accounts/new', { agencyCode: 'lcx-zrzy', username, displayName: '新同事', role });
  expect(created.statusCode).toBe(201);
  expect(created.headers['cache-control']).toBe('no-store');
  const oneTimePassword = oneTimePasswordPattern.exec(created.body)?.[1];
  if (oneTimePassword === undefined) throw new Error('no one-time password on the page');
  const account = await getAccountByUsername(app.handle.db, username);
  return { admin, oneTimePassword, accountId: account!.id };
}

describeEachApp('console account pages', (current) => {
  it('creates an account whose one-time password signs in once and must be changed', async () => {
    const { admin, oneTimePassword, accountId } = await createThroughConsole(current(), 'console.new');
    const list = await admin.get('/console/accounts');
    expect(list.body).toContain('console.new');
    expect(list.body).toContain('待本人修改初始密码');
    expect(list.body).not.toContain(oneTimePassword);
    expect((await admin.get(`/console/accounts/${accountId}`)).body).not.toContain(oneTimePassword);
    const owner = current().browser();
    const signedIn = await owner.signIn('console.new', oneTimePassword);
    expect(signedIn.headers.location).toBe('/console/password');
  });

  it('answers a taken username with the form again and the problem beside the field', async () => {
    const admin = current().browser();
    await admin.signIn('agency-admin', 'Lian-Jiguan-2025');
    await admin.get('/console/accounts/new');
    const response = await admin.postForm('/console/accounts/new', { agencyCode: 'lcx-zrzy', username: 'HANDLER', displayName: '重名', role: '' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('该用户名已被使用');
    expect(response.body).toContain('value="HANDLER"');
  });

  it('resets a password: the old sessions end, the new one-time password works', async () => {
    const { admin, oneTimePassword, accountId } = await createThroughConsole(current(), 'console.reset');
    const owner = current().browser();
    await owner.signIn('console.reset', oneTimePassword);
    await admin.get(`/console/accounts/${accountId}`);
    const reset = await admin.postForm(`/console/accounts/${accountId}/password-reset`, {});
    expect(reset.statusCode).toBe(200);
    expect(reset.body).toContain('密码已重置');
    const fresh = oneTimePasswordPattern.exec(reset.body)?.[1];
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(oneTimePassword);
    expect((await owner.get('/console/password')).headers.location).toMatch(/^\/login/);
    expect((await current().browser().signIn('console.reset', fresh!)).headers.location).toBe('/console/password');
  });

  it('grants and revokes a role with POST-redirect-GET; shows invalid grants, refuses 三员 roles', async () => {
    const { admin, accountId } = await createThroughConsole(current(), 'console.roles');
    const page = await admin.get(`/console/accounts/${accountId}`);
    expect(page.body).toContain('授予角色');
    expect(page.body).not.toContain('<option value="auditor"');
    const granted = await admin.postForm(`/console/accounts/${accountId}/roles`, { agencyCode: 'lcx-zrzy', role: 'reviewer' });
    expect(granted.headers.location).toBe(`/console/accounts/${accountId}?done=granted`);
    expect((await admin.get(String(granted.headers.location))).body).toContain('角色已授予');
    const invalid = await admin.postForm(`/console/accounts/${accountId}/roles`, { agencyCode: 'lcx-zrzy', role: 'boss' });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.body).toContain('请选择一个有效的角色。');
    const separatedDuty = await admin.postForm(`/console/accounts/${accountId}/roles`, { agencyCode: 'lcx-zrzy', role: 'auditor' });
    expect(separatedDuty.statusCode).toBe(403);
    const revoked = await admin.postForm(`/console/accounts/${accountId}/roles/lcx-zrzy.reviewer/revoke`, {});
    expect(revoked.statusCode).toBe(303);
    expect((await listRoleGrants(current().handle.db, accountId)).map((g) => g.role)).toEqual(['handler']);
  });

  it('disables an account (it can no longer sign in) and enables it again', async () => {
    const { admin, oneTimePassword, accountId } = await createThroughConsole(current(), 'console.off');
    await admin.get(`/console/accounts/${accountId}`);
    expect((await admin.postForm(`/console/accounts/${accountId}/disable`, {})).headers.location).toContain('done=disabled');
    expect((await admin.get(`/console/accounts/${accountId}?done=disabled`)).body).toContain('已停用');
    expect((await current().browser().signIn('console.off', oneTimePassword)).statusCode).toBe(401);
    await admin.get(`/console/accounts/${accountId}`);
    await admin.postForm(`/console/accounts/${accountId}/enable`, {});
    expect((await current().browser().signIn('console.off', oneTimePassword)).statusCode).toBe(303);
  });

  it('lets the security officer unlock an account locked by five wrong passwords', async () => {
    const { accountId, oneTimePassword } = await createThroughConsole(current(), 'console.locked');
    const owner = current().browser();
    for (let i = 0; i < 5; i += 1) await owner.signIn('console.locked', 'Wrong-Pass-2025!');
    expect((await current().browser().signIn('console.locked', oneTimePassword)).statusCode).toBe(423);
    const officer = current().browser();
    await officer.signIn('security-officer', 'Lian-Anquan-2025');
    const page = await officer.get(`/console/accounts/${accountId}`);
    expect(page.body).toContain('已锁定');
    expect(page.body).toContain('解锁账号');
    expect(page.body).not.toContain('重置密码');
    expect((await officer.postForm(`/console/accounts/${accountId}/unlock`, {})).headers.location).toContain('done=unlocked');
    expect((await current().browser().signIn('console.locked', oneTimePassword)).statusCode).toBe(303);
  });

  it('never shows another department\'s accounts to an agency admin', async () => {
    const admin = current().browser();
    await admin.signIn('agency-admin', 'Lian-Jiguan-2025');
    const list = await admin.get('/console/accounts');
    expect(list.body).not.toContain('handler-jyj');
    const other = await getAccountByUsername(current().handle.db, 'handler-jyj');
    expect((await admin.get(`/console/accounts/${other!.id}`)).statusCode).toBe(403);
    expect((await admin.get('/console/accounts?agencyCode=lcx-jyj')).statusCode).toBe(403);
  });
});

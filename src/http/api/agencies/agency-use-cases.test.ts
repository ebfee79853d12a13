/**
 * The agency use cases over the real database adapter, on PGlite and PostgreSQL: the tree scoped to
 * the principal's grants, and the office details (with the credit code's check character) changed
 * only by an admin covering the agency, in one transaction with the audit entry.
 */
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/test-db.ts';
import { getAgencyById } from '../../../db/repositories/agencies.ts';
import { listAuditEntries } from '../../../db/repositories/audit-log.ts';
import { composeCreditCode } from '../../../domain/agencies/credit-code.ts';
import { getAgency } from '../../../use-cases/get-agency.ts';
import { listAgencies } from '../../../use-cases/list-agencies.ts';
import { updateDisclosureOffice } from '../../../use-cases/update-disclosure-office.ts';
import { createAdministrationDeps } from '../accounts/administration-stores.ts';
import { countRows, createAdministrationWorld } from '../accounts/administration-test-world.ts';

const now = new Date('2025-05-06T03:00:00.000Z');
const validCreditCode = composeCreditCode('11', '439901', 'L0000099');

describeEachDatabase('agency use cases', ({ db }) => {
  const deps = () => createAdministrationDeps(db());

  it('lists the agencies each principal covers, and refuses the auditor', async () => {
    const { county, deptA, deptB, members } = await createAdministrationWorld(db());
    const ids = async (who: 'agencyAdminA' | 'handlerB' | 'systemAdmin') =>
      (await listAgencies(deps(), { principal: members[who].principal })).agencies.map((a) => a.id);
    expect(await ids('agencyAdminA')).toEqual([deptA.id]);
    expect(await ids('handlerB')).toEqual([deptB.id]);
    expect(await ids('systemAdmin')).toEqual(expect.arrayContaining([county.id, deptA.id, deptB.id]));
    expect(await ids('systemAdmin')).toHaveLength(3);
    await expect(listAgencies(deps(), { principal: members.auditor.principal })).rejects.toMatchObject({ code: 'access_denied' });
  });

  it('shows an agency with its parent; refuses another department; knows no unknown code', async () => {
    const { county, deptA, deptB, members } = await createAdministrationWorld(db());
    const detail = await getAgency(deps(), { principal: members.handlerA.principal, code: deptA.code });
    expect(detail.agency.id).toBe(deptA.id);
    expect(detail.parent?.id).toBe(county.id);
    await expect(getAgency(deps(), { principal: members.handlerA.principal, code: deptB.code })).rejects.toMatchObject({ code: 'access_denied' });
    await expect(getAgency(deps(), { principal: members.systemAdmin.principal, code: 'no-such' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('changes the office details given, clears with an empty value, and audits old and new values', async () => {
    const { deptA, members } = await createAdministrationWorld(db());
    const input = { phone: ' 0739-5219999 转 8 ', hours: '', creditCode: validCreditCode.toLowerCase(), postcode: '419901' };
    const outcome = await updateDisclosureOffice(deps(), { actor: members.agencyAdminA.actor, code: deptA.code, input, now });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value).toMatchObject({ phone: '0739-5219999 转 8', hours: null, creditCode: validCreditCode, postcode: '419901', address: deptA.address, updatedAt: now });
    expect(await getAgencyById(db(), deptA.id)).toEqual(outcome.value);
    const { entries } = await listAuditEntries(db(), { targetId: deptA.id, action: 'agency.update' }, { offset: 0, limit: 5 });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({
      code: deptA.code,
      changes: { phone: { from: deptA.phone, to: '0739-5219999 转 8' }, hours: { from: deptA.hours, to: null }, creditCode: { from: null, to: validCreditCode } },
    });
  });

  it('writes nothing and records nothing when nothing changes', async () => {
    const { deptA, members } = await createAdministrationWorld(db());
    const before = await countRows(db());
    const outcome = await updateDisclosureOffice(deps(), { actor: members.systemAdmin.actor, code: deptA.code, input: { phone: deptA.phone }, now });
    expect(outcome.ok).toBe(true);
    expect(await countRows(db())).toEqual(before);
    expect((await getAgencyById(db(), deptA.id))!.updatedAt).toEqual(deptA.updatedAt);
  });

  it.each([
    ['a handler of the agency', 'handlerA', 'deptA'],
    ['an admin of another department', 'agencyAdminA', 'deptB'],
    ['an admin of a department, for the county', 'agencyAdminA', 'county'],
    ['the security officer', 'securityOfficer', 'deptA'],
    ['the auditor', 'auditor', 'deptA'],
  ] as const)('refuses %s (%s on %s) and changes nothing', async (_, who, where) => {
    const world = await createAdministrationWorld(db());
    const before = await countRows(db());
    const code = world[where].code;
    const attempt = updateDisclosureOffice(deps(), { actor: world.members[who].actor, code, input: { phone: '0739-1234567' }, now });
    await expect(attempt).rejects.toMatchObject({ code: 'access_denied' });
    expect(await getAgencyById(db(), world[where].id)).toEqual(world[where]);
    expect(await countRows(db())).toEqual(before);
  });

  it.each([
    ['a credit code with a wrong check character', { creditCode: `${validCreditCode.slice(0, 17)}${validCreditCode[17] === '0' ? '1' : '0'}` }, 'creditCode', '校验码'],
    ['a credit code of the wrong length', { creditCode: '1143990' }, 'creditCode', '18位'],
    ['a credit code with I or O', { creditCode: 'I1439901L00000990O' }, 'creditCode', '大写英文字母'],
    ['a postcode that is not six digits', { postcode: '41990a' }, 'postcode', '6位数字'],
    ['an email without a domain', { email: 'zwgk@' }, 'email', '电子邮箱'],
    ['a phone with letters', { phone: 'call me' }, 'phone', '联系电话'],
    ['a number for a text', { address: 42 }, 'address', '办公地址应为文字'],
    ['a 1 MB address', { address: '路'.repeat(1 << 20) }, 'address', '不能超过200个字符'],
    ['a line break in the hours', { hours: '上午\n下午' }, 'hours', '控制字符'],
    ['a broken character', { officeName: 'abc\uD800' }, 'officeName', '无法识别'],
    ['an unknown field', { name: '改名' }, 'name', '不能识别的字段'],
    ['not an object', 'phone=1', '', '提交的内容'],
  ])('answers %s with a Chinese issue and changes nothing', async (_, input, path, message) => {
    const { deptA, members } = await createAdministrationWorld(db());
    const before = await countRows(db());
    const outcome = await updateDisclosureOffice(deps(), { actor: members.systemAdmin.actor, code: deptA.code, input, now });
    expect(outcome).toMatchObject({ ok: false, issues: [{ path, message: expect.stringContaining(message) }] });
    expect(await getAgencyById(db(), deptA.id)).toEqual(deptA);
    expect(await countRows(db())).toEqual(before);
  });

  it('stores script and SQL text as plain text (escaping is the pages\' job)', async () => {
    const { deptA, members } = await createAdministrationWorld(db());
    const input = { officeName: '<script>alert(1)</script>', address: "'; DROP TABLE agencies; --" };
    const outcome = await updateDisclosureOffice(deps(), { actor: members.systemAdmin.actor, code: deptA.code, input, now });
    expect(outcome).toMatchObject({ ok: true, value: input });
    expect((await countRows(db())).agencies).toBeGreaterThan(0);
  });
});

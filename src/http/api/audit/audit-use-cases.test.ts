/**
 * The auditor's use cases over the real database adapter, on PGlite and PostgreSQL: the audit log
 * filtered, paginated and scoped; nobody but the auditor reads or verifies it (三员分立).
 */
import { expect, it } from 'vitest';
import { buildAuditEntry } from '../../../../test/factories.ts';
import { describeEachDatabase } from '../../../../test/test-db.ts';
import { appendAuditEntry, listAuditEntries as listStoredEntries } from '../../../db/repositories/audit-log.ts';
import { checkAuditTrail } from '../../../use-cases/check-audit-trail.ts';
import { listAuditEntries } from '../../../use-cases/list-audit-entries.ts';
import { createAdministrationDeps } from '../accounts/administration-stores.ts';
import { countRows, createAdministrationWorld, createWorldAccount, type AdministrationWorld } from '../accounts/administration-test-world.ts';

const now = new Date('2025-06-01T02:00:00.000Z');

/** Five entries: two in department A on 3 and 4 March (China time), two in B, one of no agency. */
async function appendWorldEntries(db: Parameters<typeof appendAuditEntry>[0], world: AdministrationWorld) {
  const { deptA, deptB, members } = world;
  const handlerA = members.handlerA.account;
  const entries = [
    buildAuditEntry({ action: 'application.register', agencyId: deptA.id, actorAccountId: handlerA.id, occurredAt: new Date('2025-03-02T16:30:00Z') }),
    buildAuditEntry({ action: 'application.reply', agencyId: deptA.id, actorAccountId: handlerA.id, occurredAt: new Date('2025-03-04T15:59:00Z') }),
    buildAuditEntry({ action: 'application.register', agencyId: deptB.id, occurredAt: new Date('2025-03-03T01:00:00Z') }),
    buildAuditEntry({ action: 'report.publish', agencyId: deptB.id, occurredAt: new Date('2025-03-05T01:00:00Z') }),
    buildAuditEntry({ action: 'system.start', agencyId: null, occurredAt: new Date('2025-03-03T01:00:00Z') }),
  ];
  for (const entry of entries) await appendAuditEntry(db, entry);
}

describeEachDatabase('audit use cases', ({ db }) => {
  const deps = () => createAdministrationDeps(db());

  it('gives the auditor the entries of its agencies, newest first, filtered and paginated', async () => {
    const world = await createAdministrationWorld(db());
    await appendWorldEntries(db(), world);
    const { auditor } = world.members;
    const read = async (input: Record<string, unknown>) => {
      const outcome = await listAuditEntries(deps(), { principal: auditor.principal, input: { ...input, agencyCode: input['agencyCode'] ?? '' } });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
      return outcome.value;
    };
    const all = await read({ action: 'application.' });
    expect(all.entries.map((e) => [e.action, e.agencyId])).toEqual([
      ['application.register', world.deptB.id],
      ['application.reply', world.deptA.id],
      ['application.register', world.deptA.id],
    ]);
    const inA = await read({ agencyCode: world.deptA.code });
    expect(inA.entries.map((e) => e.action)).toEqual(['application.reply', 'application.register']);
    const byActor = await read({ actor: world.members.handlerA.account.username.toUpperCase() });
    expect(byActor.total).toBe(2);
    const on3March = await read({ from: '2025-03-03', to: '2025-03-03', agencyCode: world.deptA.code });
    expect(on3March.entries.map((e) => e.action)).toEqual(['application.register']);
    const paged = await read({ agencyCode: world.deptB.code, pageSize: '1', page: '2' });
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1, pageCount: 2 });
    expect(paged.entries.map((e) => e.action)).toEqual(['application.register']);
  });

  it('leaves out the entries of no agency and of other agencies for a department auditor', async () => {
    const world = await createAdministrationWorld(db());
    await appendWorldEntries(db(), world);
    const departmentAuditor = await createWorldAccount(db(), 'auditor', world.deptA);
    const outcome = await listAuditEntries(deps(), { principal: departmentAuditor.principal, input: { pageSize: 200 } });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(new Set(outcome.value.entries.map((e) => e.agencyId))).toEqual(new Set([world.deptA.id]));
    const other = listAuditEntries(deps(), { principal: departmentAuditor.principal, input: { agencyCode: world.deptB.code } });
    await expect(other).rejects.toMatchObject({ code: 'access_denied' });
  });

  it.each(['systemAdmin', 'securityOfficer', 'agencyAdminA', 'handlerA'] as const)('refuses the audit log to %s', async (who) => {
    const { members } = await createAdministrationWorld(db());
    await expect(listAuditEntries(deps(), { principal: members[who].principal, input: {} })).rejects.toMatchObject({ code: 'access_denied' });
    await expect(checkAuditTrail(deps(), { actor: members[who].actor, now })).rejects.toMatchObject({ code: 'access_denied' });
  });

  it.each([
    ['a date that is no date', { from: '2025-02-30' }, 'from'],
    ['a date in another format', { to: '2025/03/01' }, 'to'],
    ['an end before the start', { from: '2025-03-02', to: '2025-03-01' }, 'to'],
    ['page 0', { page: '0' }, 'page'],
    ['a page that is not a number', { page: 'abc' }, 'page'],
    ['too many per page', { pageSize: '10000' }, 'pageSize'],
    ['an action with SQL', { action: "x'; DROP TABLE audit_log; --" }, 'action'],
    ['an unknown user', { actor: 'nobody-at-all' }, 'actor'],
    ['an unknown filter', { seq: '1' }, 'seq'],
    ['an unknown agency', { agencyCode: 'no-such-agency' }, 'agencyCode'],
    ['a repeated filter', { action: ['a.b', 'c.d'] }, 'action'],
  ])('answers %s with a Chinese issue', async (_, input, path) => {
    const { members } = await createAdministrationWorld(db());
    const outcome = await listAuditEntries(deps(), { principal: members.auditor.principal, input });
    expect(outcome).toMatchObject({ ok: false, issues: [{ path, message: expect.stringMatching(/[\u4e00-\u9fff]/) }] });
  });

  it('verifies the chain for the auditor and records that it did', async () => {
    const { members } = await createAdministrationWorld(db());
    const before = await countRows(db());
    const verification = await checkAuditTrail(deps(), { actor: members.auditor.actor, now });
    expect(verification).toMatchObject({ count: before.auditLog, brokenLink: null });
    const { entries } = await listStoredEntries(db(), { action: 'audit.verify', actorAccountId: members.auditor.account.id }, { offset: 0, limit: 5 });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({ count: before.auditLog, intact: true, brokenSeq: null });
  });
});

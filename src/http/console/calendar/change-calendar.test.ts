/** Calendar changes on a real database: the rows, the recount of open cases, reminders, the audit trail, all or nothing. */
import { eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { buildApplicationRow } from '../../../../test/application-factories.ts';
import { createTestAgency } from '../../../../test/factories.ts';
import { describeEachDatabase } from '../../../../test/test-db.ts';
import type { Database } from '../../../db/database.ts';
import { appendApplicationEvent, findApplication, insertApplication } from '../../../db/repositories/applications.ts';
import { listCalendarRows } from '../../../db/repositories/calendar.ts';
import { applicationEvents, applications, reminders } from '../../../db/schema/applications.ts';
import { auditLog } from '../../../db/schema/audit-log.ts';
import { calendarDays, calendarYears } from '../../../db/schema/calendar.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import type { CaseEvent } from '../../../domain/applications/case-event.ts';
import { createOfficialCalendar } from '../../../domain/calendar/official-calendar.ts';
import { addCalendarYear, adjustCalendarDay, removeCalendarAdjustment } from '../../../use-cases/applications/administration/change-calendar.ts';
import { summarizeCase } from '../../../use-cases/applications/summarize-case.ts';
import { createCalendarAdminDeps } from './calendar-stores.ts';

const now = new Date('2026-12-20T02:00:00Z');
const admin = (agencyId: string): { principal: Principal; name: string; ip: string } => ({
  principal: { accountId: '00000000-0000-4000-8000-000000000001', grants: [{ agencyId, role: 'systemAdmin', includeSubtree: true }] },
  name: '陈系统',
  ip: '127.0.0.1',
});

/** A case with its history and the derived columns as the platform would have stored them (null due date when not computable). */
async function insertCase(db: Database, agencyId: string, events: CaseEvent[], dueOn?: string | null): Promise<string> {
  const summary = summarizeCase(events, createOfficialCalendar(), '2026-12-20');
  const derived = { status: summary.status, receivedOn: summary.receivedOn, dueOn: dueOn === undefined ? summary.dueOn : dueOn, outcome: summary.outcome, endedOn: summary.endedOn };
  const row = await insertApplication(db, buildApplicationRow({ agencyId, ...derived }));
  for (const [i, event] of events.entries()) {
    await appendApplicationEvent(db, { applicationId: row.id, agencyId, seq: i + 1, event, note: null, actorAccountId: null, recordedAt: now });
  }
  return row.id;
}

describeEachDatabase('calendar changes', ({ db }) => {
  beforeEach(async () => {
    // Each test starts from the shipped calendar and no open cases.
    await db().delete(reminders);
    await db().delete(applicationEvents);
    await db().delete(applications);
    await db().delete(calendarDays);
    await db().delete(calendarYears);
  });

  it('moves the due date of an open case when a working day becomes a holiday, with a reminder and the audit', async () => {
    const agency = await createTestAgency(db());
    const open = await insertCase(db(), agency.id, [{ kind: 'received', on: '2026-12-01' }]);
    const before = await findApplication(db(), open);
    const ended = await insertCase(db(), agency.id, [{ kind: 'received', on: '2026-12-01' }, { kind: 'replied', on: '2026-12-10', outcome: 'granted', replyType: 'granted' }]);
    const deps = createCalendarAdminDeps(db(), () => now);
    const result = await adjustCalendarDay(deps, { actor: admin(agency.id), input: { date: '2026-12-14', kind: 'holiday', reason: '县政府通知：防寒停工' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.checked).toBe(1);
    expect(result.value.moved).toEqual([{ applicationId: open, agencyId: agency.id, trackingNumber: before!.trackingNumber, previousDueOn: before!.dueOn, dueOn: '2026-12-30' }]);
    expect(before!.dueOn).toBe('2026-12-29');
    expect((await findApplication(db(), open))?.dueOn).toBe('2026-12-30');
    expect((await findApplication(db(), ended))?.version).toBe(0);
    const [reminder] = await db().select().from(reminders).where(eq(reminders.applicationId, open));
    expect(reminder).toMatchObject({ kind: 'dueDateChanged', dueOn: '2026-12-30' });
    expect(reminder?.message).toContain('由2026年12月29日改为2026年12月30日');
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'calendar.dueDatesRecomputed'));
    expect(audit.at(-1)?.details).toMatchObject({ checked: 1, moved: [{ applicationId: open, previousDueOn: '2026-12-29', dueOn: '2026-12-30' }] });
    const update = await db().select().from(auditLog).where(eq(auditLog.action, 'calendar.update'));
    expect(update.at(-1)?.details).toMatchObject({ before: null, after: { date: '2026-12-14', kind: 'holiday', name: '县政府通知：防寒停工' } });

    const undone = await removeCalendarAdjustment(deps, { actor: admin(agency.id), input: { date: '2026-12-14' } });
    expect(undone.ok && undone.value.moved.map((m) => m.dueOn)).toEqual(['2026-12-29']);
    expect((await listCalendarRows(db())).days).toEqual([]);
  });

  it('computes the due dates that run into next year once its notice is entered', async () => {
    const agency = await createTestAgency(db());
    const pending = await insertCase(db(), agency.id, [{ kind: 'received', on: '2026-12-15' }], null);
    const deps = createCalendarAdminDeps(db(), () => now);
    const notice = '一、元旦：1月1日至3日放假，共3天。\n二、春节：2月6日至2月13日放假调休，共8天。2月14日（周日）、2月20日（周六）上班。';
    const result = await addCalendarYear(deps, { actor: admin(agency.id), input: { year: '2027', notice: '国务院办公厅关于2027年部分节假日安排的通知', holidays: notice, swappedWorkdays: '' } });
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.value.moved).toEqual([expect.objectContaining({ applicationId: pending, previousDueOn: null, dueOn: '2027-01-13' })]);
    const rows = await listCalendarRows(db());
    expect(rows.years).toEqual([{ year: 2027, notice: '国务院办公厅关于2027年部分节假日安排的通知' }]);
    expect(rows.days.filter((d) => d.kind === 'swappedWorkday').map((d) => d.date)).toEqual(['2027-02-14', '2027-02-20']);
  });

  it('changes nothing when one open case could not be recounted on the new calendar', async () => {
    const agency = await createTestAgency(db());
    // Due on 26 October 2026, extended that very day: a working day earlier would make the extension late.
    const extension = { kind: 'extensionApproved', on: '2026-10-26', workingDays: 10, approvedBy: '王主任', reason: '需调取档案' } as const;
    const id = await insertCase(db(), agency.id, [{ kind: 'received', on: '2026-09-21' }, extension]);
    const deps = createCalendarAdminDeps(db(), () => now);
    const result = await adjustCalendarDay(deps, { actor: admin(agency.id), input: { date: '2026-10-05', kind: 'workday', reason: '补班' } });
    const { trackingNumber } = (await findApplication(db(), id))!;
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([`修改后申请${trackingNumber}的期限无法计算（答复期限已于2026年10月23日届满，不能再延长。），未作任何修改。`]);
    expect((await listCalendarRows(db())).days).toEqual([]);
  });

  it('returns the problems a person can fix, and refuses anyone but the system admin', async () => {
    const agency = await createTestAgency(db());
    const deps = createCalendarAdminDeps(db(), () => now);
    const actor = admin(agency.id);
    const problems = async (promise: Promise<{ ok: boolean; issues?: { path: string; message: string }[] }>) => {
      const outcome = await promise;
      return outcome.ok ? [] : (outcome.issues ?? []).map((i) => `${i.path}: ${i.message}`);
    };
    expect(await problems(addCalendarYear(deps, { actor, input: { year: '2026', notice: '通知', holidays: '元旦：1月1日' } }))).toEqual([
      'year: 2026年的节假日安排已随系统提供，不能重新录入；个别日期的变化请用“本地调整”。',
    ]);
    expect(await problems(addCalendarYear(deps, { actor, input: { year: '2027', notice: '', holidays: '元旦：2027-01-01\n春节：2026-02-06' } }))).toEqual([
      'notice: 请填写通知名称，例如“国务院办公厅关于2027年部分节假日安排的通知”。',
    ]);
    expect(await problems(addCalendarYear(deps, { actor, input: { year: '2027', notice: '通知', holidays: '元旦：2027-01-01\n春节：2026-02-06', swappedWorkdays: '2027-01-05' } }))).toEqual([
      'holidays: 2026-02-06不在2027年内，请录入到对应的年份。',
      'swappedWorkdays: 调休上班日2027-01-05不是星期六或星期日。',
    ]);
    expect(await problems(adjustCalendarDay(deps, { actor, input: { date: '2028-03-01', kind: 'holiday', reason: '停电' } }))).toEqual([
      'date: 2028年的节假日安排尚未录入，请先录入该年的通知，再做本地调整。',
    ]);
    expect(await problems(adjustCalendarDay(deps, { actor, input: { date: '2026-10-01', kind: 'holiday', reason: '国庆' } }))).toEqual(['date: 2026-10-01已经是休息日，无需调整。']);
    expect(await problems(removeCalendarAdjustment(deps, { actor, input: { date: '2026-10-01' } }))).toEqual(['date: 2026-10-01没有本地调整。']);
    const handler = { ...actor, principal: { ...actor.principal, grants: [{ agencyId: agency.id, role: 'handler' as const, includeSubtree: false }] } };
    await expect(adjustCalendarDay(deps, { actor: handler, input: { date: '2026-12-14', kind: 'holiday', reason: '停电' } })).rejects.toMatchObject({ code: 'access_denied' });
  });
});

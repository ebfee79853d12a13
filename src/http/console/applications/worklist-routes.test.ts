/**
 * The worklist over HTTP: only the agency's cases, ordered by due date, applicants masked, the
 * working days left and the flags computed on the calendar for today, the filters and paging; and
 * the reminders (generated, shown on top, marked read) — idempotent, addressed to the handler or,
 * unassigned, to the agency's registrars.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../../../../test/http-harness.ts';
import { databaseKinds } from '../../../../test/test-db.ts';
import { listRemindersOfApplication } from '../../../db/repositories/reminders.ts';
import { createOfficialCalendar } from '../../../domain/calendar/official-calendar.ts';
import { addWorkingDays, workingDaysBetween } from '../../../domain/calendar/working-day-calendar.ts';
import { generateReminders } from '../../../use-cases/applications/cases/generate-reminders.ts';
import { createCaseHandlingDeps } from './case-handling-deps.ts';
import { createTestCase } from './case-test-data.ts';
import { createCaseWorld, type CaseWorld } from './case-test-world.ts';

const today = '2026-11-27';
const calendar = createOfficialCalendar();
/** A receipt date whose due date is `left` working days after today. */
function receivedFor(left: number): string {
  const due = addWorkingDays(calendar, today, left);
  for (let day = today; day > '2026-01-01'; day = previousDay(day)) if (addWorkingDays(calendar, day, 20) === due) return day;
  throw new Error('no such receipt date');
}

function previousDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function rowsOf(body: string): string[] {
  return [...body.matchAll(/<tr(?: class="[^"]*")? role="row"><th scope="row" role="rowheader"><a href="\/console\/applications\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]!);
}

describeEachApp(
  'worklist and reminders',
  (current) => {
    let world: CaseWorld;
    const cases: Record<string, { id: string; trackingNumber: string }> = {};
    beforeAll(async () => {
      world = await createCaseWorld(current(), today);
      const make = async (name: string, receivedOn: string | null, extra: { agencyId?: string; handlerAccountId?: string; applicant?: object } = {}) => {
        const events = receivedOn === null ? [] : [{ kind: 'received' as const, on: receivedOn }];
        cases[name] = await createTestCase(current().handle.db, { agencyId: world.deptA.id, today, events, ...(extra as object) });
      };
      await make('overdue', '2026-10-20');
      await make('dueSoon', receivedFor(3), { handlerAccountId: world.accounts.handlerA.id });
      await make('fresh', '2026-11-26');
      await make('unconfirmed', null);
      await make('ofB', '2026-10-20', { agencyId: world.deptB.id });
    }, 120_000);

    it('lists the agency\'s open cases by due date with masked names, days left and the flags', async () => {
      const page = await (await world.client('handlerA')).send({ method: 'GET', url: '/console/applications' });
      expect(page.statusCode).toBe(200);
      expect(rowsOf(page.body)).toEqual([cases['overdue']!, cases['dueSoon']!, cases['fresh']!, cases['unconfirmed']!].map((c) => c.trackingNumber));
      expect(page.body).not.toContain(cases['ofB']!.trackingNumber);
      expect(page.body).toContain('<td data-label="申请人" role="cell">张*</td>');
      expect(page.body).not.toContain('张三');
      const overdueBy = workingDaysBetween(calendar, addWorkingDays(calendar, '2026-10-20', 20), today);
      expect(page.body).toContain(`超期${overdueBy}<`);
      expect(page.body).toMatch(new RegExp(`<tr class="row-overdue" role="row"><th scope="row" role="rowheader"><a[^>]+>${cases['overdue']!.trackingNumber}`));
      expect(page.body).toMatch(new RegExp(`<tr class="row-due-soon" role="row"><th scope="row" role="rowheader"><a[^>]+>${cases['dueSoon']!.trackingNumber}`));
      expect(page.body).toContain('待确认');
    });

    it('filters by handler and by status, and pages', async () => {
      const handler = await world.client('handlerA');
      const mine = await handler.send({ method: 'GET', url: '/console/applications?handler=mine' });
      expect(rowsOf(mine.body)).toEqual([cases['dueSoon']!.trackingNumber]);
      const ended = await handler.send({ method: 'GET', url: '/console/applications?status=ended' });
      expect(rowsOf(ended.body)).toEqual([]);
      expect(ended.body).toContain('没有符合条件的申请');
      const odd = await handler.send({ method: 'GET', url: '/console/applications?status=nonsense&page=99&year=abc' });
      expect(odd.statusCode).toBe(200);
      expect(rowsOf(odd.body)).toHaveLength(4);
      const lastYear = await handler.send({ method: 'GET', url: '/console/applications?year=2025' });
      expect(rowsOf(lastYear.body)).toEqual([]);
    });

    it('creates reminders once, for the handler or the registrars, shows them and marks them read', async () => {
      const deps = createCaseHandlingDeps(current().handle.db, current().clock.now);
      const first = await generateReminders(deps, today);
      expect(first.created).toBeGreaterThanOrEqual(3);
      const again = await generateReminders(deps, today);
      expect(again.created).toBe(0);
      const [overdue] = await listRemindersOfApplication(current().handle.db, cases['overdue']!.id);
      expect(overdue).toMatchObject({ kind: 'overdue', accountId: null, agencyId: world.deptA.id });
      const [dueSoon] = await listRemindersOfApplication(current().handle.db, cases['dueSoon']!.id);
      expect(dueSoon).toMatchObject({ kind: 'dueSoon', accountId: world.accounts.handlerA.id });
      expect(await listRemindersOfApplication(current().handle.db, cases['fresh']!.id)).toEqual([]);

      const handler = await world.client('handlerA');
      const handlerPage = await handler.send({ method: 'GET', url: '/console/applications' });
      expect(handlerPage.body).toContain(dueSoon!.message);
      expect(handlerPage.body).not.toContain(overdue!.message);
      const registrar = await world.client('registrarA');
      const registrarPage = await registrar.send({ method: 'GET', url: '/console/applications' });
      expect(registrarPage.body).toContain(overdue!.message);
      expect(registrarPage.body).not.toContain(dueSoon!.message);
      const other = await (await world.client('handlerB')).send({ method: 'GET', url: '/console/applications' });
      expect(other.body).not.toContain(overdue!.message);

      // Someone else's reminder id marks nothing.
      await (await world.client('handlerB')).send({ method: 'POST', url: '/console/reminders/read', form: { reminderId: String(dueSoon!.id) } });
      expect((await listRemindersOfApplication(current().handle.db, cases['dueSoon']!.id))[0]!.readAt).toBeNull();
      const marked = await handler.send({ method: 'POST', url: '/console/reminders/read', form: { reminderId: String(dueSoon!.id) } });
      expect(marked.statusCode).toBe(303);
      expect((await listRemindersOfApplication(current().handle.db, cases['dueSoon']!.id))[0]!.readAt).not.toBeNull();
      expect((await handler.send({ method: 'GET', url: '/console/applications' })).body).not.toContain(dueSoon!.message);
    });
  },
  databaseKinds,
  { seedDemo: false },
);

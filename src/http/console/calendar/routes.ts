/**
 * The working-day calendar in the console: `GET /console/calendar` (calendar.read) and the system
 * admin's changes (calendar.update): a year's notice, a local adjustment, undoing one. A change's
 * answer is its result page — the moved cases — rather than a redirect: sending it again changes
 * nothing more (the same notice replaces itself; the same adjustment is refused as unneeded).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { listAgencies } from '../../../db/repositories/agencies.ts';
import { listCalendarRows } from '../../../db/repositories/calendar.ts';
import type { Outcome } from '../../../use-cases/administration-store.ts';
import { addCalendarYear, adjustCalendarDay, removeCalendarAdjustment, type CalendarChangeResult } from '../../../use-cases/applications/administration/change-calendar.ts';
import { viewCalendar } from '../../../use-cases/applications/administration/view-calendar.ts';
import { CalendarPage, type CalendarPageProps } from '../../../views/pages/console/calendar-page.tsx';
import { CalendarResultPage } from '../../../views/pages/console/calendar-result-page.tsx';
import { actorOf, formFields, nowOf } from '../../api/accounts/administration-routing.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';
import { textFields } from '../accounts/form-values.ts';
import { createCalendarAdminDeps } from './calendar-stores.ts';

const read = { access: { kind: 'action', action: 'calendar.read' } } as const;
const update = { access: { kind: 'action', action: 'calendar.update' } } as const;

type ChangeForm = NonNullable<CalendarPageProps['issues']>['form'];
type Change = typeof addCalendarYear;

export function registerCalendarRoutes(app: FastifyInstance): void {
  app.get('/console/calendar', { config: read }, async (request, reply) => showCalendar(request, reply, null));
  app.post('/console/calendar/years', { config: update }, async (request, reply) => change(request, reply, 'year', addCalendarYear));
  app.post('/console/calendar/adjustments', { config: update }, async (request, reply) => change(request, reply, 'adjustment', adjustCalendarDay));
  app.post('/console/calendar/adjustments/remove', { config: update }, async (request, reply) => change(request, reply, 'remove', removeCalendarAdjustment));
}

async function change(request: FastifyRequest, reply: FastifyReply, form: ChangeForm, run: Change): Promise<FastifyReply> {
  const db = request.server.deps.handle.db;
  const outcome: Outcome<CalendarChangeResult> = await run(createCalendarAdminDeps(db, request.server.deps.now), { actor: actorOf(request), input: formFields(request.body) });
  if (!outcome.ok) return showCalendar(request, reply, { form, issues: outcome.issues });
  const agencyNames = new Map((await listAgencies(db)).map((a) => [a.id, a.name]));
  return renderPage(reply, h(CalendarResultPage, { result: outcome.value, agencyNames }), { title: '工作日历已修改', layout: 'console' });
}

/** The calendar page; after a refused change, with the form as it was sent and its problems (422). */
async function showCalendar(request: FastifyRequest, reply: FastifyReply, refused: { form: ChangeForm; issues: Issue[] } | null): Promise<FastifyReply> {
  const db = request.server.deps.handle.db;
  const overview = await viewCalendar({ listCalendarRows: () => listCalendarRows(db) }, { principal: requirePrincipal(request), query: request.query, now: nowOf(request) });
  const sent = refused === null ? {} : { ...textFields(request.body, ['year', 'notice', 'date', 'kind', 'reason']), ...longTextFields(request.body, ['holidays', 'swappedWorkdays']) };
  const nextYear = Number(overview.today.slice(0, 4)) + 1;
  const suggested = overview.years.some((y) => y.year === nextYear) ? '' : String(nextYear);
  const props: CalendarPageProps = {
    overview,
    yearForm: {
      year: refused?.form === 'year' ? (sent['year'] ?? '') : suggested,
      notice: refused?.form === 'year' ? (sent['notice'] ?? '') : suggested === '' ? '' : `国务院办公厅关于${suggested}年部分节假日安排的通知`,
      holidays: refused?.form === 'year' ? (sent['holidays'] ?? '') : '',
      swappedWorkdays: refused?.form === 'year' ? (sent['swappedWorkdays'] ?? '') : '',
    },
    adjustmentForm: { date: refused?.form === 'adjustment' ? (sent['date'] ?? '') : '', kind: sent['kind'] ?? 'holiday', reason: refused?.form === 'adjustment' ? (sent['reason'] ?? '') : '' },
    issues: refused,
  };
  return renderPage(reply, h(CalendarPage, props), { title: '工作日历', layout: 'console', status: refused === null ? 200 : 422 });
}

/** The notice text as sent (a pasted notice is longer than the usual echo limit), cut at the field's limit. */
function longTextFields(body: unknown, names: readonly string[]): Record<string, string> {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return Object.fromEntries(names.map((name) => [name, typeof fields[name] === 'string' ? (fields[name] as string).slice(0, 10_000) : '']));
}

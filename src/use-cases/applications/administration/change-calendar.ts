/**
 * Changing the working-day calendar (system admin, `calendar.update`): entering a year's notice,
 * making a date a holiday or a working day locally, or undoing such an adjustment. In ONE
 * transaction: the rows change, every open case is recounted on the new calendar (moved due dates
 * get a reminder), and the audit trail gets the change with before/after and the moved cases.
 */
import { z } from 'zod';
import { assertCan } from '../../../domain/access/policy.ts';
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { JsonObject } from '../../../domain/audit/audit-entry.ts';
import { validateCalendarYears, type CalendarDay, type CalendarYear } from '../../../domain/calendar/calendar-year.ts';
import { isIsoDate, isWeekend, yearOf } from '../../../domain/calendar/iso-date.ts';
import { officialCalendarYears } from '../../../domain/calendar/official-calendar.ts';
import { dayKindOf, hasYear, InvalidCalendarError, type WorkingDayCalendar } from '../../../domain/calendar/working-day-calendar.ts';
import { fail, succeed, type Actor, type Outcome } from '../../administration-store.ts';
import { checkInput, singleLineText } from '../../input-check.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import type { CalendarRows } from '../calendar-rows.ts';
import { chinaDateOf } from '../china-date.ts';
import { calendarFromRows } from '../load-calendar.ts';
import type { CalendarAdminDeps, CalendarAdminStore } from './calendar-admin-store.ts';
import { parseCalendarText } from './calendar-entry-text.ts';
import { CalendarChangeRejectedError, recomputeDueDates, type DueDateRecount } from './recompute-due-dates.ts';

export interface CalendarChangeResult extends DueDateRecount {
  /** What changed, in Chinese, for the result page. */
  description: string;
}

interface PlannedChange {
  description: string;
  rowsAfter: CalendarRows;
  before: JsonObject | null;
  after: JsonObject | null;
  write(store: CalendarAdminStore, accountId: string, now: Date): Promise<void>;
}

const dateText = (label: string) => z.string().trim().refine(isIsoDate, `${label}应为有效日期，例如 2027-02-06。`);

export const calendarYearSchema = z.strictObject({
  year: z.coerce.number().int('年份应为整数。').min(2000, '年份应在2000至2100之间。').max(2100, '年份应在2000至2100之间。'),
  notice: singleLineText('通知名称', 200).pipe(z.string().min(1, '请填写通知名称，例如“国务院办公厅关于2027年部分节假日安排的通知”。')),
  holidays: z.string().max(10_000, '放假安排不能超过10000个字符。'),
  swappedWorkdays: z.string().max(5_000, '调休上班日期不能超过5000个字符。').default(''),
});

export const calendarAdjustmentSchema = z.strictObject({
  date: dateText('日期'),
  kind: z.enum(['holiday', 'workday'], '请选择调整为休息日还是工作日。'),
  reason: singleLineText('调整原因', 100).pipe(z.string().min(1, '请填写调整原因，例如“县政府通知：防汛放假”。')),
});

export const calendarAdjustmentRemovalSchema = z.strictObject({ date: dateText('日期') });

const labels = { year: '年份', notice: '通知名称', holidays: '放假安排', swappedWorkdays: '调休上班日期', date: '日期', kind: '调整类型', reason: '调整原因' };

/** Enters (or corrects) the notice of a year the platform does not ship. */
export async function addCalendarYear(deps: CalendarAdminDeps, request: { actor: Actor; input: unknown }): Promise<Outcome<CalendarChangeResult>> {
  const input = checkInput(calendarYearSchema, request.input, labels);
  if (!input.ok) return input;
  const { year, notice, holidays, swappedWorkdays } = input.value;
  if (officialCalendarYears.some((entry) => entry.year === year)) {
    return fail([{ code: 'calendar.yearShipped', path: 'year', message: `${year}年的节假日安排已随系统提供，不能重新录入；个别日期的变化请用“本地调整”。` }]);
  }
  const parsedHolidays = parseCalendarText(holidays, year, 'holiday', 'holidays');
  const parsedWorkdays = parseCalendarText(swappedWorkdays, year, 'swappedWorkday', 'swappedWorkdays');
  const days = [...parsedHolidays.days, ...parsedWorkdays.days];
  const issues = [...parsedHolidays.issues, ...parsedWorkdays.issues];
  if (issues.length === 0 && !days.some((d) => d.kind === 'holiday')) issues.push({ code: 'calendar.holidaysMissing', path: 'holidays', message: '请填写放假安排。' });
  const entry: CalendarYear = { year, notice, days };
  if (issues.length === 0) issues.push(...validateCalendarYears([entry]).map((issue) => toFormIssue(issue, parsedHolidays.days.length)));
  if (issues.length > 0) return fail(issues);
  return applyChange(deps, request.actor, (rows) => ({
    ok: true,
    value: {
      description: `录入${year}年节假日安排（${notice}）：${days.filter((d) => d.kind === 'holiday').length}天法定节假日，${days.filter((d) => d.kind === 'swappedWorkday').length}天调休上班。`,
      rowsAfter: {
        years: [...rows.years.filter((y) => y.year !== year), { year, notice }],
        days: [...rows.days.filter((d) => d.source !== 'official' || yearOf(d.date) !== year), ...days.map((d) => ({ ...d, source: 'official' as const }))],
      },
      before: enteredYearOf(rows, year),
      after: { year, notice, days: days.map((d) => ({ ...d })) },
      write: (store, accountId, now) => store.replaceEnteredYear(entry, accountId, now),
    },
  }));
}

/** Makes a date a holiday or a working day for this platform (a local decision, with its reason). */
export async function adjustCalendarDay(deps: CalendarAdminDeps, request: { actor: Actor; input: unknown }): Promise<Outcome<CalendarChangeResult>> {
  const input = checkInput(calendarAdjustmentSchema, request.input, labels);
  if (!input.ok) return input;
  const { date, kind, reason } = input.value;
  const day: CalendarDay = { date, kind: kind === 'holiday' ? 'holiday' : isWeekend(date) ? 'swappedWorkday' : 'workday', name: reason };
  return applyChange(deps, request.actor, (rows, calendar) => {
    const problem = findAdjustmentProblem(calendar, day);
    if (problem !== null) return fail([problem]);
    const previous = rows.days.find((d) => d.source === 'local' && d.date === date);
    return succeed({
      description: `将${date}调整为${kind === 'holiday' ? '休息日' : '工作日'}（${reason}）。`,
      rowsAfter: { years: rows.years, days: [...rows.days.filter((d) => d.source !== 'local' || d.date !== date), { ...day, source: 'local' }] },
      before: previous === undefined ? null : { ...previous },
      after: { ...day },
      write: (store, accountId, now) => store.saveLocalDay(day, accountId, now),
    });
  });
}

/** Undoes the local adjustment of a date: the official calendar applies again. */
export async function removeCalendarAdjustment(deps: CalendarAdminDeps, request: { actor: Actor; input: unknown }): Promise<Outcome<CalendarChangeResult>> {
  const input = checkInput(calendarAdjustmentRemovalSchema, request.input, labels);
  if (!input.ok) return input;
  const { date } = input.value;
  return applyChange(deps, request.actor, (rows) => {
    const previous = rows.days.find((d) => d.source === 'local' && d.date === date);
    if (previous === undefined) return fail([{ code: 'calendar.adjustmentMissing', path: 'date', message: `${date}没有本地调整。` }]);
    return succeed({
      description: `撤销${date}的本地调整（${previous.name}）。`,
      rowsAfter: { years: rows.years, days: rows.days.filter((d) => d !== previous) },
      before: { ...previous },
      after: null,
      write: (store) => store.removeLocalDay(date),
    });
  });
}

async function applyChange(
  deps: CalendarAdminDeps,
  actor: Actor,
  plan: (rows: CalendarRows, calendar: WorkingDayCalendar) => Outcome<PlannedChange>,
): Promise<Outcome<CalendarChangeResult>> {
  assertCan(actor.principal, 'calendar.update');
  const now = deps.now();
  try {
    return await deps.transaction(async (store) => {
      await store.lockCalendar();
      const rows = await store.listCalendarRows();
      const planned = plan(rows, calendarFromRows(rows));
      if (!planned.ok) return planned;
      const calendar = buildCalendar(planned.value.rowsAfter);
      if (!calendar.ok) return calendar;
      await planned.value.write(store, actor.principal.accountId, now);
      const recount = await recomputeDueDates(store, calendar.value, chinaDateOf(now), now);
      await auditChange(store, actor, planned.value, recount, now);
      return succeed({ ...recount, description: planned.value.description });
    });
  } catch (error) {
    if (error instanceof CalendarChangeRejectedError) return fail([{ code: error.code, path: '', message: error.message }]);
    throw error;
  }
}

async function auditChange(store: CalendarAdminStore, actor: Actor, change: PlannedChange, recount: DueDateRecount, now: Date): Promise<void> {
  const trail = { append: (entry: Parameters<CalendarAdminStore['appendAudit']>[0]) => store.appendAudit(entry) };
  const who = { accountId: actor.principal.accountId, name: actor.name };
  await recordAuditEntry(trail, { actor: who, action: 'calendar.update', ip: actor.ip, details: { change: change.description, before: change.before, after: change.after } }, now);
  const moved = recount.moved.map((m) => ({ applicationId: m.applicationId, trackingNumber: m.trackingNumber, previousDueOn: m.previousDueOn, dueOn: m.dueOn }));
  await recordAuditEntry(trail, { actor: who, action: 'calendar.dueDatesRecomputed', ip: actor.ip, details: { change: change.description, checked: recount.checked, moved } }, now);
}

function buildCalendar(rows: CalendarRows): Outcome<WorkingDayCalendar> {
  try {
    return succeed(calendarFromRows(rows));
  } catch (error) {
    if (error instanceof InvalidCalendarError) return fail(error.issues.map((issue) => ({ ...issue, path: '' })));
    throw error;
  }
}

function findAdjustmentProblem(calendar: WorkingDayCalendar, day: CalendarDay): Issue | null {
  const year = yearOf(day.date);
  if (!hasYear(calendar, year)) return { code: 'calendar.unknownYear', path: 'date', message: `${year}年的节假日安排尚未录入，请先录入该年的通知，再做本地调整。` };
  const current = dayKindOf(calendar, day.date).kind;
  const isWorking = current === 'workday' || current === 'swappedWorkday';
  if ((day.kind === 'holiday') === !isWorking) {
    return { code: 'calendar.adjustmentUnneeded', path: 'date', message: `${day.date}已经是${isWorking ? '工作日' : '休息日'}，无需调整。` };
  }
  return null;
}

function enteredYearOf(rows: CalendarRows, year: number): JsonObject | null {
  const notice = rows.years.find((y) => y.year === year);
  if (notice === undefined) return null;
  const days = rows.days.filter((d) => d.source === 'official' && yearOf(d.date) === year).map(({ date, kind, name }) => ({ date, kind, name }));
  return { year, notice: notice.notice, days };
}

/** `years.0.days.7.date` → the textarea the day came from. */
function toFormIssue(issue: Issue, holidayCount: number): Issue {
  const day = /^years\.0\.days\.(\d+)/.exec(issue.path);
  if (day !== null) return { ...issue, path: Number(day[1]) < holidayCount ? 'holidays' : 'swappedWorkdays' };
  return { ...issue, path: issue.path.replace(/^years\.0\./, '') };
}

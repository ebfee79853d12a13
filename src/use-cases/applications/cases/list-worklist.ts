/**
 * The worklist (待办): the open cases of the agencies the actor may read, ordered by due date, with
 * the working days left and the flags 已超期 / 5个工作日内到期 computed on the calendar for today;
 * filters by status, handler (mine) and year; the actor's unread reminders on top.
 */
import { z } from 'zod';
import { scopesFor } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import { caseStatusLabels, type CaseStatus } from '../../../domain/applications/case-status.ts';
import type { IsoDate } from '../../../domain/applications/case-event.ts';
import { maskApplicant } from '../../../domain/applications/masking.ts';
import { listAgenciesWhere, loadAgencyContext } from '../../agency-context.ts';
import { chinaDateOf } from '../china-date.ts';
import { loadWorkingDayCalendar } from '../load-calendar.ts';
import { describeCaseDeadline } from './case-deadline.ts';
import type { ApplicationRecord, CaseHandlingDeps, StoredReminder } from './case-handling-store.ts';

export const worklistPageSize = 20;

export const worklistFilterSchema = z.object({
  status: z.enum(['open', 'ended', 'all']).catch('open'),
  handler: z.enum(['all', 'mine']).catch('all'),
  year: z.union([z.literal(''), z.string().regex(/^\d{4}$/)]).catch(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type WorklistFilter = z.output<typeof worklistFilterSchema>;

export interface WorklistItem {
  id: string;
  trackingNumber: string;
  agencyName: string;
  /** Masked: 张**, or the organisation's name. */
  applicantName: string;
  summary: string;
  /** Null until an online or fax application is confirmed. */
  receivedOn: IsoDate | null;
  submittedOn: IsoDate;
  dueOn: IsoDate | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  dueSoon: boolean;
  status: string;
  statusLabel: string;
  handlerName: string | null;
  /** Why the deadline could not be computed (a year missing from the calendar). */
  deadlineProblem: string | null;
}

export interface Worklist {
  today: IsoDate;
  filter: WorklistFilter;
  items: WorklistItem[];
  total: number;
  page: number;
  pageCount: number;
  /** Several agencies in scope: the list names each case's agency. */
  showsAgency: boolean;
  reminders: StoredReminder[];
}

export async function listWorklist(deps: CaseHandlingDeps, request: { principal: Principal; query: unknown }): Promise<Worklist> {
  const filter = worklistFilterSchema.parse(request.query ?? {});
  const { principal } = request;
  const today = chinaDateOf(deps.now());
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agencies = listAgenciesWhere(principal, 'application.read', context);
    const limit = worklistPageSize;
    const query = {
      agencyIds: agencies.map((a) => a.id),
      status: filter.status,
      ...(filter.handler === 'mine' ? { handlerAccountId: principal.accountId } : {}),
      ...(filter.year === '' ? {} : { year: Number(filter.year) }),
      limit,
    };
    let { rows, total } = await store.listWorklist({ ...query, offset: (filter.page - 1) * limit });
    const pageCount = Math.max(1, Math.ceil(total / limit));
    const page = Math.min(filter.page, pageCount);
    if (page !== filter.page) ({ rows, total } = await store.listWorklist({ ...query, offset: (page - 1) * limit }));
    const calendar = await loadWorkingDayCalendar(store);
    const events = await store.listEventsOf(rows.map((r) => r.id));
    const names = await store.listAccountNames(rows.flatMap((r) => (r.handlerAccountId === null ? [] : [r.handlerAccountId])));
    const items = rows.map((row) => {
      const deadline = describeCaseDeadline((events.get(row.id) ?? []).map((e) => e.event), calendar, today);
      return presentItem(row, context.byId.get(row.agencyId)?.name ?? '', names, deadline);
    });
    const registrarAgencyIds = listAgenciesWhere(principal, 'application.register', context).map((a) => a.id);
    const reminders = await store.listUnreadReminders({ accountId: principal.accountId, registrarAgencyIds });
    const showsAgency = agencies.length > 1 || scopesFor(principal, 'application.read').some((s) => s.includeSubtree);
    return { today, filter: { ...filter, page }, items, total, page, pageCount, showsAgency, reminders };
  });
}

function presentItem(
  row: ApplicationRecord,
  agencyName: string,
  names: ReadonlyMap<string, string>,
  deadline: ReturnType<typeof describeCaseDeadline>,
): WorklistItem {
  const masked = maskApplicant(row.applicant, row.contact).applicant;
  const state = deadline.ok ? deadline.deadline : null;
  const status = deadline.summary?.status ?? row.status;
  return {
    id: row.id,
    trackingNumber: row.trackingNumber,
    agencyName,
    applicantName: masked.name,
    summary: summarize(row.description),
    receivedOn: row.receivedOn,
    submittedOn: chinaDateOf(row.submittedAt),
    dueOn: state?.dueOn ?? row.dueOn,
    workingDaysLeft: state?.workingDaysLeft ?? null,
    overdue: state?.overdue ?? false,
    dueSoon: state?.dueSoon ?? false,
    status,
    statusLabel: caseStatusLabels[status as CaseStatus] ?? status,
    handlerName: row.handlerAccountId === null ? null : (names.get(row.handlerAccountId) ?? null),
    deadlineProblem: deadline.ok ? null : deadline.message,
  };
}

/** The first 40 characters of the description on one line. */
export function summarize(description: string, length = 40): string {
  const line = description.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= length ? line : `${chars.slice(0, length).join('')}…`;
}

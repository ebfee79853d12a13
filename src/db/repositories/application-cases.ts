/**
 * The queries of case handling in the console: the worklist (one page of an agency's cases, ordered
 * by due date), the histories of several cases at once, the handler, the applicant's earlier
 * applications (for the fee), and the staff who may receive a case or a reminder.
 */
import type { WorklistQuery } from '../../use-cases/applications/cases/case-handling-store.ts';
import { endedStatuses as endedCaseStatuses } from '../../domain/applications/case-status.ts';
import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lt, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../domain/access/roles.ts';
import type { CaseEvent } from '../../domain/applications/case-event.ts';
import type { Database } from '../database.ts';
import { accounts, roleGrants } from '../schema/accounts.ts';
import { applicationEvents, applications } from '../schema/applications.ts';
import type { ApplicationRow, StoredCaseEvent } from './applications.ts';
import { isUuid } from './ids.ts';

/** The statuses in which a case is over, as stored text. */
const endedStatuses: string[] = [...endedCaseStatuses];

export type { WorklistQuery };

export async function listWorklist(db: Database, query: WorklistQuery): Promise<{ rows: ApplicationRow[]; total: number }> {
  const ids = query.agencyIds.filter(isUuid);
  if (ids.length === 0) return { rows: [], total: 0 };
  const where = and(inArray(applications.agencyId, ids), ...worklistConditions(query));
  const rows = await db
    .select()
    .from(applications)
    .where(where)
    // Overdue and nearly due first; cases without a due date (awaiting confirmation) after, oldest first.
    .orderBy(sql`${applications.dueOn} asc nulls last`, sql`${applications.receivedOn} asc nulls last`, asc(applications.submittedAt), asc(applications.trackingNumber))
    .offset(query.offset)
    .limit(query.limit);
  const [total] = await db.select({ value: count() }).from(applications).where(where);
  return { rows, total: Number(total?.value ?? 0) };
}

function worklistConditions(query: WorklistQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.status === 'open') conditions.push(notInArray(applications.status, endedStatuses));
  if (query.status === 'ended') conditions.push(inArray(applications.status, endedStatuses));
  if (query.handlerAccountId !== undefined) {
    conditions.push(isUuid(query.handlerAccountId) ? eq(applications.handlerAccountId, query.handlerAccountId) : sql`false`);
  }
  if (query.year !== undefined) {
    const from = `${query.year}-01-01`;
    const to = `${query.year + 1}-01-01`;
    conditions.push(sql`coalesce(${applications.receivedOn}, (${applications.submittedAt} at time zone 'Asia/Shanghai')::date) >= ${from}::date`);
    conditions.push(sql`coalesce(${applications.receivedOn}, (${applications.submittedAt} at time zone 'Asia/Shanghai')::date) < ${to}::date`);
  }
  return conditions;
}

/** The histories of several cases in one query, by application id (every id present, maybe empty). */
export async function listEventsOfApplications(db: Database, applicationIds: readonly string[]): Promise<Map<string, StoredCaseEvent[]>> {
  const ids = applicationIds.filter(isUuid);
  const byId = new Map<string, StoredCaseEvent[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await db.select().from(applicationEvents).where(inArray(applicationEvents.applicationId, ids)).orderBy(asc(applicationEvents.applicationId), asc(applicationEvents.seq));
  for (const r of rows) {
    byId.get(r.applicationId)?.push({ seq: r.seq, event: { ...r.body, on: r.on } as CaseEvent, note: r.note, actorAccountId: r.actorAccountId, recordedAt: r.recordedAt });
  }
  return byId;
}

/** Sets (or clears) the handler; with the version bumped like every change of the row. */
export async function setApplicationHandler(tx: Database, id: string, handlerAccountId: string | null, now: Date): Promise<void> {
  await tx
    .update(applications)
    .set({ handlerAccountId, updatedAt: now, version: sql`${applications.version} + 1` })
    .where(eq(applications.id, id));
}

/** How the applicant is recognised across applications: the ID number or the credit code. */
export type ApplicantKey = { kind: 'idNumber' | 'creditCode'; value: string };

/**
 * The receipt dates of the same applicant's other applications to the agency received in the
 * given month (`YYYY-MM`): the history the 按件 fee counts (国办函〔2020〕109号 Art. 4, 自然月).
 */
export async function listApplicantReceiptsInMonth(
  db: Database,
  query: { agencyId: string; applicant: ApplicantKey; month: string; excludeApplicationId: string },
): Promise<string[]> {
  if (!isUuid(query.agencyId) || !/^\d{4}-\d{2}$/.test(query.month)) return [];
  const from = `${query.month}-01`;
  const field = query.applicant.kind === 'idNumber' ? 'idNumber' : 'creditCode';
  const rows = await db
    .select({ receivedOn: applications.receivedOn })
    .from(applications)
    .where(
      and(
        eq(applications.agencyId, query.agencyId),
        isUuid(query.excludeApplicationId) ? ne(applications.id, query.excludeApplicationId) : undefined,
        isNotNull(applications.receivedOn),
        gte(applications.receivedOn, from),
        lt(applications.receivedOn, sql`(${from}::date + interval '1 month')::date`),
        sql`upper(${applications.applicant} ->> ${field}) = upper(${query.applicant.value})`,
      ),
    )
    .orderBy(asc(applications.receivedOn));
  return rows.map((r) => r.receivedOn!).filter((d) => d !== null);
}

export interface StaffWithRole {
  accountId: string;
  displayName: string;
  username: string;
  role: Role;
  agencyId: string;
  includeSubtree: boolean;
}

/** Enabled accounts holding one of the roles at one of the agencies (the caller applies subtree rules). */
export async function listStaffWithRoles(db: Database, roles: readonly Role[], agencyIds: readonly string[]): Promise<StaffWithRole[]> {
  const ids = agencyIds.filter(isUuid);
  if (ids.length === 0 || roles.length === 0) return [];
  return db
    .select({
      accountId: accounts.id,
      displayName: accounts.displayName,
      username: accounts.username,
      role: roleGrants.role,
      agencyId: roleGrants.agencyId,
      includeSubtree: roleGrants.includeSubtree,
    })
    .from(roleGrants)
    .innerJoin(accounts, eq(accounts.id, roleGrants.accountId))
    .where(and(inArray(roleGrants.role, [...roles]), inArray(roleGrants.agencyId, ids), isNull(accounts.disabledAt)))
    .orderBy(asc(accounts.displayName), asc(accounts.username));
}

/** Display names by account id, for the history of a case. */
export async function listAccountNames(db: Database, accountIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(accountIds.filter(isUuid))];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: accounts.id, displayName: accounts.displayName }).from(accounts).where(inArray(accounts.id, ids));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

export type OpenCase = Pick<ApplicationRow, 'id' | 'agencyId' | 'trackingNumber' | 'handlerAccountId' | 'dueOn'>;

/** Every open case whose receipt is confirmed: what the reminder run looks at. */
export async function listOpenReceivedCases(db: Database): Promise<OpenCase[]> {
  return db
    .select({ id: applications.id, agencyId: applications.agencyId, trackingNumber: applications.trackingNumber, handlerAccountId: applications.handlerAccountId, dueOn: applications.dueOn })
    .from(applications)
    .where(and(notInArray(applications.status, endedStatuses), isNotNull(applications.receivedOn)))
    .orderBy(asc(applications.id));
}

/**
 * Records one step of a case (补正, 征求意见, 延期, 收费, 答复 …) in ONE transaction: the application
 * is locked, the step is checked against the history (the step rules and the deadline engine both
 * throw DomainErrors with Chinese messages, and then nothing is written), the event is appended,
 * the derived columns follow, and the audit trail gets an entry.
 */
import { assertStepAllowed } from '../../domain/applications/assert-step-allowed.ts';
import type { CaseEvent } from '../../domain/applications/case-event.ts';
import type { DeadlineState } from '../../domain/deadlines/compute-deadline.ts';
import { DomainError } from '../../domain/errors.ts';
import type { JsonObject } from '../../domain/audit/audit-entry.ts';
import { recordAuditEntry } from '../record-audit-entry.ts';
import type { ApplicationRecord, CaseActor, CaseDeps, CaseStore, RecordedCaseEvent } from './case-store.ts';
import { chinaDateOf } from './china-date.ts';
import { loadWorkingDayCalendar } from './load-calendar.ts';
import { summarizeCase } from './summarize-case.ts';

export class ApplicationNotFoundError extends DomainError {
  constructor() {
    super('application.notFound', '找不到该申请。');
  }
}

export interface CaseStepRequest {
  actor: CaseActor;
  applicationId: string;
  event: CaseEvent;
  note?: string | null;
  /** Checked inside the transaction, on the locked row (e.g. the actor may handle this agency's cases). */
  authorize?: (application: ApplicationRecord) => void | Promise<void>;
}

export interface CaseStepResult {
  application: ApplicationRecord;
  events: RecordedCaseEvent[];
  /** Null when the calendar lacks a year the count needs; `calendarGap` then says which. */
  deadline: DeadlineState | null;
  calendarGap: string | null;
}

export async function recordCaseStep(deps: CaseDeps, request: CaseStepRequest): Promise<CaseStepResult> {
  const now = deps.now();
  return deps.transaction(async (store) => {
    const application = await store.lockApplication(request.applicationId);
    if (application === null) throw new ApplicationNotFoundError();
    await request.authorize?.(application);
    return appendCaseStep(store, application, request, now);
  });
}

/** The step inside a transaction the caller already holds, on a row it has locked. */
export async function appendCaseStep(
  store: CaseStore,
  application: ApplicationRecord,
  request: Omit<CaseStepRequest, 'applicationId' | 'authorize'>,
  now: Date,
): Promise<CaseStepResult> {
  const recorded = await store.listEvents(application.id);
  const history = recorded.map((r) => r.event);
  assertStepAllowed(history, request.event);
  const calendar = await loadWorkingDayCalendar(store);
  const summary = summarizeCase([...history, request.event], calendar, chinaDateOf(now));
  const seq = (recorded.at(-1)?.seq ?? 0) + 1;
  const actorAccountId = request.actor.kind === 'staff' ? request.actor.principal.accountId : null;
  const note = request.note ?? null;
  await store.appendEvent({ applicationId: application.id, agencyId: application.agencyId, seq, event: request.event, note, actorAccountId, recordedAt: now });
  const { deadline, calendarGap, ...derived } = summary;
  const updated = await store.updateDerived(application.id, derived, now);
  await recordAuditEntry(
    { append: (entry) => store.appendAudit(entry) },
    {
      actor: { accountId: actorAccountId, name: request.actor.kind === 'staff' ? request.actor.name : `申请人 ${request.actor.name}` },
      action: 'application.step',
      target: { type: 'application', id: application.id },
      agencyId: application.agencyId,
      ip: request.actor.ip,
      details: { trackingNumber: application.trackingNumber, seq, event: request.event as unknown as JsonObject, note, dueOn: derived.dueOn, previousDueOn: application.dueOn },
    },
    now,
  );
  const entry: RecordedCaseEvent = { seq, event: request.event, note, actorAccountId, recordedAt: now };
  return { application: updated, events: [...recorded, entry], deadline, calendarGap };
}

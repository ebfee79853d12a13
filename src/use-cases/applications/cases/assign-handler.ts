/**
 * 指定承办人: a handler of the case's agency gives the case to a colleague (or to themselves), or
 * takes it back to the pool; audited. Only open cases are assigned, and only to an account that
 * holds the handler role for the case's agency.
 */
import { z } from 'zod';
import { isEndedStatus, type CaseStatus } from '../../../domain/applications/case-status.ts';
import { DomainError } from '../../../domain/errors.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { checkInput } from '../../input-check.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import { loadCaseFor } from './case-access.ts';
import type { CaseHandlingDeps } from './case-handling-store.ts';
import { listStaffFor } from './case-staff.ts';
import type { StaffActor } from './record-step.ts';

export const assignHandlerSchema = z.strictObject({
  handlerAccountId: z.string('请选择承办人。').trim().max(40, '请选择承办人。'),
});

export class CaseEndedError extends DomainError {
  constructor() {
    super('application.caseEnded', '本申请已办结，不能再指定承办人。');
  }
}

export async function assignHandler(
  deps: CaseHandlingDeps,
  request: { actor: StaffActor; applicationId: string; input: unknown },
): Promise<Outcome<{ handlerAccountId: string | null; handlerName: string | null }>> {
  const checked = checkInput(assignHandlerSchema, request.input ?? {}, { handlerAccountId: '承办人' });
  if (!checked.ok) return fail(checked.issues);
  const wanted = checked.value.handlerAccountId === '' ? null : checked.value.handlerAccountId;
  const { actor } = request;
  const now = deps.now();
  return deps.transaction(async (store) => {
    const { record, context } = await loadCaseFor(store, actor.principal, 'application.handle', request.applicationId, { lock: true });
    if (isEndedStatus(record.status as CaseStatus)) throw new CaseEndedError();
    const staff = await listStaffFor(store, context, record.agencyId, 'handler');
    const chosen = wanted === null ? null : staff.find((s) => s.accountId === wanted);
    if (chosen === undefined) {
      return fail([{ code: 'handlerAccountId.notHandler', path: 'handlerAccountId', message: '所选账号不是本机关的承办人，请从列表中选择。' }]);
    }
    if (record.handlerAccountId === wanted) return succeed({ handlerAccountId: wanted, handlerName: chosen?.name ?? null });
    const previous = record.handlerAccountId === null ? null : ((await store.listAccountNames([record.handlerAccountId])).get(record.handlerAccountId) ?? null);
    await store.setHandler(record.id, wanted, now);
    await recordAuditEntry(
      { append: (entry) => store.appendAudit(entry) },
      {
        actor: { accountId: actor.principal.accountId, name: actor.name },
        action: 'application.assign',
        target: { type: 'application', id: record.id },
        agencyId: record.agencyId,
        ip: actor.ip,
        details: { trackingNumber: record.trackingNumber, handlerAccountId: wanted, handlerName: chosen?.name ?? null, previousHandlerAccountId: record.handlerAccountId, previousHandlerName: previous },
      },
      now,
    );
    return succeed({ handlerAccountId: wanted, handlerName: chosen?.name ?? null });
  });
}

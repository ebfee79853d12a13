/**
 * Loading a case for an action: the record, judged against the access rules on the agency that
 * holds it now (a transferred case belongs to the agency it moved to). A case that does not exist
 * is `application_not_found`; one of an agency outside the actor's scope is `access_denied`.
 */
import type { Action } from '../../../domain/access/access-table.ts';
import { assertCan } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import { DomainError } from '../../../domain/errors.ts';
import { loadAgencyContext, type AgencyContext } from '../../agency-context.ts';
import type { ApplicationRecord, CaseHandlingStore } from './case-handling-store.ts';

export class CaseNotFoundError extends DomainError {
  constructor() {
    super('application_not_found', '该申请不存在，或已被删除。');
  }
}

export interface LoadedCase {
  record: ApplicationRecord;
  context: AgencyContext;
}

/** The case for `action`; `lock` (inside a changing use case) keeps the row locked until commit. */
export async function loadCaseFor(
  store: CaseHandlingStore,
  principal: Principal,
  action: Action,
  applicationId: string,
  options: { lock?: boolean } = {},
): Promise<LoadedCase> {
  const record = options.lock === true ? await store.lockApplication(applicationId) : await store.findApplication(applicationId);
  if (record === null) throw new CaseNotFoundError();
  const context = await loadAgencyContext(store);
  assertCan(principal, action, { agencyId: record.agencyId }, context.ancestry);
  return { record, context };
}

/** The agency of a case, which exists by the foreign key. */
export function agencyOfCase(context: AgencyContext, record: ApplicationRecord) {
  const agency = context.byId.get(record.agencyId);
  if (agency === undefined) throw new Error(`agency ${record.agencyId} of application ${record.id} is missing`);
  return agency;
}

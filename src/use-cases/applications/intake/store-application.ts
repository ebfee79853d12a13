/**
 * Stores a new application, whatever its channel, in ONE transaction: the next tracking number of
 * the agency and year, the row, its first events, its attachments and the audit entry. A submission
 * key already used returns the application stored with it — also when two requests with the same
 * key race (the second insert fails on the unique index, rolls back, and reads the first one).
 */
import type { JsonObject } from '../../../domain/audit/audit-entry.ts';
import type { CaseEvent } from '../../../domain/applications/case-event.ts';
import { generateQueryCode, normalizeQueryCode } from '../../../domain/applications/query-code.ts';
import { formatTrackingNumber } from '../../../domain/applications/tracking-number.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { recordAuditEntry, type AuditActor } from '../../record-audit-entry.ts';
import { loadWorkingDayCalendar } from '../load-calendar.ts';
import { summarizeCase } from '../summarize-case.ts';
import { chinaDateOf } from '../china-date.ts';
import { storeUploads, type CheckedUpload } from './attachments.ts';
import type { ApplicationInput } from './application-input.ts';
import { DuplicateSubmissionError, type IntakeApplication, type IntakeDeps, type IntakeStore } from './intake-store.ts';

export interface NewApplication {
  input: ApplicationInput;
  /** Inside the transaction, before anything is written: throws when the actor may not act on the agency. */
  authorize?: (agency: Agency, store: IntakeStore) => Promise<void>;
  channel: IntakeApplication['channel'];
  /** The first events: none for an online application (awaiting confirmation), `received` for staff registration. */
  events: CaseEvent[];
  /** The year of the tracking number. */
  year: number;
  files: readonly CheckedUpload[];
  actor: AuditActor & { ip: string | null };
  registeredByAccountId: string | null;
  auditAction: 'application.submit' | 'application.register';
}

export interface StoredApplication {
  application: IntakeApplication;
  /** Shown to the applicant; only its hash is stored. */
  queryCode: string;
  /** True when the submission key had been used: the earlier application, nothing new stored. */
  isRepeat: boolean;
  /** The key the code derives from (the form's, or a fresh one): the receipt page derives the code again from it. */
  submissionKey: string;
}

/** Null when the agency code names no agency (nothing stored). */
export async function storeApplication(deps: IntakeDeps, request: NewApplication): Promise<StoredApplication | null> {
  const submissionKey = request.input.submissionKey ?? deps.newSubmissionKey();
  const codes = { queryCode: queryCodeFor(deps, submissionKey), submissionKey };
  // Stored as a digest: the key derives the query code, so it must not sit in the database.
  const storedKey = deps.sha256Hex(new TextEncoder().encode(`submission:${submissionKey}`));
  try {
    // One transaction for the common case: look for the key, then number and store.
    return await deps.transaction(async (store) => {
      const earlier = await store.findByIdempotencyKey(storedKey);
      if (earlier !== null) return repeatOf(deps, earlier, codes);
      const agency = await store.findAgencyByCode(request.input.agencyCode);
      if (agency === null) return null;
      await request.authorize?.(agency, store);
      const application = await insertWithEvents(store, deps, { ...request, agency }, { queryCode: codes.queryCode, storedKey });
      return { application, ...codes, isRepeat: false };
    });
  } catch (error) {
    if (!(error instanceof DuplicateSubmissionError)) throw error;
    const winner = await deps.transaction((store) => store.findByIdempotencyKey(storedKey));
    if (winner === null) throw error;
    return repeatOf(deps, winner, codes);
  }
}

/** The query code of a submission key: the same key always gives the same code. */
export function queryCodeFor(deps: Pick<IntakeDeps, 'queryCodeBytesFor'>, submissionKey: string): string {
  return generateQueryCode(deps.queryCodeBytesFor(submissionKey));
}

export function hashOfQueryCode(deps: Pick<IntakeDeps, 'hashQueryCode'>, queryCode: string): string {
  const normalized = normalizeQueryCode(queryCode);
  if (normalized === null) throw new RangeError('not a query code');
  return deps.hashQueryCode(normalized);
}

function repeatOf(deps: IntakeDeps, application: IntakeApplication, codes: { queryCode: string; submissionKey: string }): StoredApplication {
  // The key derives the code, so a key that found this row gives back its code; checked anyway.
  if (hashOfQueryCode(deps, codes.queryCode) !== application.queryCodeHash) throw new DuplicateSubmissionError();
  return { application, ...codes, isRepeat: true };
}

/** The query code of an application submitted with `submissionKey`, or null when the key is not its key. */
export function recoverQueryCode(deps: Pick<IntakeDeps, 'queryCodeBytesFor' | 'hashQueryCode'>, application: Pick<IntakeApplication, 'queryCodeHash'>, submissionKey: string): string | null {
  const queryCode = queryCodeFor(deps, submissionKey);
  return hashOfQueryCode(deps, queryCode) === application.queryCodeHash ? queryCode : null;
}

async function insertWithEvents(
  store: IntakeStore,
  deps: IntakeDeps,
  request: NewApplication & { agency: Agency },
  codes: { queryCode: string; storedKey: string },
): Promise<IntakeApplication> {
  const now = deps.now();
  const { agency, input } = request;
  const sequence = await store.nextTrackingSequence(agency.id, request.year);
  const trackingNumber = formatTrackingNumber({ agencyCode: agency.code, year: request.year, sequence });
  const derived = request.events.length === 0 ? null : summarizeCase(request.events, await loadWorkingDayCalendar(store), chinaDateOf(now));
  const application = await store.insertApplication({
    agencyId: agency.id,
    trackingNumber,
    queryCodeHash: hashOfQueryCode(deps, codes.queryCode),
    idempotencyKey: codes.storedKey,
    channel: request.channel,
    applicantType: input.applicantType,
    applicant: input.applicant,
    contact: input.contact,
    description: input.description,
    deliveryForm: input.deliveryForm,
    deliveryMethod: input.deliveryMethod,
    accessibilityNeeds: input.accessibilityNeeds,
    submittedAt: now,
    status: derived?.status ?? 'awaitingConfirmation',
    receivedOn: derived?.receivedOn ?? null,
    dueOn: derived?.dueOn ?? null,
    outcome: derived?.outcome ?? null,
    endedOn: derived?.endedOn ?? null,
    registeredByAccountId: request.registeredByAccountId,
  });
  for (const [index, event] of request.events.entries()) {
    await store.appendEvent({ applicationId: application.id, agencyId: agency.id, seq: index + 1, event, note: null, actorAccountId: request.registeredByAccountId, recordedAt: now });
  }
  const target = { applicationId: application.id, agencyId: agency.id, createdByAccountId: request.registeredByAccountId };
  await storeUploads(store, deps, target, request.files);
  const details: JsonObject = {
    trackingNumber,
    channel: request.channel,
    applicantType: input.applicantType,
    attachments: request.files.length,
    receivedOn: application.receivedOn,
    dueOn: application.dueOn,
  };
  const { actor } = request;
  await recordAuditEntry(
    { append: (entry) => store.appendAudit(entry) },
    { actor: { accountId: actor.accountId, name: actor.name }, action: request.auditAction, target: { type: 'application', id: application.id }, agencyId: agency.id, ip: actor.ip, details },
    now,
  );
  return application;
}

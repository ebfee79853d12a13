/**
 * Applications for disclosure (政府信息公开申请) and their history. The event history is the
 * case (domain/applications/case-event.ts); the columns beside it (status, received_on, due_on,
 * outcome, ended_on) are derived from it on every step, kept for the worklist, table B and the
 * portal's status page. Personal data sits in `applicant`/`contact` and is shown masked except
 * to the roles that need it (each full view audited).
 */
import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Applicant, ApplicantContact } from '../../domain/applications/applicant.ts';
import type { CaseEventBody } from '../../domain/applications/case-event.ts';
import { agencies } from './agencies.ts';
import { accounts } from './accounts.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The agency that answers it now (a transfer moves it). */
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    trackingNumber: text('tracking_number').notNull(),
    /** SHA-256 of the normalised query code; the code itself is shown to the applicant once. */
    queryCodeHash: text('query_code_hash').notNull(),
    channel: text('channel').notNull(),
    /** The table B column: naturalPerson or an organisation kind. */
    applicantType: text('applicant_type').notNull(),
    applicant: jsonb('applicant').$type<Applicant>().notNull(),
    contact: jsonb('contact').$type<ApplicantContact>().notNull(),
    description: text('description').notNull(),
    deliveryForm: text('delivery_form').notNull(),
    deliveryMethod: text('delivery_method').notNull(),
    /** Art. 43: help the applicant needs (reading difficulty, visual or hearing impairment). */
    accessibilityNeeds: text('accessibility_needs'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** Art. 31 receipt date; null until an online/fax application is confirmed. */
    receivedOn: date('received_on', { mode: 'string' }),
    status: text('status').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    outcome: text('outcome'),
    endedOn: date('ended_on', { mode: 'string' }),
    handlerAccountId: uuid('handler_account_id').references(() => accounts.id),
    /** Null for online submissions; the registrar who entered an in-person/post/fax application. */
    registeredByAccountId: uuid('registered_by_account_id').references(() => accounts.id),
    /** Sent by the form: a retried or double-clicked submission finds the first one. */
    idempotencyKey: text('idempotency_key'),
    /** Imported from a ledger (台账): the source row, for the import report. */
    importedFrom: text('imported_from'),
    version: integer('version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_tracking_number_key').on(t.trackingNumber),
    uniqueIndex('applications_idempotency_key').on(t.idempotencyKey),
    index('applications_agency_due_idx').on(t.agencyId, t.dueOn),
    index('applications_agency_received_idx').on(t.agencyId, t.receivedOn),
    index('applications_agency_ended_idx').on(t.agencyId, t.endedOn),
    check(
      'applications_applicant_type_check',
      sql`${t.applicantType} in ('naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg')`,
    ),
    check('applications_channel_check', sql`${t.channel} in ('online', 'inPerson', 'post', 'fax')`),
    check('applications_description_length_check', sql`char_length(${t.description}) <= 5000`),
  ],
);

export const applicationEvents = pgTable(
  'application_events',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    seq: integer('seq').notNull(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    kind: text('kind').notNull(),
    /** The date the step took legal effect (see CaseEvent.on). */
    on: date('on', { mode: 'string' }).notNull(),
    body: jsonb('body').$type<CaseEventBody>().notNull(),
    note: text('note'),
    actorAccountId: uuid('actor_account_id').references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'application_events_pkey', columns: [t.applicationId, t.seq] }), index('application_events_agency_idx').on(t.agencyId)],
);

export const applicationFiles = pgTable(
  'application_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    /** `attachment` from the applicant; `letter` a reply or notice sent to the applicant. */
    role: text('role').$type<'attachment' | 'letter'>().notNull(),
    /** For letters: the letter type (reply-type key). */
    letterType: text('letter_type'),
    /** Whether the applicant may download it with the query code. */
    isPublicToApplicant: boolean('is_public_to_applicant').notNull().default(false),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdByAccountId: uuid('created_by_account_id').references(() => accounts.id),
  },
  (t) => [
    index('application_files_application_idx').on(t.applicationId),
    check('application_files_role_check', sql`${t.role} in ('attachment', 'letter')`),
    check('application_files_size_check', sql`${t.size} between 0 and 20971520`),
  ],
);

/** The next tracking number per agency and year (受理编号 YSQ-LCX-2026-00042). */
export const trackingSequences = pgTable(
  'tracking_sequences',
  {
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'tracking_sequences_pkey', columns: [t.agencyId, t.year] })],
);

/** The agency's own wording of each letter (答复书/告知书); absent: the default template. */
export const replyTemplates = pgTable(
  'reply_templates',
  {
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    letterType: text('letter_type').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id),
  },
  (t) => [primaryKey({ name: 'reply_templates_pkey', columns: [t.agencyId, t.letterType] })],
);

/** Reminders for staff (a case nearing or past its due date); one per case, kind and due date. */
export const reminders = pgTable(
  'reminders',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    accountId: uuid('account_id').references(() => accounts.id),
    kind: text('kind').$type<'dueSoon' | 'overdue' | 'dueDateChanged'>().notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('reminders_once_key').on(t.applicationId, t.kind, t.dueOn), index('reminders_account_idx').on(t.accountId, t.readAt)],
);

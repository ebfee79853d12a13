/**
 * What the case use cases need from the database, inside ONE transaction: the application row
 * (locked), its history, the calendar, and the audit trail. Built from the repositories by
 * src/db/stores/case-store.ts.
 */
import type { Principal } from '../../domain/access/roles.ts';
import type { Applicant, ApplicantContact } from '../../domain/applications/applicant.ts';
import type { CaseEvent, IsoDate } from '../../domain/applications/case-event.ts';
import type { AuditEntry, AuditEntryContent } from '../../domain/audit/audit-entry.ts';
import type { CalendarRows } from './calendar-rows.ts';

export interface ApplicationRecord {
  id: string;
  agencyId: string;
  trackingNumber: string;
  channel: string;
  applicantType: string;
  applicant: Applicant;
  contact: ApplicantContact;
  description: string;
  deliveryForm: string;
  deliveryMethod: string;
  accessibilityNeeds: string | null;
  submittedAt: Date;
  receivedOn: IsoDate | null;
  status: string;
  dueOn: IsoDate | null;
  outcome: string | null;
  endedOn: IsoDate | null;
  handlerAccountId: string | null;
  registeredByAccountId: string | null;
  importedFrom: string | null;
  version: number;
}

export interface RecordedCaseEvent {
  seq: number;
  event: CaseEvent;
  note: string | null;
  actorAccountId: string | null;
  recordedAt: Date;
}

export interface DerivedColumns {
  status: string;
  receivedOn: IsoDate | null;
  dueOn: IsoDate | null;
  outcome: string | null;
  endedOn: IsoDate | null;
}

export interface CaseStore {
  lockApplication(id: string): Promise<ApplicationRecord | null>;
  listEvents(applicationId: string): Promise<RecordedCaseEvent[]>;
  appendEvent(entry: { applicationId: string; agencyId: string; seq: number; event: CaseEvent; note: string | null; actorAccountId: string | null; recordedAt: Date }): Promise<void>;
  /** The derived columns, and the agency after a transfer. */
  updateDerived(id: string, derived: DerivedColumns & { agencyId?: string }, now: Date): Promise<ApplicationRecord>;
  listCalendarRows(): Promise<CalendarRows>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface CaseDeps {
  transaction<T>(work: (store: CaseStore) => Promise<T>): Promise<T>;
  now(): Date;
}

/** Who records a step: a staff member, or the applicant on the portal (e.g. sending the correction). */
export type CaseActor =
  | { kind: 'staff'; principal: Principal; name: string; ip: string | null }
  | { kind: 'applicant'; name: string; ip: string | null };

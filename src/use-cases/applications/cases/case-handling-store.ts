/**
 * What case handling in the console needs from the database, inside ONE transaction: the core
 * case store (lock, history, derived columns, calendar, audit) plus the worklist, files and
 * letters, the handler, the agency's templates and the reminders. Built from the repositories at
 * the edge (src/http/console/applications/case-handling-deps.ts).
 */
import type { Role } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { ApplicationRecord, CaseStore, RecordedCaseEvent } from '../case-store.ts';

export type { ApplicationRecord, RecordedCaseEvent };

export interface WorklistQuery {
  /** Only cases of these agencies (the actor's scope, already expanded to subtrees). */
  agencyIds: readonly string[];
  status: 'open' | 'ended' | 'all';
  handlerAccountId?: string;
  /** Cases received (or, not yet received, submitted) in this year. */
  year?: number;
  offset: number;
  limit: number;
}

/** A file of a case without its content. */
export interface CaseFileInfo {
  id: string;
  applicationId: string;
  agencyId: string;
  role: 'attachment' | 'letter';
  letterType: string | null;
  isPublicToApplicant: boolean;
  filename: string;
  mediaType: string;
  size: number;
  createdAt: Date;
}

export interface CaseFile extends CaseFileInfo {
  content: Uint8Array;
}

export interface NewLetterFile {
  applicationId: string;
  agencyId: string;
  letterType: string;
  isPublicToApplicant: boolean;
  filename: string;
  mediaType: string;
  content: Uint8Array;
  createdAt: Date;
  createdByAccountId: string | null;
}

export interface StaffWithRole {
  accountId: string;
  displayName: string;
  username: string;
  role: Role;
  agencyId: string;
  includeSubtree: boolean;
}

export interface StoredReplyTemplate {
  letterType: string;
  title: string;
  body: string;
  updatedAt: Date;
  updatedByAccountId: string | null;
}

export interface ReminderAudience {
  accountId: string;
  registrarAgencyIds: readonly string[];
}

export interface NewReminder {
  agencyId: string;
  applicationId: string;
  accountId: string | null;
  kind: 'dueSoon' | 'overdue';
  dueOn: string;
  message: string;
  createdAt: Date;
}

export interface StoredReminder {
  id: number;
  applicationId: string;
  trackingNumber: string;
  kind: string;
  dueOn: string;
  message: string;
  createdAt: Date;
}

export interface OpenCase {
  id: string;
  agencyId: string;
  trackingNumber: string;
  handlerAccountId: string | null;
}

export interface CaseHandlingStore extends CaseStore {
  listAgencies(): Promise<Agency[]>;
  /** Without a lock: for pages. */
  findApplication(id: string): Promise<ApplicationRecord | null>;
  listWorklist(query: WorklistQuery): Promise<{ rows: ApplicationRecord[]; total: number }>;
  listEventsOf(applicationIds: readonly string[]): Promise<Map<string, RecordedCaseEvent[]>>;
  listFiles(applicationId: string): Promise<CaseFileInfo[]>;
  readFile(applicationId: string, fileId: string): Promise<CaseFile | null>;
  insertLetter(file: NewLetterFile): Promise<CaseFileInfo>;
  setHandler(applicationId: string, accountId: string | null, now: Date): Promise<void>;
  listStaffWithRoles(roles: readonly Role[], agencyIds: readonly string[]): Promise<StaffWithRole[]>;
  listAccountNames(accountIds: readonly string[]): Promise<Map<string, string>>;
  /** Receipt dates of the applicant's other applications to the agency in the month `YYYY-MM`. */
  listApplicantReceiptsInMonth(query: { agencyId: string; applicant: { kind: 'idNumber' | 'creditCode'; value: string }; month: string; excludeApplicationId: string }): Promise<string[]>;
  findReplyTemplate(agencyId: string, letterType: string): Promise<StoredReplyTemplate | null>;
  listReplyTemplates(agencyId: string): Promise<StoredReplyTemplate[]>;
  saveReplyTemplate(row: { agencyId: string; letterType: string; title: string; body: string; updatedAt: Date; updatedByAccountId: string | null }): Promise<void>;
  deleteReplyTemplate(agencyId: string, letterType: string): Promise<boolean>;
  listOpenReceivedCases(): Promise<OpenCase[]>;
  insertReminder(reminder: NewReminder): Promise<boolean>;
  listUnreadReminders(audience: ReminderAudience): Promise<StoredReminder[]>;
  markRemindersRead(audience: ReminderAudience, ids: readonly number[] | null, now: Date): Promise<number>;
}

export interface CaseHandlingDeps {
  /** Runs `work` in one transaction: everything it wrote is rolled back when it throws. */
  transaction<T>(work: (store: CaseHandlingStore) => Promise<T>): Promise<T>;
  now(): Date;
}

/**
 * What the intake use cases need from outside: the database as a store used inside ONE
 * transaction, the clock, and the few pieces of cryptography (hashing the query code, deriving it
 * from the submission key, file checksums). Built from the repositories at the HTTP edge
 * (src/http/portal/applications/intake-stores.ts).
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import { DomainError } from '../../../domain/errors.ts';
import type { ApplicationRecord, CaseStore } from '../case-store.ts';

export interface IntakeApplication extends ApplicationRecord {
  /** SHA-256 of the normalised query code. */
  queryCodeHash: string;
  idempotencyKey: string | null;
}

export type NewIntakeApplication = Omit<IntakeApplication, 'id' | 'version' | 'handlerAccountId' | 'importedFrom'>;

export interface ApplicationFileInfo {
  id: string;
  role: 'attachment' | 'letter';
  letterType: string | null;
  isPublicToApplicant: boolean;
  filename: string;
  mediaType: string;
  size: number;
  createdAt: Date;
}

export interface ApplicationFile extends ApplicationFileInfo {
  applicationId: string;
  content: Uint8Array;
}

export interface NewApplicationFile {
  applicationId: string;
  agencyId: string;
  role: 'attachment';
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  content: Uint8Array;
  createdByAccountId: string | null;
}

/** The case core's store (lock, history, derived columns, calendar, audit) and what intake adds. */
export interface IntakeStore extends CaseStore {
  listAgencies(): Promise<Agency[]>;
  findAgencyByCode(code: string): Promise<Agency | null>;
  findApplication(id: string): Promise<IntakeApplication | null>;
  findByTrackingNumber(trackingNumber: string): Promise<IntakeApplication | null>;
  findByIdempotencyKey(key: string): Promise<IntakeApplication | null>;
  /** 1, 2, … per agency and year; gapless among committed transactions. */
  nextTrackingSequence(agencyId: string, year: number): Promise<number>;
  /** Throws DuplicateSubmissionError when the idempotency key is taken (a concurrent retry). */
  insertApplication(row: NewIntakeApplication): Promise<IntakeApplication>;
  /** Changes the description (the applicant's corrected application). */
  updateDescription(id: string, description: string, now: Date): Promise<void>;
  insertFile(file: NewApplicationFile): Promise<ApplicationFileInfo>;
  listFiles(applicationId: string): Promise<ApplicationFileInfo[]>;
  readFile(applicationId: string, fileId: string): Promise<ApplicationFile | null>;
}

export interface IntakeDeps {
  /** Runs `work` in one transaction: everything it wrote is rolled back when it throws. */
  transaction<T>(work: (store: IntakeStore) => Promise<T>): Promise<T>;
  now(): Date;
  /** SHA-256 (hex) of a normalised query code. */
  hashQueryCode(normalizedCode: string): string;
  /**
   * Random bytes for the query code, derived from the submission key with a server secret (HMAC):
   * a retry with the same key shows the same code again, and nobody without the key can compute it.
   */
  queryCodeBytesFor(submissionKey: string): Uint8Array;
  /** A fresh submission key, for a submission that came without one. */
  newSubmissionKey(): string;
  sha256Hex(bytes: Uint8Array): string;
}

/** Two submissions with the same key raced: the other one was stored first. */
export class DuplicateSubmissionError extends DomainError {
  constructor(options?: { cause?: unknown }) {
    super('submission_conflict', '该申请已经提交，请勿重复提交。', options);
  }
}

/** No application with this id (or the caller may not know it exists). */
export class IntakeApplicationNotFoundError extends DomainError {
  constructor() {
    super('application_not_found', '找不到该申请。');
  }
}

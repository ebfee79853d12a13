/**
 * The intake port (src/use-cases/applications/intake/intake-store.ts) built from the repositories
 * on a transaction, and the cryptography it needs: SHA-256 for query codes and files, an HMAC with
 * the server secret that derives a query code from a submission key.
 */
import { createHash, createHmac } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { randomToken, sha256Hex } from '../../../auth/tokens.ts';
import type { Database } from '../../../db/database.ts';
import { getAgencyByCode, listAgencies } from '../../../db/repositories/agencies.ts';
import { updateApplicationDescription } from '../../../db/repositories/application-intake.ts';
import {
  findApplication,
  findApplicationByIdempotencyKey,
  findApplicationByTrackingNumber,
  insertApplication,
  insertApplicationFile,
  listApplicationFiles,
  nextTrackingSequence,
  readApplicationFile,
  type ApplicationFileRow,
  type ApplicationRow,
} from '../../../db/repositories/applications.ts';
import { createCaseStore } from '../../../db/stores/case-store.ts';
import {
  DuplicateSubmissionError,
  type ApplicationFileInfo,
  type IntakeApplication,
  type IntakeDeps,
  type IntakeStore,
} from '../../../use-cases/applications/intake/intake-store.ts';

export function createIntakeStore(db: Database): IntakeStore {
  return {
    ...createCaseStore(db),
    listAgencies: () => listAgencies(db),
    findAgencyByCode: (code) => getAgencyByCode(db, code),
    findApplication: async (id) => toIntakeApplication(await findApplication(db, id)),
    findByTrackingNumber: async (number) => toIntakeApplication(await findApplicationByTrackingNumber(db, number)),
    findByIdempotencyKey: async (key) => toIntakeApplication(await findApplicationByIdempotencyKey(db, key)),
    nextTrackingSequence: (agencyId, year) => nextTrackingSequence(db, agencyId, year),
    insertApplication: async (row) => {
      try {
        return toIntakeApplication(await insertApplication(db, row));
      } catch (error) {
        if (isIdempotencyKeyViolation(error)) throw new DuplicateSubmissionError({ cause: error });
        throw error;
      }
    },
    updateDescription: (id, description, now) => updateApplicationDescription(db, id, description, now),
    insertFile: async (file) => toFileInfo(await insertApplicationFile(db, file)),
    listFiles: async (applicationId) => (await listApplicationFiles(db, applicationId)).map(toFileInfo),
    readFile: async (applicationId, fileId) => {
      const row = await readApplicationFile(db, applicationId, fileId);
      return row === null ? null : { ...toFileInfo(row), applicationId: row.applicationId, content: row.content };
    },
  };
}

export function createIntakeDeps(db: Database, now: () => Date, secret: string): IntakeDeps {
  return {
    transaction: (work) => db.transaction((tx) => work(createIntakeStore(tx))),
    now,
    hashQueryCode: (code) => sha256Hex(code),
    queryCodeBytesFor: (submissionKey) => {
      // Two blocks: rejection sampling needs ~8.3 bytes, 64 make running out a 1-in-10⁶⁰ event.
      const block = (n: number) => createHmac('sha256', secret).update(`gongkai/query-code/${n}/${submissionKey}`).digest();
      return new Uint8Array(Buffer.concat([block(1), block(2)]));
    },
    newSubmissionKey: () => randomToken(18),
    sha256Hex: (bytes) => createHash('sha256').update(bytes).digest('hex'),
  };
}

export function intakeDepsOf(request: FastifyRequest): IntakeDeps {
  const { deps } = request.server;
  return createIntakeDeps(deps.handle.db, deps.now, deps.config.sessionSecret);
}

function toIntakeApplication(row: ApplicationRow): IntakeApplication;
function toIntakeApplication(row: ApplicationRow | null): IntakeApplication | null;
function toIntakeApplication(row: ApplicationRow | null): IntakeApplication | null {
  if (row === null) return null;
  const { createdAt: _created, updatedAt: _updated, ...record } = row;
  return record;
}

function toFileInfo(row: Omit<ApplicationFileRow, 'content'>): ApplicationFileInfo {
  const { id, role, letterType, isPublicToApplicant, filename, mediaType, size, createdAt } = row;
  return { id, role, letterType, isPublicToApplicant, filename, mediaType, size, createdAt };
}

/** The unique index on the submission key: a concurrent retry got there first. */
function isIdempotencyKeyViolation(error: unknown): boolean {
  for (let current = error; typeof current === 'object' && current !== null; current = (current as { cause?: unknown }).cause) {
    const { code, constraint, message } = current as { code?: unknown; constraint?: unknown; message?: unknown };
    if (code !== '23505') continue;
    return constraint === 'applications_idempotency_key' || (typeof message === 'string' && message.includes('applications_idempotency_key'));
  }
  return false;
}

/**
 * The database side of case handling (src/use-cases/applications/cases/case-handling-store.ts),
 * built from the repositories on one transaction: the case core's store plus the worklist, files,
 * handler, templates and reminders. Also used by the reminder timer and, later, the CLI.
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../../../db/database.ts';
import { listAgencies } from '../../../db/repositories/agencies.ts';
import {
  listAccountNames,
  listApplicantReceiptsInMonth,
  listEventsOfApplications,
  listOpenReceivedCases,
  listStaffWithRoles,
  listWorklist,
  setApplicationHandler,
} from '../../../db/repositories/application-cases.ts';
import { findApplication, insertApplicationFile, listApplicationFiles, readApplicationFile } from '../../../db/repositories/applications.ts';
import { insertReminder, listUnreadReminders, markRemindersRead } from '../../../db/repositories/reminders.ts';
import { deleteReplyTemplate, findReplyTemplate, listReplyTemplates, saveReplyTemplate } from '../../../db/repositories/reply-templates.ts';
import { createCaseStore, toRecord } from '../../../db/stores/case-store.ts';
import type { CaseFileInfo, CaseHandlingDeps, CaseHandlingStore } from '../../../use-cases/applications/cases/case-handling-store.ts';
import type { StaffActor } from '../../../use-cases/applications/cases/record-step.ts';
import { requireAccount, requirePrincipal } from '../../route-access.ts';

export function createCaseHandlingDeps(db: Database, now: () => Date): CaseHandlingDeps {
  return { transaction: (work) => db.transaction((tx) => work(createCaseHandlingStore(tx))), now };
}

export function createCaseHandlingStore(db: Database): CaseHandlingStore {
  return {
    ...createCaseStore(db),
    listAgencies: () => listAgencies(db),
    findApplication: async (id) => toRecord(await findApplication(db, id)),
    listWorklist: async (query) => {
      const { rows, total } = await listWorklist(db, query);
      return { rows: rows.map((row) => toRecord(row)), total };
    },
    listEventsOf: (ids) => listEventsOfApplications(db, ids),
    listFiles: async (applicationId) => (await listApplicationFiles(db, applicationId)).map(fileInfoOf),
    readFile: async (applicationId, fileId) => {
      const row = await readApplicationFile(db, applicationId, fileId);
      return row === null ? null : { ...fileInfoOf(row), content: row.content };
    },
    insertLetter: async (file) => {
      const sha256 = createHash('sha256').update(file.content).digest('hex');
      const row = await insertApplicationFile(db, { ...file, role: 'letter', size: file.content.byteLength, sha256 });
      return fileInfoOf(row);
    },
    setHandler: (id, accountId, now) => setApplicationHandler(db, id, accountId, now),
    listStaffWithRoles: (roles, agencyIds) => listStaffWithRoles(db, roles, agencyIds),
    listAccountNames: (ids) => listAccountNames(db, ids),
    listApplicantReceiptsInMonth: (query) => listApplicantReceiptsInMonth(db, query),
    findReplyTemplate: (agencyId, letterType) => findReplyTemplate(db, agencyId, letterType),
    listReplyTemplates: (agencyId) => listReplyTemplates(db, agencyId),
    saveReplyTemplate: async (row) => {
      await saveReplyTemplate(db, row);
    },
    deleteReplyTemplate: (agencyId, letterType) => deleteReplyTemplate(db, agencyId, letterType),
    listOpenReceivedCases: () => listOpenReceivedCases(db),
    insertReminder: (reminder) => insertReminder(db, reminder),
    listUnreadReminders: async (audience) =>
      (await listUnreadReminders(db, audience)).map((r) => ({ id: r.id, applicationId: r.applicationId, trackingNumber: r.trackingNumber, kind: r.kind, dueOn: r.dueOn, message: r.message, createdAt: r.createdAt })),
    markRemindersRead: (audience, ids, now) => markRemindersRead(db, audience, ids, now),
  };
}

function fileInfoOf(row: Omit<CaseFileInfo, 'role'> & { role: string }): CaseFileInfo {
  const { id, applicationId, agencyId, letterType, isPublicToApplicant, filename, mediaType, size, createdAt } = row;
  return { id, applicationId, agencyId, role: row.role === 'letter' ? 'letter' : 'attachment', letterType, isPublicToApplicant, filename, mediaType, size, createdAt };
}

/** The deps of a request: its database and the app's clock. */
export function caseDepsOf(request: FastifyRequest): CaseHandlingDeps {
  return createCaseHandlingDeps(request.server.deps.handle.db, request.server.deps.now);
}

/** The signed-in staff member as the case use cases see them. */
export function staffActorOf(request: FastifyRequest): StaffActor {
  return { kind: 'staff', principal: requirePrincipal(request), name: requireAccount(request).displayName, ip: request.ip };
}

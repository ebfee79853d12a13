/** The register port (src/use-cases/catalog/register/register-store.ts) built from the repositories, on a transaction. */
import type { RegisterDeps, RegisterStore } from '../../use-cases/catalog/register/register-store.ts';
import type { Database } from '../database.ts';
import { listAgencies } from '../repositories/agencies.ts';
import { listArt20Figures, saveArt20Figures } from '../repositories/art20-figures.ts';
import { appendAuditEntry } from '../repositories/audit-log.ts';
import { listCalendarRows } from '../repositories/calendar.ts';
import {
  countRegisterFigures,
  findRegisterItem,
  insertRegisterEvent,
  listEventsNaming,
  listExpiryCandidates,
  listInterpretationDueDays,
  listInterpretations,
  listRegisterEvents,
  listRegisterItems,
  listRegisterItemsById,
  lockExpiryRun,
  recordValidityChange,
} from '../repositories/register.ts';

export function createRegisterStore(db: Database): RegisterStore {
  return {
    listAgencies: () => listAgencies(db),
    listRegisterItems: (agencyIds) => listRegisterItems(db, agencyIds),
    findRegisterItem: (itemId) => findRegisterItem(db, itemId),
    lockRegisterItem: (itemId) => findRegisterItem(db, itemId, { lock: true }),
    listRegisterItemsById: (itemIds) => listRegisterItemsById(db, itemIds),
    listRegisterEvents: (itemIds) => listRegisterEvents(db, itemIds),
    listEventsNaming: (itemId) => listEventsNaming(db, itemId),
    insertRegisterEvent: (event) => insertRegisterEvent(db, event),
    recordValidityChange: (change) => recordValidityChange(db, change),
    listInterpretations: (itemIds) => listInterpretations(db, itemIds),
    listInterpretationDueDays: (agencyIds) => listInterpretationDueDays(db, agencyIds),
    listCalendarRows: () => listCalendarRows(db),
    countRegisterFigures: (scope) => countRegisterFigures(db, scope),
    listArt20Figures: (scope) => listArt20Figures(db, scope),
    saveArt20Figures: (entry) => saveArt20Figures(db, entry),
    lockExpiryRun: () => lockExpiryRun(db),
    listExpiryCandidates: (date) => listExpiryCandidates(db, date),
    appendAudit: (entry) => appendAuditEntry(db, entry),
  };
}

/** Every use case runs in its own transaction, so the store always holds the transaction object. */
export function createRegisterDeps(db: Database, now: () => Date): RegisterDeps {
  return { transaction: (work) => db.transaction((tx) => work(createRegisterStore(tx))), now };
}

/** The catalogue's port (src/use-cases/catalog/items/info-item-store.ts) built from the repositories, on one transaction. */
import type { InfoItemDeps, InfoItemStore } from '../../use-cases/catalog/items/info-item-store.ts';
import type { Database } from '../database.ts';
import { listAgencies } from '../repositories/agencies.ts';
import { listAccountNames } from '../repositories/application-cases.ts';
import { appendAuditEntry } from '../repositories/audit-log.ts';
import {
  appendInfoItemHistory,
  deleteItemAttachment,
  findIndexPattern,
  findInfoItem,
  findInterpretableDocument,
  insertInfoItem,
  insertIssuedEvent,
  insertItemAttachment,
  isIndexNumberTaken,
  listClassificationRows,
  listDueScheduledIds,
  listInfoItemHistories,
  listInfoItemHistory,
  listInfoItems,
  listInfoItemsInStatus,
  listInterpretableDocuments,
  listItemAttachments,
  lockInfoItem,
  nextIndexSequence,
  readItemAttachment,
  updateInfoItem,
} from '../repositories/info-items.ts';
import { refreshSearchVector } from '../repositories/search-index.ts';

export function createInfoItemStore(db: Database): InfoItemStore {
  return {
    listAgencies: () => listAgencies(db),
    findItem: (id) => findInfoItem(db, id),
    lockItem: (id) => lockInfoItem(db, id),
    insertItem: (item) => insertInfoItem(db, item),
    updateItem: (id, changes, now) => updateInfoItem(db, id, changes, now),
    listItems: (query) => listInfoItems(db, query),
    listItemsInStatus: (status, agencyIds, limit) => listInfoItemsInStatus(db, status, agencyIds, limit),
    listDueScheduledIds: (now) => listDueScheduledIds(db, now),
    findIndexPattern: (agencyId) => findIndexPattern(db, agencyId),
    nextIndexSequence: (agencyId, year) => nextIndexSequence(db, agencyId, year),
    isIndexNumberTaken: (agencyId, indexNumber) => isIndexNumberTaken(db, agencyId, indexNumber),
    listClassifications: () => listClassificationRows(db),
    listInterpretableDocuments: (agencyIds, limit) => listInterpretableDocuments(db, agencyIds, limit),
    findInterpretableDocument: (id) => findInterpretableDocument(db, id),
    appendHistory: (entry) => appendInfoItemHistory(db, entry),
    listHistory: (itemId) => listInfoItemHistory(db, itemId),
    listHistoriesOf: (itemIds) => listInfoItemHistories(db, itemIds),
    listAttachments: (itemId) => listItemAttachments(db, itemId),
    readAttachment: (itemId, attachmentId) => readItemAttachment(db, itemId, attachmentId),
    insertAttachment: (attachment) => insertItemAttachment(db, attachment),
    deleteAttachment: (itemId, attachmentId) => deleteItemAttachment(db, itemId, attachmentId),
    insertRegisterEvent: (event) => insertIssuedEvent(db, event),
    refreshSearchVector: (itemId) => refreshSearchVector(db, itemId),
    listAccountNames: (ids) => listAccountNames(db, ids),
    appendAudit: (entry) => appendAuditEntry(db, entry),
  };
}

/** The deps of the catalogue's use cases: each transaction on its own store. Also used by the publication timer. */
export function createInfoItemDeps(db: Database, now: () => Date): InfoItemDeps {
  return { transaction: (work) => db.transaction((tx) => work(createInfoItemStore(tx))), now };
}

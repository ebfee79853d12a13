/**
 * What the catalogue's use cases need from the database, inside ONE transaction: the items (locked
 * while they change), their history and attachments, the agency's 索引号 pattern and sequence, the
 * classification codes, the register's `issued` event, the search vector and the audit trail.
 * Implemented by src/db/stores/info-item-store.ts from the repositories.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { AuditEntry, AuditEntryContent } from '../../../domain/audit/audit-entry.ts';
import type { ClassificationScheme } from '../../../domain/catalog/classification.ts';
import type { InfoItemKind, InfoItemStatus, Validity } from '../../../domain/catalog/info-item.ts';
import type { Principal } from '../../../domain/access/roles.ts';

export interface InfoItemRecord {
  id: string;
  agencyId: string;
  indexNumber: string;
  kind: InfoItemKind;
  title: string;
  publisher: string;
  documentNumber: string | null;
  writtenOn: string | null;
  publishedOn: string | null;
  subjectCode: string;
  genreCode: string;
  validity: Validity | null;
  validFrom: string | null;
  validUntil: string | null;
  bodyHtml: string;
  bodyText: string;
  status: InfoItemStatus;
  authorAccountId: string | null;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  withdrawnAt: Date | null;
  interpretsItemId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** An item as lists show it: without its body. */
export type InfoItemSummary = Omit<InfoItemRecord, 'bodyHtml' | 'bodyText'>;

export type NewInfoItem = Omit<InfoItemRecord, 'id' | 'version' | 'publishedOn' | 'publishedAt' | 'withdrawnAt' | 'scheduledAt' | 'validity'>;

/** The columns a change may set (metadata and body while a draft; status and dates on review steps). */
export type InfoItemChanges = Partial<Omit<InfoItemRecord, 'id' | 'agencyId' | 'indexNumber' | 'version' | 'createdAt' | 'updatedAt'>>;

export interface InfoItemHistoryRecord {
  id: number;
  itemId: string;
  action: string;
  stage: string | null;
  fromStatus: string | null;
  toStatus: string;
  actorAccountId: string | null;
  comment: string | null;
  at: Date;
}

export type NewInfoItemHistory = Omit<InfoItemHistoryRecord, 'id'> & { agencyId: string };

export interface AttachmentInfo {
  id: string;
  itemId: string;
  agencyId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  position: number;
  createdAt: Date;
}

export interface StoredAttachment extends AttachmentInfo {
  content: Uint8Array;
}

export type NewAttachment = Omit<AttachmentInfo, 'id'> & { content: Uint8Array; extractedText: string };

export interface ClassificationRow {
  scheme: ClassificationScheme;
  code: string;
  name: string;
  parentCode: string | null;
}

export interface InfoItemListQuery {
  /** Only items of these agencies (the viewer's scope, already expanded to subtrees). */
  agencyIds: readonly string[];
  status?: InfoItemStatus;
  kind?: InfoItemKind;
  /** Published (or withdrawn) in the year; not yet published: created in the year. */
  year?: number;
  /** Items whose author is this account (a drafter's own). */
  authorAccountId?: string;
  offset: number;
  limit: number;
}

/** A document an interpretation may interpret: a rule or normative document, not withdrawn. */
export interface InterpretableDocument {
  id: string;
  agencyId: string;
  indexNumber: string;
  title: string;
  documentNumber: string | null;
  status: InfoItemStatus;
}

export interface NewRegisterEvent {
  itemId: string;
  agencyId: string;
  event: 'issued';
  effectiveOn: string;
  recordedByAccountId: string | null;
  recordedAt: Date;
}

export interface InfoItemStore {
  listAgencies(): Promise<Agency[]>;
  findItem(id: string): Promise<InfoItemRecord | null>;
  /** Inside the transaction: the row, locked until commit, so that two steps on one item run one after the other. */
  lockItem(id: string): Promise<InfoItemRecord | null>;
  /** Throws DuplicateIndexNumberError when the agency already has the number (the unique index). */
  insertItem(item: NewInfoItem): Promise<InfoItemRecord>;
  updateItem(id: string, changes: InfoItemChanges, now: Date): Promise<InfoItemRecord>;
  listItems(query: InfoItemListQuery): Promise<{ rows: InfoItemSummary[]; total: number }>;
  /** Items waiting in the given statuses, per agency set (the review queue). */
  listItemsInStatus(status: InfoItemStatus, agencyIds: readonly string[], limit: number): Promise<InfoItemSummary[]>;
  /** Ids of scheduled items whose time has come. */
  listDueScheduledIds(now: Date): Promise<string[]>;
  findIndexPattern(agencyId: string): Promise<string | null>;
  /** The next number of the agency's 索引号 sequence for the year, under a row lock (gapless in committed transactions). */
  nextIndexSequence(agencyId: string, year: number): Promise<number>;
  isIndexNumberTaken(agencyId: string, indexNumber: string): Promise<boolean>;
  listClassifications(): Promise<ClassificationRow[]>;
  listInterpretableDocuments(agencyIds: readonly string[], limit: number): Promise<InterpretableDocument[]>;
  findInterpretableDocument(id: string): Promise<InterpretableDocument | null>;
  appendHistory(entry: NewInfoItemHistory): Promise<void>;
  listHistory(itemId: string): Promise<InfoItemHistoryRecord[]>;
  /** The histories of several items at once (for the review queue), by item id. */
  listHistoriesOf(itemIds: readonly string[]): Promise<Map<string, InfoItemHistoryRecord[]>>;
  listAttachments(itemId: string): Promise<AttachmentInfo[]>;
  readAttachment(itemId: string, attachmentId: string): Promise<StoredAttachment | null>;
  insertAttachment(attachment: NewAttachment): Promise<AttachmentInfo>;
  deleteAttachment(itemId: string, attachmentId: string): Promise<boolean>;
  insertRegisterEvent(event: NewRegisterEvent): Promise<void>;
  /** Recomputes the item's search vector from its title, body and attachments (same transaction). */
  refreshSearchVector(itemId: string): Promise<void>;
  listAccountNames(accountIds: readonly string[]): Promise<Map<string, string>>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface InfoItemDeps {
  transaction<T>(work: (store: InfoItemStore) => Promise<T>): Promise<T>;
  now(): Date;
}

/** Who acts in the console. */
export interface StaffActor {
  principal: Principal;
  name: string;
  ip: string | null;
}

/**
 * Info items as the console works on them: insert (the 索引号 unique per agency), look up, lock,
 * change, list; the agency's 索引号 sequence (taken under a row lock, like the tracking numbers),
 * the review history, and what the draft form needs to read (pattern, classification codes, the
 * documents an interpretation may point to), the attachments (content only when one is read), and
 * the register's `issued` event written when a rule or normative document is published.
 */
import { and, asc, count, desc, eq, getTableColumns, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { InfoItemStatus } from '../../domain/catalog/info-item.ts';
import { registerKinds } from '../../domain/catalog/info-item.ts';
import { DuplicateIndexNumberError } from '../../use-cases/catalog/items/info-item-errors.ts';
import type {
  ClassificationRow,
  InfoItemChanges,
  InfoItemHistoryRecord,
  InfoItemListQuery,
  InfoItemRecord,
  InfoItemSummary,
  AttachmentInfo,
  InterpretableDocument,
  NewAttachment,
  NewInfoItem,
  NewInfoItemHistory,
  NewRegisterEvent,
  StoredAttachment,
} from '../../use-cases/catalog/items/info-item-store.ts';
import type { Database } from '../database.ts';
import { catalogSettings, classifications, indexSequences, infoItemAttachments, infoItemHistory, infoItems, registerEvents } from '../schema/catalog.ts';
import { isUuid } from './ids.ts';

const { searchVector: _vector, ...itemColumns } = getTableColumns(infoItems);
const { bodyHtml: _html, bodyText: _text, ...summaryColumns } = itemColumns;

/** The columns of an item (never the search vector). */
type ItemRow = Omit<typeof infoItems.$inferSelect, 'searchVector'>;

/** The database's check constraints hold the kind, status and validity to the domain's values. */
function toRecord(row: ItemRow): InfoItemRecord {
  return row as InfoItemRecord;
}

function toSummary(row: Omit<ItemRow, 'bodyHtml' | 'bodyText'>): InfoItemSummary {
  return row as InfoItemSummary;
}

/** Inserts a new item; a 索引号 the agency already has is refused as DuplicateIndexNumberError (409). */
export async function insertInfoItem(tx: Database, item: NewInfoItem): Promise<InfoItemRecord> {
  try {
    const [row] = await tx.insert(infoItems).values(item).returning(itemColumns);
    return toRecord(row!);
  } catch (error) {
    if (isIndexNumberViolation(error)) throw new DuplicateIndexNumberError(item.indexNumber, { cause: error });
    throw error;
  }
}

export async function findInfoItem(db: Database, id: string): Promise<InfoItemRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select(itemColumns).from(infoItems).where(eq(infoItems.id, id));
  return row === undefined ? null : toRecord(row);
}

/** Inside a transaction: the row, locked until commit. */
export async function lockInfoItem(tx: Database, id: string): Promise<InfoItemRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx.select(itemColumns).from(infoItems).where(eq(infoItems.id, id)).for('update');
  return row === undefined ? null : toRecord(row);
}

/** Writes the changes and bumps the version. */
export async function updateInfoItem(tx: Database, id: string, changes: InfoItemChanges, now: Date): Promise<InfoItemRecord> {
  const [row] = await tx
    .update(infoItems)
    .set({ ...changes, updatedAt: now, version: sql`${infoItems.version} + 1` })
    .where(eq(infoItems.id, id))
    .returning(itemColumns);
  return toRecord(row!);
}

/** One page of the items of some agencies, most recently changed first, without their bodies. */
export async function listInfoItems(db: Database, query: InfoItemListQuery): Promise<{ rows: InfoItemSummary[]; total: number }> {
  const ids = query.agencyIds.filter(isUuid);
  if (ids.length === 0) return { rows: [], total: 0 };
  const where = and(inArray(infoItems.agencyId, ids), ...listConditions(query));
  const rows = await db.select(summaryColumns).from(infoItems).where(where).orderBy(desc(infoItems.updatedAt), desc(infoItems.id)).offset(query.offset).limit(query.limit);
  const [total] = await db.select({ value: count() }).from(infoItems).where(where);
  return { rows: rows.map(toSummary), total: Number(total?.value ?? 0) };
}

function listConditions(query: InfoItemListQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.status !== undefined) conditions.push(eq(infoItems.status, query.status));
  if (query.kind !== undefined) conditions.push(eq(infoItems.kind, query.kind));
  if (query.authorAccountId !== undefined) conditions.push(isUuid(query.authorAccountId) ? eq(infoItems.authorAccountId, query.authorAccountId) : sql`false`);
  if (query.year !== undefined) {
    const day = sql`coalesce(${infoItems.publishedOn}, (${infoItems.createdAt} at time zone 'Asia/Shanghai')::date)`;
    conditions.push(sql`${day} >= ${`${query.year}-01-01`}::date`, sql`${day} < ${`${query.year + 1}-01-01`}::date`);
  }
  return conditions;
}

/** Items waiting in a status in some agencies, longest waiting first (the review queue). */
export async function listInfoItemsInStatus(db: Database, status: InfoItemStatus, agencyIds: readonly string[], limit: number): Promise<InfoItemSummary[]> {
  const ids = agencyIds.filter(isUuid);
  if (ids.length === 0) return [];
  const rows = await db
    .select(summaryColumns)
    .from(infoItems)
    .where(and(inArray(infoItems.agencyId, ids), eq(infoItems.status, status)))
    .orderBy(asc(infoItems.updatedAt), asc(infoItems.id))
    .limit(limit);
  return rows.map(toSummary);
}

/** Scheduled items whose publication time has come, earliest first. */
export async function listDueScheduledIds(db: Database, now: Date): Promise<string[]> {
  const rows = await db
    .select({ id: infoItems.id })
    .from(infoItems)
    .where(and(eq(infoItems.status, 'scheduled'), lte(infoItems.scheduledAt, now)))
    .orderBy(asc(infoItems.scheduledAt), asc(infoItems.id));
  return rows.map((r) => r.id);
}

export async function findIndexPattern(db: Database, agencyId: string): Promise<string | null> {
  const [row] = await db.select({ pattern: catalogSettings.indexPattern }).from(catalogSettings).where(eq(catalogSettings.agencyId, agencyId));
  return row?.pattern ?? null;
}

/**
 * The next number of the agency's 索引号 sequence for the year (1, 2, …). The upsert locks the
 * sequence row until the transaction ends, so concurrent creations wait for each other and a
 * rolled-back creation gives its number back: no gaps among committed items.
 */
export async function nextIndexSequence(tx: Database, agencyId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(indexSequences)
    .values({ agencyId, year, lastValue: 1 })
    .onConflictDoUpdate({ target: [indexSequences.agencyId, indexSequences.year], set: { lastValue: sql`${indexSequences.lastValue} + 1` } })
    .returning({ value: indexSequences.lastValue });
  return row!.value;
}

export async function isIndexNumberTaken(db: Database, agencyId: string, indexNumber: string): Promise<boolean> {
  const [row] = await db.select({ id: infoItems.id }).from(infoItems).where(and(eq(infoItems.agencyId, agencyId), eq(infoItems.indexNumber, indexNumber))).limit(1);
  return row !== undefined;
}

/** Both trees, each node after the ones before it among its siblings. */
export async function listClassificationRows(db: Database): Promise<ClassificationRow[]> {
  const rows = await db.select().from(classifications).orderBy(asc(classifications.scheme), asc(classifications.position), asc(classifications.code));
  return rows.map(({ scheme, code, name, parentCode }) => ({ scheme: scheme as ClassificationRow['scheme'], code, name, parentCode }));
}

const documentColumns = {
  id: infoItems.id,
  agencyId: infoItems.agencyId,
  indexNumber: infoItems.indexNumber,
  title: infoItems.title,
  documentNumber: infoItems.documentNumber,
  status: infoItems.status,
};
const isInterpretable = and(inArray(infoItems.kind, [...registerKinds]), sql`${infoItems.status} <> 'withdrawn'`);

/** Rules and normative documents of some agencies (not withdrawn), the newest first. */
export async function listInterpretableDocuments(db: Database, agencyIds: readonly string[], limit: number): Promise<InterpretableDocument[]> {
  const ids = agencyIds.filter(isUuid);
  if (ids.length === 0) return [];
  const rows = await db
    .select(documentColumns)
    .from(infoItems)
    .where(and(inArray(infoItems.agencyId, ids), isInterpretable))
    .orderBy(desc(sql`coalesce(${infoItems.publishedAt}, ${infoItems.createdAt})`), desc(infoItems.id))
    .limit(limit);
  return rows as InterpretableDocument[];
}

export async function findInterpretableDocument(db: Database, id: string): Promise<InterpretableDocument | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select(documentColumns).from(infoItems).where(and(eq(infoItems.id, id), isInterpretable));
  return (row as InterpretableDocument | undefined) ?? null;
}

export async function appendInfoItemHistory(tx: Database, entry: NewInfoItemHistory): Promise<void> {
  await tx.insert(infoItemHistory).values(entry);
}

export async function listInfoItemHistory(db: Database, itemId: string): Promise<InfoItemHistoryRecord[]> {
  if (!isUuid(itemId)) return [];
  const { agencyId: _agency, ...columns } = getTableColumns(infoItemHistory);
  return db.select(columns).from(infoItemHistory).where(eq(infoItemHistory.itemId, itemId)).orderBy(asc(infoItemHistory.id));
}

/** The histories of several items in one query, by item id (every id present, maybe empty). */
export async function listInfoItemHistories(db: Database, itemIds: readonly string[]): Promise<Map<string, InfoItemHistoryRecord[]>> {
  const ids = itemIds.filter(isUuid);
  const byId = new Map<string, InfoItemHistoryRecord[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const { agencyId: _agency, ...columns } = getTableColumns(infoItemHistory);
  const rows = await db.select(columns).from(infoItemHistory).where(inArray(infoItemHistory.itemId, ids)).orderBy(asc(infoItemHistory.itemId), asc(infoItemHistory.id));
  for (const row of rows) byId.get(row.itemId)?.push(row);
  return byId;
}

const { content: _content, extractedText: _extracted, ...attachmentColumns } = getTableColumns(infoItemAttachments);

/** An item's attachments without their content, in their order. */
export async function listItemAttachments(db: Database, itemId: string): Promise<AttachmentInfo[]> {
  if (!isUuid(itemId)) return [];
  return db.select(attachmentColumns).from(infoItemAttachments).where(eq(infoItemAttachments.itemId, itemId)).orderBy(asc(infoItemAttachments.position), asc(infoItemAttachments.createdAt));
}

/** One attachment with its content, only when it belongs to the item. */
export async function readItemAttachment(db: Database, itemId: string, attachmentId: string): Promise<StoredAttachment | null> {
  if (!isUuid(itemId) || !isUuid(attachmentId)) return null;
  const [row] = await db
    .select({ ...attachmentColumns, content: infoItemAttachments.content })
    .from(infoItemAttachments)
    .where(and(eq(infoItemAttachments.id, attachmentId), eq(infoItemAttachments.itemId, itemId)));
  if (row === undefined) return null;
  // node-postgres hands back a Buffer, PGlite a Uint8Array: one type for the callers.
  return { ...row, content: new Uint8Array(row.content.buffer, row.content.byteOffset, row.content.byteLength) };
}

export async function insertItemAttachment(tx: Database, attachment: NewAttachment): Promise<AttachmentInfo> {
  const [row] = await tx.insert(infoItemAttachments).values(attachment).returning(attachmentColumns);
  return row!;
}

export async function deleteItemAttachment(tx: Database, itemId: string, attachmentId: string): Promise<boolean> {
  if (!isUuid(itemId) || !isUuid(attachmentId)) return false;
  const rows = await tx.delete(infoItemAttachments).where(and(eq(infoItemAttachments.id, attachmentId), eq(infoItemAttachments.itemId, itemId))).returning({ id: infoItemAttachments.id });
  return rows.length > 0;
}

/** The register's first event of a rule or normative document, written when it is published. */
export async function insertIssuedEvent(tx: Database, event: NewRegisterEvent): Promise<void> {
  await tx.insert(registerEvents).values(event);
}

/** The unique index on (agency, 索引号): a concurrent creation got there first. */
function isIndexNumberViolation(error: unknown): boolean {
  for (let current = error; typeof current === 'object' && current !== null; current = (current as { cause?: unknown }).cause) {
    const { code, constraint, message } = current as { code?: unknown; constraint?: unknown; message?: unknown };
    if (code !== '23505') continue;
    return constraint === 'info_items_agency_index_number_key' || (typeof message === 'string' && message.includes('info_items_agency_index_number_key'));
  }
  return false;
}

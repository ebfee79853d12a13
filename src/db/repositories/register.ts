/**
 * The register of rules and normative documents: the documents (info items of the two register
 * kinds), their events, their interpretations, the expiry candidates, and table A's register rows
 * counted in ONE query — by the same definitions as domain/catalog/register.ts: issued in the year
 * (earliest `issued` event), ended in the year (earliest `expired`/`abolished` event), in force on
 * 31 December (issued by then, not ended by then). Only published items are in the register.
 */
import { and, asc, eq, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import type { InfoItemStatus, Validity } from '../../domain/catalog/info-item.ts';
import type { RegisterEventKind, RegisterKind } from '../../domain/catalog/register.ts';
import type { RegisterCounts } from '../../domain/catalog/table-a.ts';
import type { InterpretationItem, NewStoredRegisterEvent, RegisterItem, RegisterScope, StoredRegisterEvent } from '../../use-cases/catalog/register/register-store.ts';
import { queryRows, type Database } from '../database.ts';
import { catalogSettings, infoItemHistory, infoItems, registerEvents } from '../schema/catalog.ts';
import { isUuid } from './ids.ts';

const registerKinds: RegisterKind[] = ['regulation', 'normativeDocument'];
/** Fixed key of the transaction lock that serialises the automatic expiry runs. */
const expiryLockKey = 7_146_031_205;

const itemColumns = {
  id: infoItems.id,
  agencyId: infoItems.agencyId,
  kind: infoItems.kind,
  indexNumber: infoItems.indexNumber,
  title: infoItems.title,
  publisher: infoItems.publisher,
  documentNumber: infoItems.documentNumber,
  publishedOn: infoItems.publishedOn,
  status: infoItems.status,
  validity: infoItems.validity,
  validFrom: infoItems.validFrom,
  validUntil: infoItems.validUntil,
};

type ItemRow = Pick<typeof infoItems.$inferSelect, keyof typeof itemColumns>;

function toItem(row: ItemRow): RegisterItem {
  return { ...row, kind: row.kind as RegisterKind, status: row.status as InfoItemStatus, validity: row.validity as Validity | null };
}

const isRegisterKind = inArray(infoItems.kind, registerKinds);
const isPublished = eq(infoItems.status, 'published');

function uuids(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isUuid))];
}

export async function listRegisterItems(db: Database, agencyIds: readonly string[]): Promise<RegisterItem[]> {
  const ids = uuids(agencyIds);
  if (ids.length === 0) return [];
  const rows = await db.select(itemColumns).from(infoItems).where(and(inArray(infoItems.agencyId, ids), isRegisterKind, isPublished)).orderBy(asc(infoItems.indexNumber));
  return rows.map(toItem);
}

export async function listRegisterItemsById(db: Database, itemIds: readonly string[]): Promise<RegisterItem[]> {
  const ids = uuids(itemIds);
  if (ids.length === 0) return [];
  const rows = await db.select(itemColumns).from(infoItems).where(and(inArray(infoItems.id, ids), isRegisterKind));
  return rows.map(toItem);
}

export async function findRegisterItem(db: Database, itemId: string, options: { lock?: boolean } = {}): Promise<RegisterItem | null> {
  if (!isUuid(itemId)) return null;
  const query = db.select(itemColumns).from(infoItems).where(and(eq(infoItems.id, itemId), isRegisterKind));
  const [row] = options.lock === true ? await query.for('update') : await query;
  return row === undefined ? null : toItem(row);
}

type EventRow = typeof registerEvents.$inferSelect;

function toEvent(row: EventRow): StoredRegisterEvent {
  return { ...row, event: row.event as RegisterEventKind };
}

export async function listRegisterEvents(db: Database, itemIds: readonly string[]): Promise<StoredRegisterEvent[]> {
  const ids = uuids(itemIds);
  if (ids.length === 0) return [];
  const rows = await db.select().from(registerEvents).where(inArray(registerEvents.itemId, ids)).orderBy(asc(registerEvents.id));
  return rows.map(toEvent);
}

/** Events of other documents that name `itemId` as the document that amended or abolished them. */
export async function listEventsNaming(db: Database, itemId: string): Promise<StoredRegisterEvent[]> {
  if (!isUuid(itemId)) return [];
  const rows = await db.select().from(registerEvents).where(eq(registerEvents.relatedItemId, itemId)).orderBy(asc(registerEvents.effectiveOn), asc(registerEvents.id));
  return rows.map(toEvent);
}

export async function insertRegisterEvent(db: Database, event: NewStoredRegisterEvent): Promise<StoredRegisterEvent> {
  const [row] = await db.insert(registerEvents).values(event).returning();
  return toEvent(row!);
}

// The history's actions are verbs (submit, approve, withdraw …), as the catalogue's history writes them.
const historyActions: Record<RegisterEventKind, string> = { issued: 'issue', amended: 'amend', expired: 'expire', abolished: 'abolish' };

/** The item's validity, and a history line for the change (the item stays published). */
export async function recordValidityChange(
  db: Database,
  change: { itemId: string; agencyId: string; validity: Validity | null; action: RegisterEventKind; actorAccountId: string | null; comment: string | null; at: Date },
): Promise<void> {
  await db.update(infoItems).set({ validity: change.validity, updatedAt: change.at }).where(eq(infoItems.id, change.itemId));
  await db.insert(infoItemHistory).values({
    itemId: change.itemId,
    agencyId: change.agencyId,
    action: historyActions[change.action],
    stage: null,
    fromStatus: 'published',
    toStatus: 'published',
    actorAccountId: change.actorAccountId,
    comment: change.comment,
    at: change.at,
  });
}

/** The published interpretations of the documents. */
export async function listInterpretations(db: Database, itemIds: readonly string[]): Promise<InterpretationItem[]> {
  const ids = uuids(itemIds);
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: infoItems.id, agencyId: infoItems.agencyId, title: infoItems.title, indexNumber: infoItems.indexNumber, publishedOn: infoItems.publishedOn, interpretsItemId: infoItems.interpretsItemId })
    .from(infoItems)
    .where(and(inArray(infoItems.interpretsItemId, ids), eq(infoItems.kind, 'interpretation'), isPublished))
    .orderBy(asc(infoItems.publishedOn), asc(infoItems.indexNumber));
  return rows.map((row) => ({ ...row, interpretsItemId: row.interpretsItemId! }));
}

export async function listInterpretationDueDays(db: Database, agencyIds: readonly string[]): Promise<Map<string, number>> {
  const ids = uuids(agencyIds);
  if (ids.length === 0) return new Map();
  const rows = await db.select({ agencyId: catalogSettings.agencyId, days: catalogSettings.interpretationDueWorkingDays }).from(catalogSettings).where(inArray(catalogSettings.agencyId, ids));
  return new Map(rows.map((row) => [row.agencyId, row.days]));
}

export async function lockExpiryRun(db: Database): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${expiryLockKey})`);
}

/** Published documents not ended, whose validity period ends before `date` (locked: the run updates them). */
export async function listExpiryCandidates(db: Database, date: IsoDate): Promise<RegisterItem[]> {
  const ended = sql`exists (select 1 from ${registerEvents} e where e.item_id = ${infoItems.id} and e.event in ('expired', 'abolished'))`;
  const rows = await db
    .select(itemColumns)
    .from(infoItems)
    .where(and(isRegisterKind, isPublished, isNotNull(infoItems.validUntil), lt(infoItems.validUntil, date), sql`not ${ended}`))
    .orderBy(asc(infoItems.id))
    .for('update');
  return rows.map(toItem);
}

/** Each published document of the scope with its issue and end dates. */
function documentDates(scope: RegisterScope): SQL {
  const ids = sql.join(uuids(scope.agencyIds).map((id) => sql`${id}::uuid`), sql`, `);
  return sql`documents as (
    select i.kind,
           (select min(e.effective_on) from register_events e where e.item_id = i.id and e.event = 'issued') as issued_on,
           (select min(e.effective_on) from register_events e where e.item_id = i.id and e.event in ('expired', 'abolished')) as ended_on
    from info_items i
    where i.agency_id in (${ids}) and i.status = 'published' and i.kind in ('regulation', 'normativeDocument')
  )`;
}

export async function countRegisterFigures(db: Database, scope: RegisterScope): Promise<RegisterCounts> {
  const counts: RegisterCounts = { regulations: { issued: 0, abolished: 0, inForce: 0 }, normativeDocuments: { issued: 0, abolished: 0, inForce: 0 } };
  if (uuids(scope.agencyIds).length === 0) return counts;
  const first = `${scope.year}-01-01`;
  const last = `${scope.year}-12-31`;
  const rows = await queryRows<{ kind: string; issued: number; abolished: number; in_force: number }>(
    db,
    sql`with ${documentDates(scope)}
        select kind,
               count(*) filter (where issued_on between ${first}::date and ${last}::date)::int as issued,
               count(*) filter (where ended_on between ${first}::date and ${last}::date)::int as abolished,
               count(*) filter (where issued_on <= ${last}::date and (ended_on is null or ended_on > ${last}::date))::int as in_force
        from documents
        group by kind`,
  );
  for (const row of rows) {
    const target = row.kind === 'regulation' ? counts.regulations : counts.normativeDocuments;
    Object.assign(target, { issued: row.issued, abolished: row.abolished, inForce: row.in_force });
  }
  return counts;
}

/**
 * The public catalogue's queries: published items with their filters and the counts per filter
 * value, one item by its permanent URL (agency + 索引号), its attachments, interpretations and
 * register events, the feed's latest items and the sitemap's pages. Nothing here is shown unless
 * `status = 'published'` — except an item withdrawn after publication, found only by its URL.
 */
import { and, asc, count, desc, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { catalogFacets } from '../../use-cases/catalog/portal/catalog-portal-store.ts';
import type {
  AttachmentFile,
  AttachmentInfo,
  CatalogFacet,
  CatalogQuery,
  CatalogRow,
  FacetCount,
  FeedRow,
  ItemLinkRecord,
  PublicItemRecord,
  RegisterEventKind,
  RegisterEventRecord,
  SitemapRow,
} from '../../use-cases/catalog/portal/catalog-portal-store.ts';
import type { InfoItemKind, Validity } from '../../domain/catalog/info-item.ts';
import { queryRows, type Database } from '../database.ts';
import { agencies } from '../schema/agencies.ts';
import { infoItemAttachments, infoItems, registerEvents } from '../schema/catalog.ts';
import { isUuid } from './ids.ts';

const isPublished = eq(infoItems.status, 'published');

/** The conditions of a catalogue query, on top of `status = 'published'`. */
function catalogConditions(query: CatalogQuery): SQL[] {
  const conditions: SQL[] = [isPublished];
  if (query.agencyId !== undefined) conditions.push(isUuid(query.agencyId) ? eq(infoItems.agencyId, query.agencyId) : sql`false`);
  if (query.subjectCodes !== undefined) conditions.push(inCodes(infoItems.subjectCode, query.subjectCodes));
  if (query.genreCodes !== undefined) conditions.push(inCodes(infoItems.genreCode, query.genreCodes));
  if (query.year !== undefined) {
    conditions.push(sql`${infoItems.publishedOn} >= ${`${query.year}-01-01`}::date`, sql`${infoItems.publishedOn} < ${`${query.year + 1}-01-01`}::date`);
  }
  if (query.kind !== undefined) conditions.push(eq(infoItems.kind, query.kind));
  return conditions;
}

function inCodes(column: typeof infoItems.subjectCode | typeof infoItems.genreCode, codes: readonly string[]): SQL {
  return codes.length === 0 ? sql`false` : inArray(column, [...codes]);
}

const catalogColumns = {
  id: infoItems.id,
  agencyCode: agencies.code,
  agencyName: agencies.name,
  indexNumber: infoItems.indexNumber,
  title: infoItems.title,
  publisher: infoItems.publisher,
  documentNumber: infoItems.documentNumber,
  publishedOn: infoItems.publishedOn,
  kind: infoItems.kind,
  validity: infoItems.validity,
};

export async function listPublishedItems(db: Database, query: CatalogQuery, page: { offset: number; limit: number }): Promise<CatalogRow[]> {
  const rows = await db
    .select(catalogColumns)
    .from(infoItems)
    .innerJoin(agencies, eq(agencies.id, infoItems.agencyId))
    .where(and(...catalogConditions(query)))
    // Newest first; items of one day in the order they were published, then by number.
    .orderBy(desc(infoItems.publishedOn), sql`${infoItems.publishedAt} desc nulls last`, desc(infoItems.indexNumber))
    .offset(page.offset)
    .limit(page.limit);
  return rows.map(toCatalogRow);
}

/** What each dimension groups by (year: of the publication date). */
const facetColumns: Record<CatalogFacet, SQL> = {
  agency: sql`${infoItems.agencyId}`,
  subject: sql`${infoItems.subjectCode}`,
  genre: sql`${infoItems.genreCode}`,
  year: sql`extract(year from ${infoItems.publishedOn})`,
  kind: sql`${infoItems.kind}`,
};

/** The query's conditions without the one on `facet` (a dimension's counts are not narrowed by its own filter). */
function conditionsExcept(query: CatalogQuery, facet: CatalogFacet | null): SQL {
  const { agencyId, subjectCodes, genreCodes, year, kind, ...rest } = query;
  const kept: CatalogQuery = {
    ...rest,
    ...(facet === 'agency' || agencyId === undefined ? {} : { agencyId }),
    ...(facet === 'subject' || subjectCodes === undefined ? {} : { subjectCodes }),
    ...(facet === 'genre' || genreCodes === undefined ? {} : { genreCodes }),
    ...(facet === 'year' || year === undefined ? {} : { year }),
    ...(facet === 'kind' || kind === undefined ? {} : { kind }),
  };
  return and(...catalogConditions(kept)) ?? sql`true`;
}

/**
 * Published items per value of each dimension — each counted under the other dimensions' filters —
 * and the total under all of them, in ONE scan: a grouping set per dimension, a FILTER per count.
 */
export async function countCatalogFacets(db: Database, query: CatalogQuery): Promise<{ total: number; counts: Record<CatalogFacet, FacetCount[]> }> {
  const groups = sql.join(
    catalogFacets.map((facet) => sql`(${facetColumns[facet]})`),
    sql`, `,
  );
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select ${sql.join(
      catalogFacets.map((facet) => sql`(${facetColumns[facet]})::text as ${sql.identifier(`v_${facet}`)}, grouping(${facetColumns[facet]})::int as ${sql.identifier(`g_${facet}`)}, (count(*) filter (where ${conditionsExcept(query, facet)}))::int as ${sql.identifier(`n_${facet}`)}`),
      sql`, `,
    )}, (count(*) filter (where ${conditionsExcept(query, null)}))::int as n_total
        from ${infoItems}
        where ${isPublished}
        group by grouping sets (${groups}, ())`,
  );
  const counts = Object.fromEntries(catalogFacets.map((facet) => [facet, [] as FacetCount[]])) as Record<CatalogFacet, FacetCount[]>;
  let total = 0;
  for (const row of rows) {
    const facet = catalogFacets.find((f) => Number(row[`g_${f}`]) === 0);
    if (facet === undefined) {
      total = Number(row['n_total'] ?? 0);
      continue;
    }
    const count = Number(row[`n_${facet}`] ?? 0);
    if (count > 0) counts[facet].push({ value: String(row[`v_${facet}`]), count });
  }
  return { total, counts };
}

/** The item at its permanent URL: published, or withdrawn after publication (a scheduled item was never public). */
export async function findPublicItem(db: Database, agencyCode: string, indexNumber: string): Promise<PublicItemRecord | null> {
  const [row] = await db
    .select({ item: infoItems, agencyCode: agencies.code, agencyName: agencies.name })
    .from(infoItems)
    .innerJoin(agencies, eq(agencies.id, infoItems.agencyId))
    .where(
      and(
        eq(agencies.code, agencyCode),
        eq(infoItems.indexNumber, indexNumber),
        isNotNull(infoItems.publishedOn),
        or(isPublished, eq(infoItems.status, 'withdrawn')),
      ),
    );
  if (row === undefined) return null;
  const { item } = row;
  return {
    id: item.id,
    agencyId: item.agencyId,
    agencyCode: row.agencyCode,
    agencyName: row.agencyName,
    indexNumber: item.indexNumber,
    kind: item.kind as InfoItemKind,
    title: item.title,
    publisher: item.publisher,
    documentNumber: item.documentNumber,
    writtenOn: item.writtenOn,
    publishedOn: item.publishedOn!,
    subjectCode: item.subjectCode,
    genreCode: item.genreCode,
    validity: item.validity as Validity | null,
    validFrom: item.validFrom,
    validUntil: item.validUntil,
    bodyHtml: item.bodyHtml,
    status: item.status === 'published' ? 'published' : 'withdrawn',
    withdrawnAt: item.withdrawnAt,
    interpretsItemId: item.interpretsItemId,
    updatedAt: item.updatedAt,
  };
}

const linkColumns = {
  id: infoItems.id,
  agencyCode: agencies.code,
  indexNumber: infoItems.indexNumber,
  title: infoItems.title,
  documentNumber: infoItems.documentNumber,
  publishedOn: infoItems.publishedOn,
};

export async function findPublishedItemLink(db: Database, itemId: string): Promise<ItemLinkRecord | null> {
  if (!isUuid(itemId)) return null;
  const [row] = await db.select(linkColumns).from(infoItems).innerJoin(agencies, eq(agencies.id, infoItems.agencyId)).where(and(eq(infoItems.id, itemId), isPublished));
  return row === undefined ? null : toLink(row);
}

export async function listInterpretationsOf(db: Database, itemId: string): Promise<ItemLinkRecord[]> {
  if (!isUuid(itemId)) return [];
  const rows = await db
    .select(linkColumns)
    .from(infoItems)
    .innerJoin(agencies, eq(agencies.id, infoItems.agencyId))
    .where(and(eq(infoItems.interpretsItemId, itemId), eq(infoItems.kind, 'interpretation'), isPublished))
    .orderBy(asc(infoItems.publishedOn), asc(infoItems.indexNumber));
  return rows.map(toLink);
}

const related = alias(infoItems, 'related_item');
const relatedAgency = alias(agencies, 'related_agency');

/** Register events joined to the document at their other end, when that document is published. */
async function listEvents(db: Database, where: SQL, otherEnd: 'related' | 'owner'): Promise<RegisterEventRecord[]> {
  const joinOn = otherEnd === 'related' ? eq(related.id, registerEvents.relatedItemId) : eq(related.id, registerEvents.itemId);
  const rows = await db
    .select({
      event: registerEvents.event,
      effectiveOn: registerEvents.effectiveOn,
      note: registerEvents.note,
      id: related.id,
      agencyCode: relatedAgency.code,
      indexNumber: related.indexNumber,
      title: related.title,
      documentNumber: related.documentNumber,
      publishedOn: related.publishedOn,
    })
    .from(registerEvents)
    .leftJoin(related, and(joinOn, eq(related.status, 'published')))
    .leftJoin(relatedAgency, eq(relatedAgency.id, related.agencyId))
    .where(where)
    .orderBy(asc(registerEvents.effectiveOn), asc(registerEvents.id));
  return rows.map((r) => ({
    event: r.event as RegisterEventKind,
    effectiveOn: r.effectiveOn,
    note: r.note,
    related:
      r.id === null || r.agencyCode === null || r.indexNumber === null || r.title === null || r.publishedOn === null
        ? null
        : { id: r.id, agencyCode: r.agencyCode, indexNumber: r.indexNumber, title: r.title, documentNumber: r.documentNumber, publishedOn: r.publishedOn },
  }));
}

export async function listRegisterEventsOf(db: Database, itemId: string): Promise<RegisterEventRecord[]> {
  if (!isUuid(itemId)) return [];
  return listEvents(db, eq(registerEvents.itemId, itemId), 'related');
}

export async function listRegisterEventsBy(db: Database, itemId: string): Promise<RegisterEventRecord[]> {
  if (!isUuid(itemId)) return [];
  return listEvents(db, eq(registerEvents.relatedItemId, itemId), 'owner');
}

const attachmentColumns = {
  id: infoItemAttachments.id,
  fileName: infoItemAttachments.fileName,
  mediaType: infoItemAttachments.mediaType,
  sizeBytes: infoItemAttachments.sizeBytes,
  sha256: infoItemAttachments.sha256,
};

export async function listItemAttachments(db: Database, itemId: string): Promise<AttachmentInfo[]> {
  if (!isUuid(itemId)) return [];
  return db.select(attachmentColumns).from(infoItemAttachments).where(eq(infoItemAttachments.itemId, itemId)).orderBy(asc(infoItemAttachments.position), asc(infoItemAttachments.createdAt));
}

export async function readItemAttachment(db: Database, itemId: string, attachmentId: string): Promise<AttachmentFile | null> {
  if (!isUuid(itemId) || !isUuid(attachmentId)) return null;
  const [row] = await db
    .select({ ...attachmentColumns, content: infoItemAttachments.content })
    .from(infoItemAttachments)
    .where(and(eq(infoItemAttachments.id, attachmentId), eq(infoItemAttachments.itemId, itemId)));
  return row ?? null;
}

export async function listLatestPublished(db: Database, query: { agencyId: string | null; limit: number }): Promise<FeedRow[]> {
  if (query.agencyId !== null && !isUuid(query.agencyId)) return [];
  const rows = await db
    .select({
      agencyCode: agencies.code,
      indexNumber: infoItems.indexNumber,
      title: infoItems.title,
      publisher: infoItems.publisher,
      documentNumber: infoItems.documentNumber,
      publishedOn: infoItems.publishedOn,
      publishedAt: infoItems.publishedAt,
      summary: sql<string>`left(${infoItems.bodyText}, 200)`,
    })
    .from(infoItems)
    .innerJoin(agencies, eq(agencies.id, infoItems.agencyId))
    .where(and(isPublished, query.agencyId === null ? undefined : eq(infoItems.agencyId, query.agencyId)))
    .orderBy(desc(infoItems.publishedOn), sql`${infoItems.publishedAt} desc nulls last`, desc(infoItems.indexNumber))
    .limit(query.limit);
  return rows.map((r) => ({ ...r, publishedOn: r.publishedOn!, summary: String(r.summary ?? '') }));
}

export async function countSitemapItems(db: Database): Promise<number> {
  const [row] = await db.select({ value: count() }).from(infoItems).where(isPublished);
  return Number(row?.value ?? 0);
}

export async function listSitemapItems(db: Database, page: { offset: number; limit: number }): Promise<SitemapRow[]> {
  const rows = await db
    .select({
      agencyCode: agencies.code,
      indexNumber: infoItems.indexNumber,
      lastModified: sql<Date>`greatest(${infoItems.updatedAt}, coalesce(${infoItems.publishedAt}, ${infoItems.updatedAt}))`.mapWith(infoItems.updatedAt),
    })
    .from(infoItems)
    .innerJoin(agencies, eq(agencies.id, infoItems.agencyId))
    .where(isPublished)
    .orderBy(asc(infoItems.publishedOn), asc(infoItems.id))
    .offset(page.offset)
    .limit(page.limit);
  return rows;
}

function toCatalogRow(row: Omit<CatalogRow, 'publishedOn' | 'kind' | 'validity'> & { publishedOn: string | null; kind: string; validity: string | null }): CatalogRow {
  return { ...row, publishedOn: row.publishedOn ?? '', kind: row.kind as InfoItemKind, validity: row.validity as Validity | null };
}

function toLink(row: Omit<ItemLinkRecord, 'publishedOn'> & { publishedOn: string | null }): ItemLinkRecord {
  return { ...row, publishedOn: row.publishedOn ?? '' };
}

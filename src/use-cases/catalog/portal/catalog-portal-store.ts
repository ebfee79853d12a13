/**
 * What the public catalogue needs from the database (implemented by src/db/repositories/
 * catalog-portal.ts, wired in src/http/portal/catalog/catalog-portal-stores.ts). Only published
 * items are listed; a withdrawn item is found by its permanent URL to say that it was withdrawn.
 * Every read is a single query, so no transaction is needed.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { ClassificationNode, ClassificationScheme } from '../../../domain/catalog/classification.ts';
import type { InfoItemKind, Validity } from '../../../domain/catalog/info-item.ts';

/** Which published items: every condition optional; codes within one list are alternatives. */
export interface CatalogQuery {
  agencyId?: string;
  subjectCodes?: readonly string[];
  genreCodes?: readonly string[];
  year?: number;
  kind?: InfoItemKind;
}

/** The dimensions the catalogue counts its items by (the counts beside each filter value). */
export const catalogFacets = ['agency', 'subject', 'genre', 'year', 'kind'] as const;
export type CatalogFacet = (typeof catalogFacets)[number];

/** How many published items have one value of a dimension (the value as text: an id, a code, a year). */
export interface FacetCount {
  value: string;
  count: number;
}

/** One row of the catalogue. */
export interface CatalogRow {
  id: string;
  agencyCode: string;
  agencyName: string;
  indexNumber: string;
  title: string;
  publisher: string;
  documentNumber: string | null;
  publishedOn: string;
  kind: InfoItemKind;
  validity: Validity | null;
}

export interface StoredClassification extends ClassificationNode {
  scheme: ClassificationScheme;
  position: number;
}

/** An item reached by its permanent URL: published, or withdrawn after it was published. */
export interface PublicItemRecord {
  id: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  indexNumber: string;
  kind: InfoItemKind;
  title: string;
  publisher: string;
  documentNumber: string | null;
  writtenOn: string | null;
  publishedOn: string;
  subjectCode: string;
  genreCode: string;
  validity: Validity | null;
  validFrom: string | null;
  validUntil: string | null;
  /** Sanitised on the way in; the only HTML the portal renders unescaped. */
  bodyHtml: string;
  status: 'published' | 'withdrawn';
  withdrawnAt: Date | null;
  interpretsItemId: string | null;
  updatedAt: Date;
}

/** Enough of a published item to link to it. */
export interface ItemLinkRecord {
  id: string;
  agencyCode: string;
  indexNumber: string;
  title: string;
  documentNumber: string | null;
  publishedOn: string;
}

export type RegisterEventKind = 'issued' | 'amended' | 'expired' | 'abolished';

/** A register event of the item, or of another document that the item amended or abolished. */
export interface RegisterEventRecord {
  event: RegisterEventKind;
  effectiveOn: string;
  note: string | null;
  /** On the item's own events: the document that amended or abolished it; else the document it acted on. Null when not published. */
  related: ItemLinkRecord | null;
}

export interface AttachmentInfo {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export interface AttachmentFile extends AttachmentInfo {
  content: Uint8Array;
}

export interface FeedRow {
  agencyCode: string;
  indexNumber: string;
  title: string;
  publisher: string;
  documentNumber: string | null;
  publishedOn: string;
  publishedAt: Date | null;
  /** The start of the body's plain text, for the summary. */
  summary: string;
}

export interface SitemapRow {
  agencyCode: string;
  indexNumber: string;
  lastModified: Date;
}

export interface CatalogPortalStore {
  listAgencies(): Promise<Agency[]>;
  listClassifications(): Promise<StoredClassification[]>;
  /** One page of published items, newest first (the total comes with the counts). */
  listPublishedItems(query: CatalogQuery, page: { offset: number; limit: number }): Promise<CatalogRow[]>;
  /** Per dimension, the items of each value under the OTHER dimensions' filters; and the total under all. */
  countCatalogFacets(query: CatalogQuery): Promise<{ total: number; counts: Record<CatalogFacet, FacetCount[]> }>;
  findPublicItem(agencyCode: string, indexNumber: string): Promise<PublicItemRecord | null>;
  findPublishedItemLink(itemId: string): Promise<ItemLinkRecord | null>;
  /** Published interpretations of the item, oldest first. */
  listInterpretationsOf(itemId: string): Promise<ItemLinkRecord[]>;
  /** The item's own register events, oldest first. */
  listRegisterEventsOf(itemId: string): Promise<RegisterEventRecord[]>;
  /** The amendments and abolitions the item made to other documents, oldest first. */
  listRegisterEventsBy(itemId: string): Promise<RegisterEventRecord[]>;
  listAttachments(itemId: string): Promise<AttachmentInfo[]>;
  readAttachment(itemId: string, attachmentId: string): Promise<AttachmentFile | null>;
  /** The latest published items, newest first. */
  listLatestPublished(query: { agencyId: string | null; limit: number }): Promise<FeedRow[]>;
  countSitemapItems(): Promise<number>;
  /** Published items in a stable order, for one sitemap page. */
  listSitemapItems(page: { offset: number; limit: number }): Promise<SitemapRow[]>;
}

export interface CatalogPortalDeps {
  store: CatalogPortalStore;
  now: () => Date;
}

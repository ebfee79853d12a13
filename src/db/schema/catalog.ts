/**
 * 主动公开: the catalogue (info items with their standard metadata), their review history, their
 * attachments, the register events of rules and normative documents, the Art. 20 figures, and the
 * classification trees and index-number settings the catalogue is built with.
 *
 * Search: `search_vector` is written by the application from @node-rs/jieba tokens (title weight A,
 * body B, attachment text C) into PostgreSQL's `simple` configuration, the same on PGlite and
 * PostgreSQL; `title` has a pg_trgm index for fuzzy matching.
 */
import { sql } from 'drizzle-orm';
import { bigserial, check, customType, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';
import { accounts } from './accounts.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => 'tsvector' });

/** Per agency: how 索引号 are made, and how soon a normative document needs its interpretation. */
export const catalogSettings = pgTable('catalog_settings', {
  agencyId: uuid('agency_id').primaryKey().references(() => agencies.id),
  /** e.g. `{creditCode}/{year}-{seq:5}` (domain/catalog/index-number.ts). */
  indexPattern: text('index_pattern').notNull(),
  interpretationDueWorkingDays: integer('interpretation_due_working_days').notNull().default(3),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The subject (主题分类) and genre (体裁分类) trees, platform-wide, editable by the system admin. */
export const classifications = pgTable(
  'classifications',
  {
    scheme: text('scheme').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    parentCode: text('parent_code'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'classifications_pkey', columns: [t.scheme, t.code] }),
    check('classifications_scheme_check', sql`${t.scheme} in ('subject', 'genre')`),
  ],
);

/** The last sequence number used in an agency's 索引号 per year (gapless, taken under a row lock). */
export const indexSequences = pgTable(
  'index_sequences',
  {
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'index_sequences_pkey', columns: [t.agencyId, t.year] })],
);

export const infoItems = pgTable(
  'info_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    /** 索引号, unique per agency; the permanent URL is /agencies/{code}/items/{index_number}. */
    indexNumber: text('index_number').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher').notNull(),
    documentNumber: text('document_number'),
    writtenOn: date('written_on', { mode: 'string' }),
    /** Set when the item is published (the date shown in the catalogue). */
    publishedOn: date('published_on', { mode: 'string' }),
    subjectCode: text('subject_code').notNull(),
    genreCode: text('genre_code').notNull(),
    /** Register kinds: derived from the register events (domain/catalog/register.ts); null otherwise. */
    validity: text('validity'),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    /** Sanitised on the way in (domain/catalog/sanitize-body.ts); `body_text` is its plain text. */
    bodyHtml: text('body_html').notNull().default(''),
    bodyText: text('body_text').notNull().default(''),
    status: text('status').notNull(),
    authorAccountId: uuid('author_account_id').references(() => accounts.id),
    /** Publication time chosen at 终审 approval; a timer publishes the item then. */
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    interpretsItemId: uuid('interprets_item_id'),
    searchVector: tsvector('search_vector'),
    version: integer('version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('info_items_agency_index_number_key').on(t.agencyId, t.indexNumber),
    index('info_items_agency_status_published_idx').on(t.agencyId, t.status, t.publishedOn),
    index('info_items_status_published_idx').on(t.status, t.publishedOn),
    index('info_items_interprets_idx').on(t.interpretsItemId),
    index('info_items_search_idx').using('gin', t.searchVector),
    index('info_items_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    check('info_items_kind_check', sql`${t.kind} in ('general', 'regulation', 'normativeDocument', 'interpretation')`),
    check(
      'info_items_status_check',
      sql`${t.status} in ('draft', 'firstReview', 'secondReview', 'finalReview', 'scheduled', 'published', 'withdrawn')`,
    ),
    check('info_items_validity_check', sql`${t.validity} is null or ${t.validity} in ('inForce', 'amended', 'expired', 'abolished')`),
  ],
);

/** Every step of an item's life: created, edited, submitted, approved/sent back per stage, published, withdrawn. */
export const infoItemHistory = pgTable(
  'info_item_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    itemId: uuid('item_id').notNull().references(() => infoItems.id),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    action: text('action').notNull(),
    /** The review stage the action was taken at, if any. */
    stage: text('stage'),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    /** Null when the system acted (scheduled publication, automatic expiry). */
    actorAccountId: uuid('actor_account_id').references(() => accounts.id),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('info_item_history_item_idx').on(t.itemId, t.id)],
);

export const infoItemAttachments = pgTable(
  'info_item_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id').notNull().references(() => infoItems.id),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    fileName: text('file_name').notNull(),
    /** Sniffed from the content, never taken from the upload's headers. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    /** Text extracted for search (PDF/DOCX/XLSX); empty for images. */
    extractedText: text('extracted_text').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('info_item_attachments_item_idx').on(t.itemId, t.position)],
);

/**
 * The register of rules and normative documents: issued → amended → expired/abolished, with the
 * date each took effect and the document that amended or abolished it. The item's `validity` is
 * derived from these events.
 */
export const registerEvents = pgTable(
  'register_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    itemId: uuid('item_id').notNull().references(() => infoItems.id),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    event: text('event').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    /** The amending or abolishing document, when it is in the catalogue. */
    relatedItemId: uuid('related_item_id').references(() => infoItems.id),
    note: text('note'),
    recordedByAccountId: uuid('recorded_by_account_id').references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('register_events_item_idx').on(t.itemId, t.effectiveOn),
    index('register_events_agency_effective_idx').on(t.agencyId, t.effectiveOn),
    check('register_events_event_check', sql`${t.event} in ('issued', 'amended', 'expired', 'abolished')`),
  ],
);

/** Art. 20 figures per agency and year (table A rows 五, 六, 八); null = not entered. */
export const art20Figures = pgTable(
  'art20_figures',
  {
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    year: integer('year').notNull(),
    licensingDecisions: integer('licensing_decisions'),
    penaltyDecisions: integer('penalty_decisions'),
    enforcementDecisions: integer('enforcement_decisions'),
    /** 本年收费金额（万元）, a decimal kept exactly as entered. */
    feesWanYuan: text('fees_wan_yuan'),
    updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'art20_figures_pkey', columns: [t.agencyId, t.year] })],
);

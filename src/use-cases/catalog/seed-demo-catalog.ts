/**
 * Seeds the demo county's catalogue once, after its applications: about 400 items from January
 * 2025 to today with their review histories, 索引号 from each agency's pattern (the sequences
 * advanced past them), the register events of the normative documents, the DOCX originals of some
 * of them, the Art. 20 figures, a catalogue settings row per agency, and the search vectors. Skipped when the county's agencies
 * already have items; refused in production, like the county.
 */
import type { Agency } from '../../domain/agencies/agency.ts';
import type { AuditEntry, AuditEntryContent } from '../../domain/audit/audit-entry.ts';
import { generateDemoCatalog, type DemoCatalog, type DemoItem } from '../../domain/catalog/demo-items.ts';
import { checkCatalogAttachment } from '../../domain/catalog/attachment-rules.ts';
import { writeDemoAttachments } from '../../domain/catalog/demo-attachments.ts';
import { defaultIndexPattern, formatIndexNumber } from '../../domain/catalog/index-number.ts';
import type { InfoItemStatus, ReviewStage } from '../../domain/catalog/info-item.ts';
import type { RegisterEventKind } from '../../domain/catalog/register.ts';
import { extractAttachmentText } from '../../domain/search/extract-text.ts';
import type { CalendarRows } from '../applications/calendar-rows.ts';
import { chinaDateOf } from '../applications/china-date.ts';
import { calendarFromRows } from '../applications/load-calendar.ts';
import { recordAuditEntry } from '../record-audit-entry.ts';
import { DemoSeedForbiddenError } from '../seed-demo-county.ts';
import type { InfoItemRecord } from './items/info-item-store.ts';

/** An item row as the catalogue stores it; demo items are never edited, so they start at version 0. */
export type DemoItemRow = Omit<InfoItemRecord, 'version'>;

export interface DemoHistoryRow {
  itemId: string;
  agencyId: string;
  action: string;
  stage: ReviewStage | null;
  fromStatus: InfoItemStatus | null;
  toStatus: InfoItemStatus;
  actorAccountId: string | null;
  comment: string | null;
  at: Date;
}

export interface DemoRegisterEventRow {
  itemId: string;
  agencyId: string;
  event: RegisterEventKind;
  effectiveOn: string;
  relatedItemId: string | null;
  note: string | null;
  recordedByAccountId: string | null;
  recordedAt: Date;
}

export interface DemoAttachmentRow {
  itemId: string;
  agencyId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Uint8Array;
  extractedText: string;
  position: number;
  createdAt: Date;
}

export interface DemoCatalogRows {
  items: DemoItemRow[];
  /** The search vector of an item includes its attachments' text. */
  attachments: DemoAttachmentRow[];
  history: DemoHistoryRow[];
  registerEvents: DemoRegisterEventRow[];
  /** The last 索引号 sequence number used, per agency and year. */
  indexSequences: { agencyId: string; year: number; lastValue: number }[];
  catalogSettings: { agencyId: string; indexPattern: string }[];
  art20Figures: { agencyId: string; year: number; licensingDecisions: number; penaltyDecisions: number; enforcementDecisions: number; feesWanYuan: string; updatedAt: Date }[];
}

export interface DemoCatalogStore {
  /** Whether any of these agencies has an item (then the demo catalogue is not seeded). */
  hasInfoItems(agencyIds: readonly string[]): Promise<boolean>;
  listAgencies(): Promise<Agency[]>;
  findAccountIds(usernames: readonly string[]): Promise<Map<string, string>>;
  listCalendarRows(): Promise<CalendarRows>;
  /** The index patterns agencies already have (catalog_settings), by agency id. */
  listIndexPatterns(agencyIds: readonly string[]): Promise<Map<string, string>>;
  /**
   * Everything in batched inserts, the items with their search vectors; settings and Art. 20 rows
   * that exist are left as they are; sequences only move up.
   */
  insertDemoCatalog(rows: DemoCatalogRows): Promise<void>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface SeedDemoCatalogDeps {
  /** One transaction, one seeder at a time. */
  runExclusive<T>(work: (store: DemoCatalogStore) => Promise<T>): Promise<T>;
  newId(): string;
}

export type DemoCatalogOutcome =
  | { seeded: true; items: number; registerEvents: number; attachments: number }
  | { seeded: false; reason: 'hasItems' | 'noDemoCounty' | 'tooEarly' };

const demoUsernames = ['handler', 'handler-jyj', 'reviewer', 'reviewer-2', 'approver'];

export async function seedDemoCatalog(deps: SeedDemoCatalogDeps, options: { now: Date; isProduction: boolean }): Promise<DemoCatalogOutcome> {
  if (options.isProduction) throw new DemoSeedForbiddenError();
  const today = chinaDateOf(options.now);
  return deps.runExclusive(async (store) => {
    const agencies = new Map((await store.listAgencies()).map((a) => [a.code, a]));
    const calendar = calendarFromRows(await store.listCalendarRows());
    const catalog = generateDemoCatalog({ today, calendar });
    if (catalog.items.length === 0) return { seeded: false, reason: 'tooEarly' } as const;
    const codes = new Set([...catalog.items.map((i) => i.agencyCode), ...catalog.art20Figures.map((f) => f.agencyCode)]);
    if ([...codes].some((code) => !agencies.has(code))) return { seeded: false, reason: 'noDemoCounty' } as const;
    const agencyIds = [...codes].map((code) => agencies.get(code)!.id);
    if (await store.hasInfoItems(agencyIds)) return { seeded: false, reason: 'hasItems' } as const;
    const context: RowContext = {
      agencies,
      accounts: await store.findAccountIds(demoUsernames),
      patterns: await store.listIndexPatterns(agencyIds),
      ids: new Map(catalog.items.map((item) => [item.key, deps.newId()])),
      now: options.now,
    };
    const rows = { ...toRows(catalog, context), attachments: await attachmentRows(catalog, context) };
    await store.insertDemoCatalog(rows);
    await recordAuditEntry(
      { append: (entry) => store.appendAudit(entry) },
      { actor: { accountId: null, name: '系统' }, action: 'system.seedDemoCatalog', details: { items: rows.items.length, registerEvents: rows.registerEvents.length, attachments: rows.attachments.length, today } },
      options.now,
    );
    return { seeded: true, items: rows.items.length, registerEvents: rows.registerEvents.length, attachments: rows.attachments.length } as const;
  });
}

interface RowContext {
  agencies: Map<string, Agency>;
  accounts: Map<string, string>;
  patterns: Map<string, string>;
  ids: Map<string, string>;
  now: Date;
}

/** The DOCX originals of some documents, checked as uploads are (type by content, checksum) and their text extracted. */
async function attachmentRows(catalog: DemoCatalog, context: RowContext): Promise<DemoAttachmentRow[]> {
  const byKey = new Map(catalog.items.map((item) => [item.key, item]));
  const rows: DemoAttachmentRow[] = [];
  for (const attachment of await writeDemoAttachments(catalog.items)) {
    const checked = await checkCatalogAttachment({ fileName: attachment.fileName, bytes: attachment.bytes });
    if (!checked.ok) throw new Error(`demo attachment refused: ${checked.issue.message}`);
    const item = byKey.get(attachment.itemKey)!;
    const { fileName, mediaType, sizeBytes, sha256 } = checked.file;
    rows.push({
      itemId: context.ids.get(item.key)!, agencyId: context.agencies.get(item.agencyCode)!.id, fileName, mediaType, sizeBytes, sha256, content: attachment.bytes,
      extractedText: await extractAttachmentText(attachment.bytes, mediaType), position: 0, createdAt: new Date(Math.min(new Date(item.history[0]!.at).getTime(), context.now.getTime())),
    });
  }
  return rows;
}

function toRows(catalog: DemoCatalog, context: RowContext): Omit<DemoCatalogRows, 'attachments'> {
  const agencyId = (code: string) => context.agencies.get(code)!.id;
  const account = (username: string | null) => (username === null ? null : (context.accounts.get(username) ?? null));
  const id = (key: string) => context.ids.get(key)!;
  // Nothing is dated after the moment of seeding (an item drafted this morning, seeded at 7 o'clock).
  const time = (iso: string) => new Date(Math.min(new Date(iso).getTime(), context.now.getTime()));
  const optionalTime = (iso: string | null) => (iso === null ? null : time(iso));
  const items = catalog.items.map((item): DemoItemRow => ({
    id: id(item.key),
    agencyId: agencyId(item.agencyCode),
    indexNumber: indexNumberOf(item, context),
    ...pick(item),
    authorAccountId: account(item.author),
    scheduledAt: item.scheduledAt === null ? null : new Date(item.scheduledAt),
    publishedAt: optionalTime(item.publishedAt),
    withdrawnAt: optionalTime(item.withdrawnAt),
    interpretsItemId: item.interpretsKey === null ? null : id(item.interpretsKey),
    createdAt: time(item.history[0]!.at),
    updatedAt: time(item.history.at(-1)!.at),
  }));
  const history = catalog.items.flatMap((item) =>
    item.history.map((step): DemoHistoryRow => ({
      itemId: id(item.key), agencyId: agencyId(item.agencyCode), action: step.action, stage: step.stage, fromStatus: step.fromStatus, toStatus: step.toStatus,
      actorAccountId: account(step.actor), comment: step.comment, at: time(step.at),
    })),
  );
  const byKey = new Map(catalog.items.map((item) => [item.key, item]));
  const registerEvents = catalog.registerEvents.map((event): DemoRegisterEventRow => {
    const item = byKey.get(event.itemKey)!;
    const recordedAt = event.event === 'issued' && item.publishedAt !== null ? item.publishedAt : `${event.effectiveOn}T10:00:00+08:00`;
    return {
      itemId: id(event.itemKey), agencyId: agencyId(item.agencyCode), event: event.event, effectiveOn: event.effectiveOn,
      relatedItemId: event.relatedKey === null ? null : id(event.relatedKey), note: event.note, recordedByAccountId: account(event.recordedBy), recordedAt: time(recordedAt),
    };
  });
  return { items, history, registerEvents, indexSequences: lastSequences(catalog.items, agencyId), catalogSettings: settingsRows(catalog, context), art20Figures: art20Rows(catalog, agencyId, context.now) };
}

function pick(item: DemoItem) {
  const { kind, title, publisher, documentNumber, writtenOn, publishedOn, subjectCode, genreCode, validity, validFrom, validUntil, bodyHtml, bodyText, status } = item;
  return { kind, title, publisher, documentNumber, writtenOn, publishedOn, subjectCode, genreCode, validity, validFrom, validUntil, bodyHtml, bodyText, status };
}

/** The agency's own pattern when it has one with the year in it (so 2025 and 2026 never collide), else the default. */
function patternOf(agencyId: string, context: RowContext): string {
  const pattern = context.patterns.get(agencyId);
  return pattern !== undefined && pattern.includes('{year}') ? pattern : defaultIndexPattern;
}

function indexNumberOf(item: DemoItem, context: RowContext): string {
  const agency = context.agencies.get(item.agencyCode)!;
  return formatIndexNumber(patternOf(agency.id, context), {
    creditCode: agency.creditCode, agencyCode: agency.code, year: item.indexYear, seq: item.indexSequence, genreCode: item.genreCode, subjectCode: item.subjectCode,
  });
}

function lastSequences(items: readonly DemoItem[], agencyId: (code: string) => string): DemoCatalogRows['indexSequences'] {
  const last = new Map<string, { agencyId: string; year: number; lastValue: number }>();
  for (const item of items) {
    const key = `${item.agencyCode}/${item.indexYear}`;
    const value = Math.max(last.get(key)?.lastValue ?? 0, item.indexSequence);
    last.set(key, { agencyId: agencyId(item.agencyCode), year: item.indexYear, lastValue: value });
  }
  return [...last.values()];
}

function settingsRows(catalog: DemoCatalog, context: RowContext): DemoCatalogRows['catalogSettings'] {
  const codes = new Set(catalog.items.map((item) => item.agencyCode));
  return [...codes].map((code) => ({ agencyId: context.agencies.get(code)!.id, indexPattern: defaultIndexPattern }));
}

function art20Rows(catalog: DemoCatalog, agencyId: (code: string) => string, now: Date): DemoCatalogRows['art20Figures'] {
  return catalog.art20Figures.map(({ agencyCode, ...figures }) => ({ agencyId: agencyId(agencyCode), ...figures, updatedAt: now }));
}

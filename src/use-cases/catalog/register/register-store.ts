/**
 * What the register use cases (rules and normative documents, interpretations, Art. 20 figures,
 * table A) need from the database, inside ONE transaction. Built from the repositories by
 * src/db/stores/register-store.ts.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { AuditEntry, AuditEntryContent } from '../../../domain/audit/audit-entry.ts';
import type { IsoDate } from '../../../domain/calendar/iso-date.ts';
import type { Art20Figures } from '../../../domain/catalog/art20-figures.ts';
import type { InfoItemStatus, Validity } from '../../../domain/catalog/info-item.ts';
import type { RegisterEvent, RegisterEventKind, RegisterKind } from '../../../domain/catalog/register.ts';
import type { RegisterCounts } from '../../../domain/catalog/table-a.ts';
import type { CalendarRows } from '../../applications/calendar-rows.ts';

/** A rule or normative document with the catalogue metadata the register shows. */
export interface RegisterItem {
  id: string;
  agencyId: string;
  kind: RegisterKind;
  indexNumber: string;
  title: string;
  publisher: string;
  documentNumber: string | null;
  publishedOn: IsoDate | null;
  status: InfoItemStatus;
  validity: Validity | null;
  validFrom: IsoDate | null;
  validUntil: IsoDate | null;
}

export interface StoredRegisterEvent extends RegisterEvent {
  id: number;
  itemId: string;
  agencyId: string;
  note: string | null;
  /** Null when the system recorded it (publication, automatic expiry). */
  recordedByAccountId: string | null;
  recordedAt: Date;
}

export interface NewStoredRegisterEvent {
  itemId: string;
  agencyId: string;
  event: RegisterEventKind;
  effectiveOn: IsoDate;
  relatedItemId: string | null;
  note: string | null;
  recordedByAccountId: string | null;
  recordedAt: Date;
}

/** A published 政策解读 and the document it interprets. */
export interface InterpretationItem {
  id: string;
  agencyId: string;
  title: string;
  indexNumber: string;
  publishedOn: IsoDate | null;
  interpretsItemId: string;
}

export interface RegisterScope {
  agencyIds: readonly string[];
  year: number;
}

export interface StoredArt20Figures extends Art20Figures {
  agencyId: string;
  year: number;
  updatedAt: Date;
}

export interface RegisterStore {
  listAgencies(): Promise<Agency[]>;
  /** The published rules and normative documents of the agencies. */
  listRegisterItems(agencyIds: readonly string[]): Promise<RegisterItem[]>;
  /** A rule or normative document in any status; null for another kind or an unknown id. */
  findRegisterItem(itemId: string): Promise<RegisterItem | null>;
  /** The same, locked until the transaction ends (events of one document are recorded one at a time). */
  lockRegisterItem(itemId: string): Promise<RegisterItem | null>;
  /** Rules and normative documents by id (the documents events name). */
  listRegisterItemsById(itemIds: readonly string[]): Promise<RegisterItem[]>;
  /** The events of the documents, in recording order. */
  listRegisterEvents(itemIds: readonly string[]): Promise<StoredRegisterEvent[]>;
  /** The events of other documents that name this one (it amended or abolished them). */
  listEventsNaming(itemId: string): Promise<StoredRegisterEvent[]>;
  insertRegisterEvent(event: NewStoredRegisterEvent): Promise<StoredRegisterEvent>;
  /** The item's `validity` column, and a line in its history (null actor: the system). */
  recordValidityChange(change: { itemId: string; agencyId: string; validity: Validity | null; action: RegisterEventKind; actorAccountId: string | null; comment: string | null; at: Date }): Promise<void>;
  /** The published interpretations of the documents. */
  listInterpretations(itemIds: readonly string[]): Promise<InterpretationItem[]>;
  /** `catalog_settings.interpretation_due_working_days` per agency (absent: the default). */
  listInterpretationDueDays(agencyIds: readonly string[]): Promise<Map<string, number>>;
  listCalendarRows(): Promise<CalendarRows>;
  /** Table A's register rows for the agencies and the year, counted in SQL. */
  countRegisterFigures(scope: RegisterScope): Promise<RegisterCounts>;
  listArt20Figures(scope: RegisterScope): Promise<StoredArt20Figures[]>;
  saveArt20Figures(entry: { agencyId: string; year: number; figures: Art20Figures; accountId: string | null; now: Date }): Promise<void>;
  /** Serialises the automatic expiry (two servers, or a run that overlaps the next). */
  lockExpiryRun(): Promise<void>;
  /** Published documents still in force whose validity period ends before `date`. */
  listExpiryCandidates(date: IsoDate): Promise<RegisterItem[]>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface RegisterDeps {
  /** Runs `work` in one transaction: everything it wrote is rolled back when it throws. */
  transaction<T>(work: (store: RegisterStore) => Promise<T>): Promise<T>;
  now(): Date;
}

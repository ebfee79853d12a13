/**
 * What the demo catalogue is made of (items with their review history, register events) and the
 * builder the generators of demo-items.ts and demo-normative.ts add them to: the working days from
 * January 2025 to today, one author per agency, and the item's review built through the review
 * rules (demo-review.ts).
 */
import type { DemoRandom } from '../agencies/demo-random.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { paragraphsToHtml, type DemoAuthor, type DemoText } from './demo-texts.ts';
import { buildDemoReview, type DemoHistoryStep, type DemoReviewEnd } from './demo-review.ts';
import type { InfoItemKind, InfoItemStatus, Validity } from './info-item.ts';
import type { RegisterEventKind } from './register.ts';
import { bodyText, sanitizeBody } from './sanitize-body.ts';

export interface DemoItem {
  /** The item's name within the demo (`lcx-zrzy/12`), for links between items and events. */
  key: string;
  agencyCode: string;
  kind: InfoItemKind;
  title: string;
  publisher: string;
  documentNumber: string | null;
  writtenOn: IsoDate;
  subjectCode: string;
  genreCode: string;
  validFrom: IsoDate | null;
  validUntil: IsoDate | null;
  /** Register kinds once published: derived from the item's register events. */
  validity: Validity | null;
  bodyHtml: string;
  bodyText: string;
  status: InfoItemStatus;
  /** Username of the demo account that drafted it. */
  author: string;
  history: DemoHistoryStep[];
  /** China date of publication (null until published; kept when withdrawn). */
  publishedOn: IsoDate | null;
  publishedAt: string | null;
  scheduledAt: string | null;
  withdrawnAt: string | null;
  interpretsKey: string | null;
  /** The 索引号's year and gapless sequence number in its agency (in order of creation). */
  indexYear: number;
  indexSequence: number;
}

export interface DemoRegisterEvent {
  itemKey: string;
  event: RegisterEventKind;
  effectiveOn: IsoDate;
  relatedKey: string | null;
  note: string | null;
  /** The demo account that recorded it; null for the system (automatic expiry). */
  recordedBy: string | null;
}

export interface CatalogBuilder {
  random: DemoRandom;
  today: IsoDate;
  /** Working days from the first working day of 2025 to today, in order. */
  days: readonly IsoDate[];
  authors: ReadonlyMap<string, DemoAuthor>;
  items: DemoItem[];
  events: DemoRegisterEvent[];
}

export interface NewDemoItem {
  agencyCode: string;
  kind: InfoItemKind;
  text: DemoText;
  writtenOn: IsoDate;
  author: string;
  end: DemoReviewEnd;
  /** The days of the review steps (see DemoReviewPlan). */
  stepDays: readonly IsoDate[];
  publishAt?: string;
  validFrom?: IsoDate | null;
  validUntil?: IsoDate | null;
  interpretsKey?: string | null;
}

export function addItem(builder: CatalogBuilder, input: NewDemoItem): DemoItem {
  const review = buildDemoReview(builder.random, { author: input.author, end: input.end, days: input.stepDays, ...(input.publishAt === undefined ? {} : { publishAt: input.publishAt }) });
  const html = sanitizeBody(paragraphsToHtml(input.text.paragraphs));
  const item: DemoItem = {
    key: `${input.agencyCode}/${builder.items.length + 1}`,
    agencyCode: input.agencyCode,
    kind: input.kind,
    title: input.text.title,
    publisher: input.text.publisher,
    documentNumber: input.text.documentNumber,
    writtenOn: input.writtenOn,
    subjectCode: input.text.subjectCode,
    genreCode: input.text.genreCode,
    validFrom: input.validFrom ?? null,
    validUntil: input.validUntil ?? null,
    validity: null,
    bodyHtml: html,
    bodyText: bodyText(html),
    status: review.status,
    author: input.author,
    history: review.history,
    publishedOn: review.publishedAt?.slice(0, 10) ?? null,
    publishedAt: review.publishedAt,
    scheduledAt: review.scheduledAt,
    withdrawnAt: review.withdrawnAt,
    interpretsKey: input.interpretsKey ?? null,
    indexYear: 0,
    indexSequence: 0,
  };
  builder.items.push(item);
  return item;
}

/** The index of the first working day on or after the date (days.length when there is none). */
export function dayIndexOf(builder: CatalogBuilder, date: IsoDate): number {
  const index = builder.days.findIndex((day) => day >= date);
  return index === -1 ? builder.days.length : index;
}

/** A working day between the dates (both included), clipped to the builder's days; null if none. */
export function pickDayIndex(builder: CatalogBuilder, from: IsoDate, to: IsoDate): number | null {
  const low = dayIndexOf(builder, from);
  const afterTo = dayIndexOf(builder, to);
  const high = builder.days[afterTo] === to ? afterTo : afterTo - 1;
  return low > high ? null : builder.random.integer(low, high);
}

/**
 * The days of the review steps of an item published on day `published`: drafted and submitted a
 * few working days before, each stage on the same or a later day; then `extra` later days (a
 * withdrawal). Never before the first day.
 */
export function stepDaysUpTo(builder: CatalogBuilder, published: number, extra: readonly number[] = []): IsoDate[] {
  const { random, days } = builder;
  const created = Math.max(0, published - random.integer(0, 3));
  const first = random.integer(created, published);
  const second = random.integer(first, published);
  const indexes = [created, created, first, second, published, ...extra];
  return indexes.map((i) => days[Math.min(i, days.length - 1)]!);
}

/** The 成文日期 of an item drafted on the day of that index: the same day or a few days before. */
export function writtenOnBefore(builder: CatalogBuilder, dayIndex: number): IsoDate {
  return builder.days[Math.max(0, dayIndex - builder.random.integer(0, 4))]!;
}

/** The review days of an item published on that day, and a 成文日期 not after its drafting. */
export function datesOfPublication(builder: CatalogBuilder, published: number, extra: readonly number[] = []): { stepDays: IsoDate[]; writtenOn: IsoDate } {
  const stepDays = stepDaysUpTo(builder, published, extra);
  const writtenOn = writtenOnBefore(builder, published);
  return { stepDays, writtenOn: writtenOn < stepDays[0]! ? writtenOn : stepDays[0]! };
}

/** Gives each item its 索引号 year and sequence: per agency and year of creation, in order of creation. */
export function numberItems(items: DemoItem[]): DemoItem[] {
  const sorted = [...items].sort((a, b) => compareText(a.history[0]!.at, b.history[0]!.at));
  const last = new Map<string, number>();
  for (const item of sorted) {
    item.indexYear = Number(item.history[0]!.at.slice(0, 4));
    const key = `${item.agencyCode}/${item.indexYear}`;
    item.indexSequence = (last.get(key) ?? 0) + 1;
    last.set(key, item.indexSequence);
  }
  return sorted;
}

/**
 * 文号 run in order of 成文日期 within each series and year (莲自然资发〔2025〕1号 is the office's
 * first of 2025). The generators number documents as they write them, not in date order, so the
 * numbers are given again here, in titles and bodies too (an interpretation cites its document's).
 */
export function renumberDocuments(items: readonly DemoItem[]): void {
  const series = new Map<string, DemoItem[]>();
  for (const item of items) {
    const match = item.documentNumber === null ? null : /^(.+〔\d{4}〕)\d+号$/.exec(item.documentNumber);
    if (match === null) continue;
    series.set(match[1]!, [...(series.get(match[1]!) ?? []), item]);
  }
  const renamed = new Map<string, string>();
  for (const [prefix, members] of series) {
    members.sort((a, b) => compareText(`${a.writtenOn}${a.history[0]!.at}`, `${b.writtenOn}${b.history[0]!.at}`));
    members.forEach((item, i) => renamed.set(item.documentNumber!, `${prefix}${i + 1}号`));
  }
  if (renamed.size === 0) return;
  const pattern = new RegExp([...renamed.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  const rename = (text: string) => text.replace(pattern, (old) => renamed.get(old) ?? old);
  for (const item of items) {
    item.documentNumber = item.documentNumber === null ? null : rename(item.documentNumber);
    item.title = rename(item.title);
    item.bodyHtml = rename(item.bodyHtml);
    item.bodyText = rename(item.bodyText);
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

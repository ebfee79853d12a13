/**
 * The demo county's normative documents (a county has no rule-making power, so no 规章): each
 * with its interpretation, except a few left without one so the console's flag shows; some with a
 * validity period, two of which have run out (失效); two amended and two abolished by later
 * documents (a decision, a revised version), linked both ways through the register events. Every
 * event history passes the register's own checks (`checkRegisterEvent`).
 */
import { addDays, type IsoDate } from '../calendar/iso-date.ts';
import { addItem, datesOfPublication, pickDayIndex, stepDaysUpTo, type CatalogBuilder, type DemoItem, type DemoRegisterEvent } from './demo-catalog-builder.ts';
import { writeAbolition, writeAmendment, writeInterpretation, writeNormativeDocument, type DemoDocumentText } from './demo-rule-writer.ts';
import type { DemoAuthor, DemoDocumentRef } from './demo-texts.ts';
import { checkRegisterEvent, currentValidity, issuedOn, sortEvents, type RegisterEvent } from './register.ts';

type Fate = 'amend' | 'abolish' | 'revise';

interface DocumentPlan {
  agencyCode: string;
  window: readonly [IsoDate, IsoDate];
  /** 有效期 in years from the day it takes effect; null when the document sets none. */
  validYears: number | null;
  fate?: { kind: Fate; window: readonly [IsoDate, IsoDate] };
  isInterpreted: boolean;
}

/** How many documents each agency issues from January 2025 on. */
const documentCounts: Readonly<Record<string, number>> = {
  lcx: 8, 'lcx-zrzy': 5, 'lcx-jyj': 3, 'lcx-fgj': 2, 'lcx-gaj': 1, 'lcx-czj': 2, 'lcx-sthj': 2, 'lcx-zjj': 2, 'lcx-jtj': 2, 'lcx-wjj': 2, 'lcx-scjg': 2, 'lcx-lhz': 1, 'lcx-htz': 1,
};

/** The documents with a story, by agency and position among the agency's documents. */
const scenarios: Readonly<Record<string, Partial<DocumentPlan>>> = {
  'lcx/0': { window: ['2025-01-06', '2025-02-20'], validYears: 1 },
  'lcx-zrzy/0': { window: ['2025-02-10', '2025-03-20'], validYears: 1 },
  'lcx/1': { window: ['2025-03-03', '2025-05-30'], validYears: null, fate: { kind: 'amend', window: ['2025-10-09', '2025-11-28'] } },
  'lcx-zrzy/1': { window: ['2025-04-01', '2025-06-30'], validYears: 5, fate: { kind: 'amend', window: ['2026-03-02', '2026-05-29'] } },
  'lcx-zjj/0': { window: ['2025-02-10', '2025-04-30'], validYears: null, fate: { kind: 'abolish', window: ['2026-06-01', '2026-08-31'] } },
  'lcx-jyj/0': { window: ['2025-03-03', '2025-05-30'], validYears: 3, fate: { kind: 'revise', window: ['2026-04-01', '2026-05-29'] } },
  'lcx-sthj/1': { window: ['2026-01-05', '2026-10-30'], isInterpreted: false },
  'lcx-scjg/1': { window: ['2025-09-01', '2026-06-30'], isInterpreted: false },
};

export function addNormativeDocuments(builder: CatalogBuilder): void {
  for (const [agencyCode, count] of Object.entries(documentCounts)) {
    const author = builder.authors.get(agencyCode);
    if (author === undefined) continue;
    const rules = builder.random.shuffle(author.profile.themes.flatMap((theme) => theme.rules.map((rule) => ({ rule, subjectCode: theme.subjectCode }))));
    rules.slice(0, count).forEach((rule, i) => {
      const plan = { ...defaultPlan(builder, agencyCode), ...scenarios[`${agencyCode}/${i}`] };
      addDocument(builder, author, plan, rule);
    });
  }
  checkRegister(builder);
}

function defaultPlan(builder: CatalogBuilder, agencyCode: string): DocumentPlan {
  const lastDay = builder.days[Math.max(0, builder.days.length - 11)] ?? builder.today;
  return { agencyCode, window: ['2025-01-06', lastDay], validYears: builder.random.pick([null, null, 3, 5, 5]), isInterpreted: true };
}

function addDocument(builder: CatalogBuilder, author: DemoAuthor, plan: DocumentPlan, rule: { rule: string; subjectCode: string }): void {
  const day = pickDayIndex(builder, plan.window[0], plan.window[1]);
  if (day === null) return;
  const publishedOn = builder.days[day]!;
  const validFrom = laterStart(builder, publishedOn);
  const validUntil = plan.validYears === null ? null : addDays(addYears(validFrom, plan.validYears), -1);
  const dates = datesOfPublication(builder, day);
  const text = writeNormativeDocument(author, { ...rule, validFrom, validUntil }, dates.writtenOn);
  const document = publish(builder, plan.agencyCode, author, text, dates, validFrom, validUntil, plan.isInterpreted);
  if (validUntil !== null && addDays(validUntil, 1) <= builder.today) recordEvent(builder, document, 'expired', addDays(validUntil, 1), null, null);
  if (plan.fate !== undefined) addFate(builder, plan.agencyCode, author, document, text.ref, day, plan.fate);
}

function addFate(builder: CatalogBuilder, agencyCode: string, author: DemoAuthor, document: DemoItem, ref: DemoDocumentRef, day: number, fate: NonNullable<DocumentPlan['fate']>): void {
  const decisionDay = pickDayIndex(builder, fate.window[0], fate.window[1]);
  if (decisionDay === null || decisionDay <= day) return;
  const on = builder.days[decisionDay]!;
  const dates = datesOfPublication(builder, decisionDay);
  const writtenOn = dates.writtenOn;
  const text =
    fate.kind === 'amend' ? writeAmendment(author, ref, writtenOn)
    : fate.kind === 'abolish' ? writeAbolition(author, ref, writtenOn)
    : writeNormativeDocument(author, { rule: ref.rule, subjectCode: ref.subjectCode, validFrom: on, validUntil: null, replaces: ref }, writtenOn);
  // A decision to abolish explains itself; the others come with an interpretation.
  const decision = publish(builder, agencyCode, author, text, dates, on, null, fate.kind !== 'abolish');
  const by = quoted(text.title);
  const note = fate.kind === 'amend' ? `由${by}修改` : fate.kind === 'abolish' ? `由${by}废止` : `被${by}替代，同时废止`;
  recordEvent(builder, document, fate.kind === 'amend' ? 'amended' : 'abolished', on, decision.key, note, authorOf(agencyCode));
}

function publish(builder: CatalogBuilder, agencyCode: string, author: DemoAuthor, text: DemoDocumentText, dates: { stepDays: IsoDate[]; writtenOn: IsoDate }, validFrom: IsoDate, validUntil: IsoDate | null, isInterpreted: boolean): DemoItem {
  const handler = authorOf(agencyCode);
  const day = builder.days.indexOf(dates.stepDays[4]!);
  const document = addItem(builder, { agencyCode, kind: 'normativeDocument', text, writtenOn: dates.writtenOn, author: handler, end: 'published', stepDays: dates.stepDays, validFrom, validUntil });
  recordEvent(builder, document, 'issued', validFrom, null, null, 'approver');
  if (isInterpreted) {
    const interpretationDay = Math.min(builder.days.length - 1, day + builder.random.pick([0, 0, 1, 2]));
    const on = builder.days[interpretationDay]!;
    const interpretation = writeInterpretation(author, text.ref, validFrom, validUntil, on);
    addItem(builder, { agencyCode, kind: 'interpretation', text: interpretation, writtenOn: on, author: handler, end: 'published', stepDays: stepDaysUpTo(builder, interpretationDay), interpretsKey: document.key });
  }
  return document;
}

/** Most documents take effect on publication; some a little later, but never after today. */
function laterStart(builder: CatalogBuilder, publishedOn: IsoDate): IsoDate {
  const later = addDays(publishedOn, builder.random.pick([0, 0, 0, 10, 30]));
  return later <= builder.today ? later : publishedOn;
}

function recordEvent(builder: CatalogBuilder, item: DemoItem, event: DemoRegisterEvent['event'], effectiveOn: IsoDate, relatedKey: string | null, note: string | null, recordedBy: string | null = null): void {
  builder.events.push({ itemKey: item.key, event, effectiveOn, relatedKey, note, recordedBy });
}

/** Every document's events pass the register's checks in effect order; validity follows from them. */
function checkRegister(builder: CatalogBuilder): void {
  const byKey = new Map(builder.items.map((item) => [item.key, item]));
  const eventsOf = (key: string): RegisterEvent[] => builder.events.filter((e) => e.itemKey === key).map((e) => ({ event: e.event, effectiveOn: e.effectiveOn, relatedItemId: e.relatedKey }));
  for (const item of builder.items.filter((i) => i.kind === 'normativeDocument' && i.status === 'published')) {
    const events = sortEvents(eventsOf(item.key));
    events.forEach((event, i) => {
      const related = event.relatedItemId === null ? null : { id: event.relatedItemId, isPublishedRegisterDocument: byKey.get(event.relatedItemId)?.status === 'published', issuedOn: issuedOn(eventsOf(event.relatedItemId)) };
      const issues = checkRegisterEvent(events.slice(0, i), event, { today: builder.today, related, documentId: item.key });
      if (issues.length > 0) throw new Error(`demo register event of ${item.key} refused: ${issues.map((x) => x.message).join(' ')}`);
    });
    item.validity = currentValidity(events);
  }
}

function addYears(date: IsoDate, years: number): IsoDate {
  const moved = `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  // 29 February moves to 1 March in a common year.
  return moved.endsWith('-02-29') ? addDays(moved.replace('-02-29', '-02-28'), 1) : moved;
}

/** A title in 《》, with the 《》 inside it turned into 〈〉 as nested titles are written. */
function quoted(title: string): string {
  return `《${title.replaceAll('《', '〈').replaceAll('》', '〉')}》`;
}

/** The demo account that drafts the agency's items. */
export function authorOf(agencyCode: string): string {
  return agencyCode === 'lcx-jyj' ? 'handler-jyj' : 'handler';
}

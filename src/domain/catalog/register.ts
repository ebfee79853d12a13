/**
 * The register of rules (规章) and normative documents (行政规范性文件): each document's lifecycle
 * as events — issued (制发) → amended (修改, any number of times while in force) → expired (失效) or
 * abolished (废止), both final — its validity (有效性) on any date, the automatic expiry at the end
 * of a validity period, and the register's figures for a year exactly as table A (表二, 第二十条
 * 第（一）项) wants them: 本年制发件数, 本年废止件数 (失效 counted with 废止, as the checker's R8
 * compares 废止（含失效）), 现行有效件数 on 31 December.
 */
import type { Issue } from '../accounts/issue.ts';
import { addDays, isIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import type { Validity } from './info-item.ts';

export const registerEventKinds = ['issued', 'amended', 'expired', 'abolished'] as const;
export type RegisterEventKind = (typeof registerEventKinds)[number];

export const registerEventNames: Record<RegisterEventKind, string> = {
  issued: '制发',
  amended: '修改',
  expired: '失效',
  abolished: '废止',
};

/** The events staff record by hand; `issued` comes with publication. */
export const recordableEventKinds = ['amended', 'expired', 'abolished'] as const;
export type RecordableEventKind = (typeof recordableEventKinds)[number];

/** Events after which nothing more can happen to the document. */
export const finalEventKinds: readonly RegisterEventKind[] = ['expired', 'abolished'];

/** The events that name the document which did it (修改/废止 by a later document). */
export const relatedEventKinds: readonly RegisterEventKind[] = ['amended', 'abolished'];

export type RegisterKind = 'regulation' | 'normativeDocument';

export interface RegisterEvent {
  event: RegisterEventKind;
  /** The date the event took effect (YYYY-MM-DD). */
  effectiveOn: IsoDate;
  /** The amending or abolishing document, when it is in the register. */
  relatedItemId: string | null;
}

/** A document of the register with its events in the order they were recorded. */
export interface RegisterDocument {
  id: string;
  kind: RegisterKind;
  events: readonly RegisterEvent[];
}

/** The events in effect order: by date, and in recording order on the same date. */
export function sortEvents<E extends RegisterEvent>(events: readonly E[]): E[] {
  const byDate = (a: E, b: E) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0);
  // Array.prototype.sort is stable: same-day events keep their recording order.
  return [...events].sort(byDate);
}

/** The date the document was issued (its earliest `issued` event), or null before it is in the register. */
export function issuedOn(events: readonly RegisterEvent[]): IsoDate | null {
  return sortEvents(events).find((e) => e.event === 'issued')?.effectiveOn ?? null;
}

/** The (earliest) final event, 失效 or 废止, if the document has one. */
export function finalEventOf(events: readonly RegisterEvent[]): RegisterEvent | null {
  return sortEvents(events).find((e) => finalEventKinds.includes(e.event)) ?? null;
}

/**
 * 有效性 on a date: null when the document was not yet issued by then; after its final event
 * `expired`/`abolished`; amended at least once `amended` (已修改, still in force); else `inForce`.
 */
export function validityOn(events: readonly RegisterEvent[], date: IsoDate): Validity | null {
  return deriveValidity(sortEvents(events).filter((e) => e.effectiveOn <= date));
}

/** 有效性 after every recorded event: what the item's `validity` column holds. */
export function currentValidity(events: readonly RegisterEvent[]): Validity | null {
  return deriveValidity(sortEvents(events));
}

function deriveValidity(sorted: readonly RegisterEvent[]): Validity | null {
  if (!sorted.some((e) => e.event === 'issued')) return null;
  const final = sorted.find((e) => finalEventKinds.includes(e.event));
  if (final !== undefined) return final.event === 'expired' ? 'expired' : 'abolished';
  return sorted.some((e) => e.event === 'amended') ? 'amended' : 'inForce';
}

/** The date of the event that gave the current validity (issue, last amendment, or the end). */
export function validitySince(events: readonly RegisterEvent[]): IsoDate | null {
  const sorted = sortEvents(events);
  const final = sorted.find((e) => finalEventKinds.includes(e.event));
  if (final !== undefined) return final.effectiveOn;
  return sorted.findLast((e) => e.event === 'amended')?.effectiveOn ?? issuedOn(sorted);
}

/** In force on the date: issued by then and neither expired nor abolished (已修改 is in force). */
export function isInForceOn(events: readonly RegisterEvent[], date: IsoDate): boolean {
  const validity = validityOn(events, date);
  return validity === 'inForce' || validity === 'amended';
}

/** The document a new event may name: it must be a published register document other than this one. */
export interface RelatedDocument {
  id: string;
  isPublishedRegisterDocument: boolean;
  /** Its own issue date, if it is issued. */
  issuedOn: IsoDate | null;
}

export interface NewRegisterEvent {
  event: RegisterEventKind;
  effectiveOn: string;
  relatedItemId: string | null;
}

/**
 * What is wrong with recording `next` after `events` (empty when it can be recorded): the first
 * event is `issued` and comes once; nothing follows 失效/废止; an event is never dated before the
 * last one, nor after `today`; only 修改/废止 name a document, which must be another published
 * document of the register issued by the event's date.
 */
export function checkRegisterEvent(
  events: readonly RegisterEvent[],
  next: NewRegisterEvent,
  context: { today: IsoDate; related: RelatedDocument | null; documentId: string },
): Issue[] {
  const issues: Issue[] = [];
  const sorted = sortEvents(events);
  const issued = issuedOn(sorted);
  const final = finalEventOf(sorted);
  const name = registerEventNames[next.event];
  if (next.event === 'issued' && issued !== null) issues.push(issue('event', 'register.alreadyIssued', '该文件已登记制发，不能重复登记。'));
  if (next.event !== 'issued' && issued === null) issues.push(issue('event', 'register.notIssued', '该文件尚未登记制发，不能登记修改、失效或废止。'));
  if (final !== null) {
    const when = final.effectiveOn;
    issues.push(issue('event', 'register.alreadyFinal', `该文件已于${when}${registerEventNames[final.event]}，不能再登记${name}。`));
  }
  issues.push(...checkEventDate(next.effectiveOn, sorted, context.today, name));
  issues.push(...checkRelated(next, context));
  return issues;
}

function checkEventDate(date: string, sorted: readonly RegisterEvent[], today: IsoDate, name: string): Issue[] {
  if (!isIsoDate(date)) return [issue('effectiveOn', 'register.invalidDate', `请填写${name}的生效日期，例如 2025-03-01。`)];
  if (date > today) return [issue('effectiveOn', 'register.invalidFutureDate', `${name}日期不能晚于今天（${today}）：到期后再登记。`)];
  const last = sorted.at(-1);
  if (last !== undefined && date < last.effectiveOn) {
    const lastName = registerEventNames[last.event];
    return [issue('effectiveOn', 'register.invalidEarlyDate', `${name}日期不能早于该文件上一次${lastName}的日期（${last.effectiveOn}）。`)];
  }
  return [];
}

function checkRelated(next: NewRegisterEvent, context: { related: RelatedDocument | null; documentId: string }): Issue[] {
  if (next.relatedItemId === null) return [];
  const path = 'relatedItemId';
  if (!relatedEventKinds.includes(next.event)) return [issue(path, 'register.invalidRelated', `${registerEventNames[next.event]}不需要指明文件，请留空。`)];
  if (next.relatedItemId === context.documentId) return [issue(path, 'register.invalidRelated', '不能指明文件本身。')];
  const { related } = context;
  if (related === null || !related.isPublishedRegisterDocument) {
    return [issue(path, 'register.invalidRelated', '指明的文件应为已发布的规章或行政规范性文件。')];
  }
  if (related.issuedOn === null || (isIsoDate(next.effectiveOn) && related.issuedOn > next.effectiveOn)) {
    return [issue(path, 'register.invalidRelated', `指明的文件制发日期（${related.issuedOn ?? '未登记'}）晚于${registerEventNames[next.event]}日期。`)];
  }
  return [];
}

function issue(path: string, code: string, message: string): Issue {
  return { code, path, message };
}

/** A document whose validity period has ended and which has not expired yet. */
export interface ExpiryCandidate {
  id: string;
  /** 有效期至: the last day in force. */
  validUntil: IsoDate | null;
  events: readonly RegisterEvent[];
}

export interface DueExpiry {
  id: string;
  /** The day after `validUntil`. */
  effectiveOn: IsoDate;
}

/**
 * The documents to expire today: still in force (no final event), `validUntil` passed (they expire
 * the next day, which is today or earlier). A document amended after that day is left alone: the
 * amendment evidently extended it without the period being updated, and the register does not guess.
 */
export function dueExpiries(documents: readonly ExpiryCandidate[], today: IsoDate): DueExpiry[] {
  return documents.flatMap((document) => {
    if (document.validUntil === null || !isIsoDate(document.validUntil)) return [];
    const effectiveOn = addDays(document.validUntil, 1);
    if (effectiveOn > today) return [];
    const sorted = sortEvents(document.events);
    if (issuedOn(sorted) === null || finalEventOf(sorted) !== null) return [];
    if ((sorted.at(-1)?.effectiveOn ?? effectiveOn) > effectiveOn) return [];
    return [{ id: document.id, effectiveOn }];
  });
}

/** The documents behind each figure of one row of table A (ids, so the page can list them). */
export interface RegisterFigureSets {
  issued: string[];
  /** 废止 and 失效 in the year. */
  abolished: string[];
  /** In force on 31 December. */
  inForce: string[];
}

export type RegisterFigureKey = keyof RegisterFigureSets;
export const registerFigureKeys: readonly RegisterFigureKey[] = ['issued', 'abolished', 'inForce'];

export interface RegisterFigures {
  regulations: RegisterFigureSets;
  normativeDocuments: RegisterFigureSets;
}

export const registerRowOfKind: Record<RegisterKind, keyof RegisterFigures> = {
  regulation: 'regulations',
  normativeDocument: 'normativeDocuments',
};

/** Which figures of the year count the document (one document may count in several). */
export function figuresCounting(events: readonly RegisterEvent[], year: number): RegisterFigureKey[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const keys: RegisterFigureKey[] = [];
  const issued = issuedOn(events);
  if (issued !== null && issued >= first && issued <= last) keys.push('issued');
  const final = finalEventOf(events);
  if (final !== null && final.effectiveOn >= first && final.effectiveOn <= last) keys.push('abolished');
  if (isInForceOn(events, last)) keys.push('inForce');
  return keys;
}

/** The register's figures for a year, with the documents behind each. */
export function registerFigures(documents: readonly RegisterDocument[], year: number): RegisterFigures {
  const figures: RegisterFigures = { regulations: emptySets(), normativeDocuments: emptySets() };
  for (const document of documents) {
    const sets = figures[registerRowOfKind[document.kind]];
    for (const key of figuresCounting(document.events, year)) sets[key].push(document.id);
  }
  return figures;
}

function emptySets(): RegisterFigureSets {
  return { issued: [], abolished: [], inForce: [] };
}

export interface DocumentCountsOf {
  issued: number;
  abolished: number;
  inForce: number;
}

export function countFigures(sets: RegisterFigureSets): DocumentCountsOf {
  return { issued: sets.issued.length, abolished: sets.abolished.length, inForce: sets.inForce.length };
}

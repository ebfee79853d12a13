/**
 * Writes the demo catalogue's normative documents, the decisions that amend or abolish them, the
 * revised versions that replace them, and their interpretations (templates in demo-rule-texts.ts).
 */
import { formatChineseDate, yearOf, type IsoDate } from '../calendar/iso-date.ts';
import { defaultGenreCodeOfKind } from './classification.ts';
import {
  abolitionBody, abolitionTitle, amendmentBody, amendmentTitle, interpretationBody, interpretationTitles, normativeDocumentBody,
  normativeDocumentTitles, revisionNote, revisionTitle,
} from './demo-rule-texts.ts';
import { compose, type DemoAuthor, type DemoDocumentRef, type DemoText, type Slots } from './demo-texts.ts';

export interface NormativeDocumentDraft {
  rule: string;
  subjectCode: string;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  /** The document this one replaces (a revised version abolishes it). */
  replaces?: DemoDocumentRef;
}

export interface DemoDocumentText extends DemoText {
  ref: DemoDocumentRef;
}

export function writeNormativeDocument(author: DemoAuthor, draft: NormativeDocumentDraft, writtenOn: IsoDate): DemoDocumentText {
  const year = yearOf(writtenOn);
  const { documentNumber, publisher } = normativeNumberOf(author, year);
  const county = author.places.county;
  const slots: Slots = { ...ruleSlots(draft.rule, draft.validFrom, draft.validUntil), 发文机关: publisher, 主题分类: draft.subjectCode };
  const titles = draft.replaces === undefined ? normativeDocumentTitles : [revisionTitle];
  const text = compose(author, { titles, body: normativeDocumentBody }, writtenOn, slots);
  if (draft.replaces !== undefined) {
    const note = revisionNote.replace('{文种}', kindOfDocument(draft.rule)).replace('{施行日期}', formatChineseDate(draft.validFrom, true)).replace('{文件}', draft.replaces.name).replace('{原文号}', draft.replaces.documentNumber ?? '');
    text.paragraphs[text.paragraphs.length - 1] = `第九条　${note}`;
  }
  const name = text.title.includes('《') ? `${county}${draft.rule}` : text.title;
  const ref: DemoDocumentRef = { title: text.title, documentNumber, publisher, subjectCode: draft.subjectCode, name, rule: draft.rule };
  return { ...text, publisher, documentNumber, subjectCode: draft.subjectCode, genreCode: defaultGenreCodeOfKind.normativeDocument, ref };
}

/** A decision amending a document (itself a normative document of the same issuer). */
export function writeAmendment(author: DemoAuthor, target: DemoDocumentRef, writtenOn: IsoDate): DemoDocumentText {
  return writeDecision(author, target, writtenOn, amendmentTitle, amendmentBody);
}

/** A decision abolishing a document. */
export function writeAbolition(author: DemoAuthor, target: DemoDocumentRef, writtenOn: IsoDate): DemoDocumentText {
  return writeDecision(author, target, writtenOn, abolitionTitle, abolitionBody);
}

function writeDecision(author: DemoAuthor, target: DemoDocumentRef, writtenOn: IsoDate, title: string, body: readonly (readonly string[])[]): DemoDocumentText {
  const { documentNumber, publisher } = normativeNumberOf(author, yearOf(writtenOn));
  const slots: Slots = { 发文机关: publisher, 文件: target.name, 原文号: target.documentNumber ?? '无文号', 规则: target.rule, ...timeLimitSlots(target.rule) };
  const text = compose(author, { titles: [title], body }, writtenOn, slots);
  const ref: DemoDocumentRef = { title: text.title, documentNumber, publisher, subjectCode: target.subjectCode, name: text.title, rule: target.rule };
  return { ...text, publisher, documentNumber, subjectCode: target.subjectCode, genreCode: defaultGenreCodeOfKind.normativeDocument, ref };
}

/** The interpretation (政策解读) of a document, by the agency that drafted it. */
export function writeInterpretation(author: DemoAuthor, target: DemoDocumentRef, validFrom: IsoDate, validUntil: IsoDate | null, writtenOn: IsoDate): DemoText {
  const slots: Slots = { ...ruleSlots(target.rule, validFrom, validUntil), 发文机关: target.publisher, 文件: target.name, 原文号: target.documentNumber ?? '无文号', 主题分类: target.subjectCode };
  const text = compose(author, { titles: interpretationTitles, body: interpretationBody }, writtenOn, slots);
  return { ...text, publisher: author.agencyName, documentNumber: null, subjectCode: target.subjectCode, genreCode: defaultGenreCodeOfKind.interpretation };
}

function ruleSlots(rule: string, validFrom: IsoDate, validUntil: IsoDate | null): Slots {
  const from = formatChineseDate(validFrom, true);
  return {
    规则: rule,
    事项: matterOf(rule),
    ...timeLimitSlots(rule),
    施行日期: from,
    文种: kindOfDocument(rule),
    施行条款: validUntil === null ? `本${kindOfDocument(rule)}自${from}起施行。` : `本${kindOfDocument(rule)}自${from}起施行，有效期至${formatChineseDate(validUntil, true)}。`,
  };
}

/**
 * The time limit the document sets (第五条), the same in the document, its interpretation and the
 * decision amending it (which halves it, as amendments for 优化营商环境 do).
 */
function timeLimitSlots(rule: string): Slots {
  const days = 5 + ([...rule].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 16);
  return { 办理时限: String(days), 新办理时限: String(Math.max(3, Math.floor(days / 2))) };
}

/** What the document calls itself: 本办法, 本细则, 本规定 … */
function kindOfDocument(rule: string): string {
  return /(细则|规定|措施|规则|预案)$/.exec(rule)?.[1] ?? '办法';
}

/** What a document governs: 农村宅基地审批管理办法 → 农村宅基地审批管理. */
export function matterOf(rule: string): string {
  return rule.replace(/(总体)?应急预案$/, '应急处置').replace(/(实施办法|实施细则|若干措施|办法|规定|规则)$/, '');
}

function normativeNumberOf(author: DemoAuthor, year: number): { documentNumber: string; publisher: string } {
  const isOffice = author.role === 'government' && author.random.chance(0.4);
  const series = isOffice ? '办发' : '发';
  const publisher = isOffice ? `${author.places.county}人民政府办公室` : author.agencyName;
  return { documentNumber: `${author.abbreviation}${series}〔${year}〕${author.nextNumber(series, year)}号`, publisher };
}

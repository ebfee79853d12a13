/**
 * The letters of a case (补正告知书, 延期告知书, 征求意见书, 收费通知书, 不再处理告知书, 答复书 …):
 * the values the case itself supplies, the agency's template (or the default), the DOCX in 公文
 * layout, and the stored file — public to the applicant when the letter is addressed to them.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { sanitizeFilename } from '../../../domain/applications/attachment-rules.ts';
import type { IsoDate } from '../../../domain/applications/case-event.ts';
import type { OutcomeKey } from '../../../domain/applications/outcome.ts';
import { parseTrackingNumber } from '../../../domain/applications/tracking-number.ts';
import { defaultTemplateOf } from '../../../domain/replies/default-templates.ts';
import type { ReplyValues } from '../../../domain/replies/placeholders.ts';
import { composeReplyLetter, type ReplyLetter } from '../../../domain/replies/reply-letter.ts';
import { replyTypeInfo, type ReplyType } from '../../../domain/replies/reply-type.ts';
import { parseTemplate, type ReplyTemplate } from '../../../domain/replies/template.ts';
import { writeReplyLetterDocx } from '../../../domain/replies/write-reply-docx.ts';
import type { AgencyContext } from '../../agency-context.ts';
import type { ApplicationRecord, CaseFileInfo, CaseHandlingStore } from './case-handling-store.ts';

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The body of a stored template: the paragraphs, one per line (the title has its own column). */
export function templateFromStored(type: ReplyType, stored: { title: string; body: string }): ReplyTemplate {
  return parseTemplate(type, `${stored.title}\n${stored.body}`);
}

/** The agency's own template for the letter type, or the default one. */
export async function templateFor(store: Pick<CaseHandlingStore, 'findReplyTemplate'>, agencyId: string, type: ReplyType): Promise<ReplyTemplate> {
  const stored = await store.findReplyTemplate(agencyId, type);
  return stored === null ? defaultTemplateOf(type) : templateFromStored(type, stored);
}

const numberPrefixes: Readonly<Record<ReplyType, string>> = {
  correction: '补正告知',
  extension: '延期告知',
  thirdPartyConsultation: '征求意见',
  feeNotice: '收费通知',
  noCorrection: '不再处理',
  unpaidFee: '不再处理',
  alreadyPublic: '依申请公开',
  granted: '依申请公开',
  partial: '依申请公开',
  denied: '依申请公开',
  nonexistent: '依申请公开',
  notResponsible: '依申请公开',
  needsCreation: '依申请公开',
  unclearAfterCorrection: '依申请公开',
  duplicate: '依申请公开',
  administrativeQuery: '依申请公开',
  petition: '依申请公开',
  publication: '依申请公开',
  excessive: '依申请公开',
  confirmation: '依申请公开',
};

/** A document number to start from, e.g. 补正告知〔2026〕42号 for case YSQ-LCX-2026-00042; staff may change it. */
export function defaultDocumentNumber(trackingNumber: string, type: ReplyType): string {
  const parts = parseTrackingNumber(trackingNumber);
  if (parts === null) return `${numberPrefixes[type]}〔${trackingNumber}〕号`;
  return `${numberPrefixes[type]}〔${parts.year}〕${parts.sequence}号`;
}

/**
 * Where the applicant may seek review and sue, to start from (staff may change both): since the
 * 2023 行政复议法, a county department's or township's decision is reviewed by the county
 * government above it; the county government's own by the government one level up. The court is
 * the basic court of the county.
 */
export function defaultRemedyBodies(context: AgencyContext, agency: Agency): { 复议机关: string; 管辖法院: string } {
  const parent = agency.parentId === null ? undefined : context.byId.get(agency.parentId);
  let root: Agency = agency;
  for (let next = parent; next !== undefined; next = next.parentId === null ? undefined : context.byId.get(next.parentId)) root = next;
  const court = root.name.endsWith('人民政府') ? `${root.name.slice(0, -'人民政府'.length)}人民法院` : `${root.name}所在地基层人民法院`;
  return { 复议机关: parent?.name ?? '上一级人民政府', 管辖法院: court };
}

export interface LetterRequest {
  record: ApplicationRecord;
  agency: Agency;
  type: ReplyType;
  outcome?: OutcomeKey;
  documentNumber: string;
  letterDate: IsoDate;
  /** Who signs the contact note. */
  contactName: string;
  /** The values the form supplied (reasons, ways of access, 补正事项 …). */
  values: ReplyValues;
}

/** The values every letter of the case can use, from the case and the agency. */
export function caseLetterValues(request: Omit<LetterRequest, 'values' | 'type' | 'outcome'>): ReplyValues {
  const { record, agency } = request;
  return {
    申请人: record.applicant.name,
    受理编号: record.trackingNumber,
    ...(record.receivedOn === null ? {} : { 收到申请日期: record.receivedOn }),
    申请内容: record.description,
    机关名称: agency.name,
    答复日期: request.letterDate,
    联系人: request.contactName,
    ...(agency.phone === null ? {} : { 联系电话: agency.phone }),
  };
}

export type ComposedLetter = { ok: true; letter: ReplyLetter; template: ReplyTemplate } | { ok: false; issues: Issue[] };

/** The letter filled from the case and the form, or the problems (a missing reason, a broken template). */
export async function composeCaseLetter(store: Pick<CaseHandlingStore, 'findReplyTemplate'>, request: LetterRequest): Promise<ComposedLetter> {
  const template = await templateFor(store, request.agency.id, request.type);
  const values: ReplyValues = { ...caseLetterValues(request), ...withoutBlanks(request.values) };
  const composed = composeReplyLetter({
    type: request.type,
    ...(request.outcome === undefined ? {} : { outcome: request.outcome }),
    template,
    documentNumber: request.documentNumber,
    values,
  });
  if (!composed.ok) return { ok: false, issues: composed.issues.map((issue) => ({ ...issue, path: fieldOfPath(issue.path) })) };
  return { ok: true, letter: composed.letter, template };
}

/** Writes the DOCX and stores it with the case. */
export async function storeLetter(
  store: Pick<CaseHandlingStore, 'insertLetter'>,
  letter: ReplyLetter,
  target: { record: ApplicationRecord; createdByAccountId: string | null; now: Date },
): Promise<CaseFileInfo> {
  const content = await writeReplyLetterDocx(letter);
  const { record } = target;
  const isToApplicant = replyTypeInfo[letter.type].addressee === '申请人';
  // A case may consult several third parties: their letters are told apart by the addressee.
  const about = isToApplicant ? record.trackingNumber : `${letter.addressee.replace(/[/\\]/g, '_')}，${record.trackingNumber}`;
  return store.insertLetter({
    applicationId: record.id,
    agencyId: record.agencyId,
    letterType: letter.type,
    // The consultation letter goes to the third party, never to the applicant.
    isPublicToApplicant: isToApplicant,
    filename: sanitizeFilename(`${letter.title}（${about}）.docx`),
    mediaType: docxMediaType,
    content,
    createdAt: target.now,
    createdByAccountId: target.createdByAccountId,
  });
}

function withoutBlanks(values: ReplyValues): ReplyValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value.trim() !== '')) as ReplyValues;
}

/** `values.理由` → `理由`: the form's field names are the placeholders' names. */
function fieldOfPath(path: string): string {
  return path.startsWith('values.') ? path.slice('values.'.length) : path;
}

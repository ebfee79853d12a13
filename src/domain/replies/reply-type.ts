/**
 * The letters an agency sends about an application: the replies (答复) that decide it under 条例
 * Arts. 30, 35–39, each closing the case with one of the outcome rows, and the notices: those
 * sent while it runs (补正, 延长答复期限, 征求第三方意见, 收费通知) and the 不再处理告知书 sent
 * when a case is closed because the applicant let the correction or payment period run out. The
 * key is what the case event `replied.replyType` and the stored letter's `letterType` record.
 */
import type { CaseEventKind } from '../applications/case-event.ts';
import type { OutcomeKey } from '../applications/outcome.ts';
import type { PlaceholderName } from './placeholders.ts';

export const decisionTypes = [
  'alreadyPublic',
  'granted',
  'partial',
  'denied',
  'nonexistent',
  'notResponsible',
  'needsCreation',
  'unclearAfterCorrection',
  'duplicate',
  'administrativeQuery',
  'petition',
  'publication',
  'excessive',
  'confirmation',
] as const;
export const noticeTypes = ['correction', 'extension', 'thirdPartyConsultation', 'feeNotice', 'noCorrection', 'unpaidFee'] as const;
export const replyTypes = [...decisionTypes, ...noticeTypes] as const;

export type DecisionType = (typeof decisionTypes)[number];
export type NoticeType = (typeof noticeTypes)[number];
export type ReplyType = (typeof replyTypes)[number];

export interface ReplyTypeInfo {
  /** The letter's name, as the case page offers it. */
  name: string;
  /** The 条例 article (or other basis) the letter rests on, as the letter cites it. */
  article: string;
  /** A reply that decides the application, or a notice sent while it runs. */
  kind: 'decision' | 'notice';
  /** The outcome rows a reply can close the case with; empty for notices. */
  outcomes: readonly OutcomeKey[];
  /** Whom the letter is addressed to: the applicant, or the third party consulted (Art. 32). */
  addressee: '申请人' | '第三方';
  /** Ends with the sentence on 行政复议 and 行政诉讼 (every decision, the fee notice and the 不再处理告知书). */
  hasRemedy: boolean;
  /** Placeholders the template must keep. */
  required: readonly PlaceholderName[];
  /** Placeholders that may go unfilled: a paragraph using one with no value is left out. */
  optional: readonly PlaceholderName[];
}

const deniedOutcomes = [
  'denied.stateSecret',
  'denied.prohibitedByLaw',
  'denied.threeSecurities',
  'denied.thirdPartyRights',
  'denied.internalAffairs',
  'denied.processInformation',
  'denied.enforcementFile',
] as const satisfies readonly OutcomeKey[];

const remedy = ['复议机关', '管辖法院'] as const satisfies readonly PlaceholderName[];

function decision(
  name: string,
  article: string,
  outcomes: readonly OutcomeKey[],
  required: readonly PlaceholderName[] = [],
  optional: readonly PlaceholderName[] = [],
): ReplyTypeInfo {
  const kind = 'decision';
  return { name, article, kind, outcomes, addressee: '申请人', hasRemedy: true, required: [...required, ...remedy], optional };
}

function notice(name: string, article: string, required: readonly PlaceholderName[], extra: Partial<ReplyTypeInfo> = {}): ReplyTypeInfo {
  return { name, article, kind: 'notice', outcomes: [], addressee: '申请人', hasRemedy: false, required, optional: [], ...extra };
}

export const replyTypeInfo: Readonly<Record<ReplyType, ReplyTypeInfo>> = {
  alreadyPublic: decision('已主动公开告知书', '第三十六条第（一）项', ['granted'], ['获取途径']),
  granted: decision('予以公开告知书', '第三十六条第（二）项', ['granted'], ['提供方式']),
  partial: decision('部分公开告知书', '第三十七条', ['partial'], ['不予公开内容', '理由', '提供方式']),
  denied: decision('不予公开告知书', '第三十六条第（三）项', deniedOutcomes, ['理由']),
  nonexistent: decision('信息不存在告知书', '第三十六条第（四）项', ['unavailable.notHeld']),
  notResponsible: decision('非本机关职责告知书', '第三十六条第（五）项', ['unavailable.notHeld'], ['理由'], ['负责机关', '负责机关联系方式']),
  needsCreation: decision('无法提供告知书（需另行加工分析）', '第三十八条', ['unavailable.needsCreation']),
  unclearAfterCorrection: decision('无法提供告知书（补正后仍不明确）', '第三十条', ['unavailable.unclearAfterCorrection']),
  duplicate: decision('不予重复处理告知书', '第三十六条第（六）项', ['notProcessed.duplicate'], [], ['前次答复日期', '前次答复文号']),
  administrativeQuery: decision('依法查询告知书', '第三十六条第（七）项', ['denied.administrativeQuery'], ['查询途径']),
  petition: decision('不予处理告知书（信访举报投诉）', '第三十九条第一款', ['notProcessed.petition'], [], ['受理渠道']),
  publication: decision('不予处理告知书（公开出版物）', '第三十九条第二款', ['notProcessed.publication'], [], ['获取途径']),
  excessive: decision('不予处理告知书（大量反复申请）', '第三十五条', ['notProcessed.excessive'], ['理由']),
  // No 条例 article names this row (regulation.md §3.4); the letter rests on the definition of
  // government information in Art. 2. Agencies that cite otherwise edit the template.
  confirmation: decision('不予处理告知书（确认或重新出具）', '第二条', ['notProcessed.confirmation']),
  correction: notice('补正告知书', '第三十条', ['补正事项', '补正期限']),
  extension: notice('延长答复期限告知书', '第三十三条第二款', ['延长理由', '延长天数', '延长后期限']),
  thirdPartyConsultation: notice('第三方征求意见书', '第三十二条', ['涉及信息', '意见期限'], { addressee: '第三方' }),
  feeNotice: notice('收费通知书', '第四十二条', ['计收方式', '收费金额', '收费明细', '缴费方式', '缴费期限', ...remedy], { hasRemedy: true }),
  // Not processing the application is itself open to review and suit (条例 Art. 51; for the fee,
  // the 办法 says so in terms: after the payment period, not against the fee decision alone).
  noCorrection: notice('不再处理告知书（逾期不补正）', '第三十条', ['补正期限', ...remedy], { hasRemedy: true }),
  unpaidFee: notice('不再处理告知书（逾期未缴费）', '第四十二条', ['收费金额', '缴费期限', ...remedy], { hasRemedy: true }),
};

/** Placeholders every letter may use. */
export const commonPlaceholders = [
  '申请人',
  '受理编号',
  '收到申请日期',
  '申请内容',
  '机关名称',
  '答复日期',
  '文号',
  '联系人',
  '联系电话',
] as const satisfies readonly PlaceholderName[];

/** The placeholders a template of this type may use: the common ones, its own, and 第三方 for the consultation letter. */
export function placeholdersAllowedIn(type: ReplyType): ReadonlySet<PlaceholderName> {
  const info = replyTypeInfo[type];
  const own: PlaceholderName[] = info.addressee === '第三方' ? ['第三方'] : [];
  return new Set<PlaceholderName>([...commonPlaceholders, ...own, ...info.required, ...info.optional]);
}

export function isReplyType(value: unknown): value is ReplyType {
  return typeof value === 'string' && (replyTypes as readonly string[]).includes(value);
}

export function isDecisionType(type: ReplyType): type is DecisionType {
  return replyTypeInfo[type].kind === 'decision';
}

/**
 * The replies that can close a case with this outcome, for the case page to offer. Empty for the
 * 其他处理 rows: a case that ends there (no correction, fee unpaid, withdrawn) is closed (case
 * event `closed`), with the notice of `noticeTypeOfClosing` if any, not with a reply.
 */
export function replyTypesFor(outcome: OutcomeKey): DecisionType[] {
  return decisionTypes.filter((type) => replyTypeInfo[type].outcomes.includes(outcome));
}

/** The notice that goes with a case event, when the event is one that is sent to someone. */
export const noticeTypeOfEvent: Readonly<Partial<Record<CaseEventKind, NoticeType>>> = {
  correctionRequested: 'correction',
  extensionApproved: 'extension',
  thirdPartyConsultationStarted: 'thirdPartyConsultation',
  feeNoticeSent: 'feeNotice',
};

/** The notice sent when a case is closed with this 其他处理 row; none for a withdrawal. */
export const noticeTypeOfClosing: Readonly<Partial<Record<OutcomeKey, NoticeType>>> = {
  'other.noCorrection': 'noCorrection',
  'other.unpaidFee': 'unpaidFee',
};

/**
 * A letter ready to print: the template filled with the case's values, and the parts every 公文
 * has around the body (document number, addressee, signature, date, and the contact note).
 */
import type { Issue } from '../accounts/issue.ts';
import type { OutcomeKey } from '../applications/outcome.ts';
import { DomainError } from '../errors.ts';
import { defaultTemplateOf } from './default-templates.ts';
import { denialReasons, isDeniedOutcome } from './legal-text.ts';
import { cleanLine, formatLetterDate } from './letter-text.ts';
import type { ReplyValues } from './placeholders.ts';
import { renderTemplate } from './render-template.ts';
import { replyTypeInfo, type ReplyType } from './reply-type.ts';
import type { ReplyTemplate } from './template.ts';

export interface ReplyLetter {
  type: ReplyType;
  /** The outcome row the reply closes the case with; null for notices. */
  outcome: OutcomeKey | null;
  title: string;
  /** The document number, e.g. 莲政公开〔2026〕12号. */
  documentNumber: string;
  /** Whom it is addressed to (the applicant, or the third party consulted), without the colon. */
  addressee: string;
  paragraphs: string[];
  /** The agency's name as it signs. */
  signature: string;
  /** The date as printed: 2026年11月28日. */
  date: string;
  /** 附注, printed under the date: （联系人：…，联系电话：…）; null without a phone number. */
  note: string | null;
}

export interface ReplyLetterInput {
  type: ReplyType;
  /** The outcome row of a decision; may be left out when the type closes with one row only. */
  outcome?: OutcomeKey;
  /** The agency's own template for this type; the default one otherwise. */
  template?: ReplyTemplate;
  documentNumber: string;
  /** The case's values, dates as `YYYY-MM-DD`. 申请人 (or 第三方), 机关名称 and 答复日期 are always needed. */
  values: ReplyValues;
}

export type ComposeResult = { ok: true; letter: ReplyLetter } | { ok: false; issues: Issue[] };

/** The outcome or template does not belong to the letter type: a programming error, not user input. */
export class ReplyTypeMismatchError extends DomainError {
  constructor(message: string) {
    super('reply_type_mismatch', message);
  }
}

/** The letter for a case, or the issues (missing values, a broken template) that stop it. */
export function composeReplyLetter(input: ReplyLetterInput): ComposeResult {
  const info = replyTypeInfo[input.type];
  const template = input.template ?? defaultTemplateOf(input.type);
  if (template.type !== input.type) {
    throw new ReplyTypeMismatchError(`A ${template.type} template cannot make a ${input.type} letter.`);
  }
  const outcome = outcomeOf(input);
  const values: ReplyValues = { 文号: input.documentNumber, ...input.values };
  if (outcome !== null && isDeniedOutcome(outcome) && isBlank(values.理由)) values.理由 = denialReasons[outcome];

  const rendered = renderTemplate(template, values);
  const issues = rendered.ok ? [] : [...rendered.issues];
  const documentNumber = cleanLine(input.documentNumber);
  if (documentNumber === '') issues.push({ code: 'value.missing', path: 'documentNumber', message: '缺少文号。' });
  const addressee = required(values, info.addressee, issues);
  const signature = required(values, '机关名称', issues);
  const date = formatLetterDate((values.答复日期 ?? '').trim());
  if (date === null && !issues.some((i) => i.path === 'values.答复日期')) {
    issues.push({ code: 'value.invalidDate', path: 'values.答复日期', message: '缺少落款日期，或者不是有效日期。' });
  }
  if (!rendered.ok || issues.length > 0 || date === null) return { ok: false, issues: uniqueByPath(issues) };
  const { title, paragraphs } = rendered;
  return { ok: true, letter: { type: input.type, outcome, title, documentNumber, addressee, paragraphs, signature, date, note: noteOf(values) } };
}

function outcomeOf(input: ReplyLetterInput): OutcomeKey | null {
  const info = replyTypeInfo[input.type];
  if (info.kind === 'notice') {
    if (input.outcome !== undefined) throw new ReplyTypeMismatchError(`A ${input.type} notice closes no case.`);
    return null;
  }
  const outcome = input.outcome ?? (info.outcomes.length === 1 ? info.outcomes[0] : undefined);
  if (outcome === undefined) throw new ReplyTypeMismatchError(`A ${input.type} letter needs the outcome row it closes with.`);
  if (!info.outcomes.includes(outcome)) throw new ReplyTypeMismatchError(`A ${input.type} letter cannot close a case with ${outcome}.`);
  return outcome;
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || cleanLine(value) === '';
}

function required(values: ReplyValues, name: '申请人' | '第三方' | '机关名称', issues: Issue[]): string {
  const value = cleanLine(values[name] ?? '');
  if (value === '') issues.push({ code: 'value.missing', path: `values.${name}`, message: `缺少“${name}”。` });
  return value;
}

function noteOf(values: ReplyValues): string | null {
  const phone = cleanLine(values.联系电话 ?? '');
  if (phone === '') return null;
  const person = cleanLine(values.联系人 ?? '');
  return person === '' ? `（联系电话：${phone}）` : `（联系人：${person}，联系电话：${phone}）`;
}

/** One issue per value: the template may have reported the same missing value already. */
function uniqueByPath(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = i.path === 'template' ? `${i.code}|${i.message}` : i.path;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

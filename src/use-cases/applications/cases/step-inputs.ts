/**
 * The forms of the case page, one schema per step, as the console posts them (flat fields, text
 * only): what each step asks for, checked with Chinese messages per field. Turning a checked form
 * into the case event is in record-step.ts, which knows the case.
 */
import { z } from 'zod';
import { isWellFormedText } from '../../../domain/accounts/text-checks.ts';
import { feeMethods } from '../../../domain/applications/case-event.ts';
import { isIsoDate } from '../../../domain/applications/iso-date.ts';
import { closingReasons } from '../../../domain/applications/next-steps.ts';
import { singleLineText, type FieldLabels } from '../../input-check.ts';

export const stepFieldLabels: FieldLabels = {
  on: '办理日期',
  note: '备注',
  items: '需要补正的事项',
  correctBy: '补正期限',
  documentNumber: '文号',
  letterDate: '落款日期',
  reason: '原因',
  party: '第三方名称',
  information: '涉及第三方的信息',
  agencyName: '被征求意见的机关',
  consultationId: '征求意见',
  opinion: '意见',
  workingDays: '延长的工作日数',
  method: '计收方式',
  pages: '页数',
  paymentMethod: '缴费方式',
  toAgencyCode: '转送的机关',
  handlerAccountId: '承办人',
  复议机关: '复议机关',
  管辖法院: '管辖法院',
};

export function dateField(label: string) {
  return z
    .string(`请填写${label}。`)
    .transform((text) => text.trim())
    .refine((text) => text !== '', `请填写${label}。`)
    .refine((text) => text === '' || isIsoDate(text), `${label}应为“年-月-日”格式的真实日期，如 2026-11-28。`);
}

/** Text over several lines (补正事项): line breaks are fine, other control characters are not. */
export function multiLineText(label: string, max: number) {
  return z
    .string(`请填写${label}。`)
    .refine(isWellFormedText, `${label}含有无法识别的字符。`)
    .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), `${label}含有无法识别的控制字符。`)
    .refine((text) => [...text].length <= max, `${label}不能超过${max}个字符。`)
    .transform((text) => text.replace(/\r\n?/g, '\n').trim());
}

export function requiredText(label: string, max: number) {
  return singleLineText(label, max).refine((text) => text !== '', `请填写${label}。`);
}

/** An optional field: absent reads as ''. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === undefined || value === null ? '' : value), schema);
}

/** A date that may be left blank (''). */
export function optionalDate(label: string) {
  return optional(
    z
      .string(`${label}应为文字。`)
      .transform((text) => text.trim())
      .refine((text) => text === '' || isIsoDate(text), `${label}应为“年-月-日”格式的真实日期，如 2026-11-28。`),
  );
}

const note = optional(multiLineText('备注', 1000));
const on = dateField('办理日期');
const documentNumber = requiredText('文号', 60);
const letterDate = dateField('落款日期');
const opinion = z.enum(['consents', 'objects', 'noAnswer'], '请选择意见。');

export const stepSchemas = {
  /** 确认收到 (online, fax, unsigned post: Art. 31). */
  receipt: z.strictObject({ on: dateField('确认收到的日期'), note }),
  /** 补正告知 (Art. 30), with the 补正告知书. */
  correction: z.strictObject({
    on: dateField('告知日期'),
    items: multiLineText('需要补正的事项', 2000).refine((text) => text !== '', '请写明需要补正的事项（条例第三十条：一次性告知）。'),
    correctBy: dateField('补正期限'),
    documentNumber,
    letterDate,
    note,
  }),
  correctionReceived: z.strictObject({ on: dateField('收到补正的日期'), note }),
  /**
   * 终止办理: no correction in time, fee unpaid, or withdrawn. The first two send the applicant a
   * 不再处理告知书, whose fields record-step.ts asks for once the rules allow the closing.
   */
  close: z.strictObject({
    on,
    reason: z.enum(closingReasons, '请选择终止办理的原因。'),
    documentNumber: optional(singleLineText('文号', 60)),
    letterDate: optionalDate('落款日期'),
    复议机关: optional(singleLineText('复议机关', 100)),
    管辖法院: optional(singleLineText('管辖法院', 100)),
    note,
  }),
  /** 征求第三方意见 (Art. 32), with the 征求意见书: `on` is the day the third party received it. */
  thirdParty: z.strictObject({
    on: dateField('第三方收到征求意见书的日期'),
    party: requiredText('第三方名称', 200),
    information: multiLineText('涉及第三方的信息', 2000).refine((text) => text !== '', '请写明公开可能损害第三方合法权益的信息。'),
    documentNumber,
    letterDate,
    note,
  }),
  thirdPartyAnswer: z.strictObject({ on: dateField('收到意见的日期'), consultationId: requiredText('征求意见', 40), opinion, note }),
  /** 征求其他机关意见 (Art. 34). */
  agencyConsultation: z.strictObject({ on: dateField('该机关收到征求意见函的日期'), agencyName: requiredText('被征求意见的机关', 200), note }),
  agencyConsultationAnswer: z.strictObject({ on: dateField('收到意见的日期'), consultationId: requiredText('征求意见', 40), opinion, note }),
  /** 收费通知 (国办函〔2020〕109号), with the 收费通知书; `on` is the day the applicant received it. */
  feeNotice: z.strictObject({
    on: dateField('申请人收到收费通知的日期'),
    method: z.enum(feeMethods, '请选择计收方式。'),
    pages: optional(z.union([z.literal(''), z.string().trim().regex(/^\d{1,6}$/, '页数应为整数。')])),
    paymentMethod: requiredText('缴费方式', 200),
    documentNumber,
    letterDate,
    复议机关: requiredText('复议机关', 100),
    管辖法院: requiredText('管辖法院', 100),
    note,
  }),
  feePaid: z.strictObject({ on: dateField('缴费日期'), note }),
  /** 转送: the case moves to the agency that holds the information. */
  transfer: z.strictObject({ on, toAgencyCode: requiredText('转送的机关', 40), reason: requiredText('转送原因', 500), note }),
  /** 延长答复期限 (Art. 33), approved by the reviewer who records it; with the 延期告知书. */
  extension: z.strictObject({
    on: dateField('批准日期'),
    workingDays: z.string('请填写延长的工作日数。').trim().regex(/^\d{1,4}$/, '延长的工作日数应为整数。').transform(Number),
    reason: requiredText('延长理由', 500),
    documentNumber,
    letterDate,
    note,
  }),
} as const;

export type StepName = keyof typeof stepSchemas;
export const stepNames = Object.keys(stepSchemas) as StepName[];

/** The steps a handler posts to `/steps/:step` (the extension is the reviewer's own route). */
export const handlerStepNames: readonly StepName[] = stepNames.filter((name) => name !== 'extension');

export function isStepName(value: string): value is StepName {
  return Object.hasOwn(stepSchemas, value);
}

export type StepInput<Name extends StepName> = z.output<(typeof stepSchemas)[Name]>;

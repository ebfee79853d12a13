/**
 * The catalogue's forms, checked for shape here (text where text is expected, a known kind, a
 * decision, a publication time that is a time); what the values must satisfy (lengths, dates,
 * classification codes …) is the domain's, checked by the use cases. Empty optional fields become
 * null. Multipart and URL-encoded bodies arrive alike: fields are strings.
 */
import { z } from 'zod';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { infoItemKinds } from '../../../domain/catalog/info-item.ts';
import type { NewInfoItemForm } from '../../../use-cases/catalog/items/create-info-item.ts';
import type { InfoItemForm } from '../../../use-cases/catalog/items/check-item-form.ts';
import { checkInput } from '../../validation.ts';

/** Far beyond any field's own limit; the domain says how long each may be. Only guards the parser. */
const maxFieldLength = 2_000_000;

const text = z.string('此项的格式不正确。').max(maxFieldLength).default('').transform((value) => value.trim());
const optionalText = text.transform((value) => (value === '' ? null : value));

export const itemFormSchema = z.object({
  agencyCode: text,
  indexNumber: optionalText,
  kind: z.enum(infoItemKinds, '请选择信息类别。'),
  title: text,
  publisher: text,
  documentNumber: optionalText,
  writtenOn: optionalText,
  subjectCode: text,
  genreCode: text,
  validFrom: optionalText,
  validUntil: optionalText,
  interpretsItemId: optionalText,
  bodyHtml: z.string('正文的格式不正确。').max(maxFieldLength).default(''),
});

/** The draft form's names, to show the submitted values again beside their problems. */
export const itemFormFields = Object.keys(itemFormSchema.shape) as (keyof typeof itemFormSchema.shape)[];

export function parseItemForm(body: unknown): { ok: true; value: NewInfoItemForm } | { ok: false; issues: Issue[] } {
  const checked = checkInput(itemFormSchema, body);
  if (!checked.ok) return checked;
  const { agencyCode, indexNumber, bodyHtml, ...metadata } = checked.value;
  return { ok: true, value: { agencyCode, indexNumber, bodyHtml, metadata } };
}

export function toItemForm(form: NewInfoItemForm): InfoItemForm {
  return { metadata: form.metadata, bodyHtml: form.bodyHtml };
}

export const reviewFormSchema = z
  .object({
    decision: z.enum(['approve', 'sendBack'], '请选择审核意见：同意或退回修改。'),
    comment: text.pipe(z.string().max(1000, '审核意见不能超过1000个字符。')),
    /** 终审 only: `2026-03-05T09:00` from a datetime-local input, in China time; empty: now. */
    publishAt: text.pipe(z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '发布时间的格式不正确，请重新选择日期和时间。')])),
  })
  .superRefine((value, context) => {
    if (value.decision === 'sendBack' && value.comment === '') context.addIssue({ code: 'custom', path: ['comment'], message: '退回时请填写退回意见，说明需要修改的地方。' });
  });

export interface ReviewForm {
  decision: 'approve' | 'sendBack';
  comment: string;
  publishAt: Date | null;
}

export function parseReviewForm(body: unknown): { ok: true; value: ReviewForm } | { ok: false; issues: Issue[] } {
  const checked = checkInput(reviewFormSchema, body);
  if (!checked.ok) return checked;
  const { decision, comment, publishAt } = checked.value;
  if (publishAt === '') return { ok: true, value: { decision, comment, publishAt: null } };
  const at = new Date(`${publishAt}:00+08:00`);
  // Date is lenient (2 March for 30 February): the time must read back as typed.
  const readBack = Number.isNaN(at.getTime()) ? '' : new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
  if (readBack !== publishAt) return { ok: false, issues: [{ code: 'publishAt.invalid', path: 'publishAt', message: '发布时间不是有效的日期和时间，请重新选择。' }] };
  return { ok: true, value: { decision, comment, publishAt: at } };
}

export const withdrawFormSchema = z.object({
  reason: text.pipe(z.string().min(1, '请填写撤回理由。').max(1000, '撤回理由不能超过1000个字符。')),
});

/**
 * The public catalogue's query strings. Empty values (a select left at “全部”) mean no filter;
 * unknown parameters are ignored (links from elsewhere carry their own); a malformed value is
 * refused with a message saying which filter.
 */
import { z } from 'zod';
import { agencyCodePattern } from '../../../domain/agencies/agency.ts';
import { infoItemKinds } from '../../../domain/catalog/info-item.ts';

const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const classificationCode = (label: string) => z.string().regex(/^[A-Za-z0-9]{1,20}$/, `${label}的代码格式不正确。`);

export const catalogQuerySchema = z.object({
  agency: optional(z.string().regex(agencyCodePattern, '发布机关的代码格式不正确。')),
  subject: optional(classificationCode('主题分类')),
  genre: optional(classificationCode('体裁分类')),
  year: optional(z.string().regex(/^\d{4}$/, '年度应为四位数字，如 2025。').transform(Number)),
  kind: optional(z.enum(infoItemKinds, '信息类别不是可以选择的值。')),
  page: optional(z.string().regex(/^\d{1,5}$/, '页码应为正整数。').transform(Number).refine((n) => n >= 1, '页码应为正整数。')),
});

export const feedQuerySchema = z.object({
  agency: optional(z.string().regex(agencyCodePattern, '机关代码的格式不正确。')),
});

export const sitemapQuerySchema = z.object({
  page: optional(z.string().regex(/^\d{1,6}$/, '页码应为正整数。').transform(Number).refine((n) => n >= 1, '页码应为正整数。')),
});

export const agencyParamsSchema = z.object({ agencyCode: z.string().max(40) });

export const itemParamsSchema = z.object({
  agencyCode: z.string().max(40),
  indexNumber: z.string().max(200),
});

export const attachmentParamsSchema = itemParamsSchema.extend({ attachmentId: z.string().max(60) });

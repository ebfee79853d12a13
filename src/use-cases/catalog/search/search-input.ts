/**
 * The search request, for the portal page and `GET /api/v1/search` alike: the query (at most 100
 * characters once normalised), filters, and the page. Querystrings are text, so numbers are
 * converted here; an empty form field counts as absent.
 */
import { z } from 'zod';
import { infoItemKinds } from '../../../domain/catalog/info-item.ts';
import { normalizeQueryText, searchQueryLimits } from '../../../domain/search/parse-query.ts';
import type { FieldLabels } from '../../input-check.ts';

export const searchInputLabels: FieldLabels = {
  q: '搜索词',
  agency: '发布机关',
  subject: '主题分类',
  genre: '体裁分类',
  kind: '信息类别',
  from: '起始年份',
  to: '截止年份',
  page: '页码',
  pageSize: '每页条数',
};

export const searchPageLimits = { pages: 500, pageSize: 50, defaultPageSize: 10 } as const;

const emptyAsAbsent = (value: unknown) => (value === '' ? undefined : value);
const code = (label: string) =>
  z.preprocess(emptyAsAbsent, z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, `${label}的代码格式不正确。`).optional());
const year = (label: string) => {
  const message = `${label}应为 2008 至 2100 之间的四位数年份。`;
  return z.preprocess(emptyAsAbsent, z.coerce.number(message).int(message).min(2008, message).max(2100, message).optional());
};
const wholeNumber = (label: string, max: number, fallback: number) =>
  z.preprocess(
    emptyAsAbsent,
    z.coerce.number(`${label}应为整数。`).int(`${label}应为整数。`).min(1, `${label}不能小于1。`).max(max, `${label}不能大于${max}。`).default(fallback),
  );

const searchFields = {
  q: z.preprocess(
    (value) => (typeof value === 'string' ? normalizeQueryText(value) : value),
    z
      .string()
      .min(1, '请输入搜索词。')
      .max(searchQueryLimits.characters, `搜索词不能超过${searchQueryLimits.characters}个字符，请缩短后再搜索。`),
  ),
  agency: code('发布机关'),
  subject: code('主题分类'),
  genre: code('体裁分类'),
  kind: z.preprocess(emptyAsAbsent, z.enum(infoItemKinds, '信息类别不是可以选择的值。').optional()),
  from: year('起始年份'),
  to: year('截止年份'),
  page: wholeNumber('页码', searchPageLimits.pages, 1),
  pageSize: wholeNumber('每页条数', searchPageLimits.pageSize, searchPageLimits.defaultPageSize),
};

const yearsInOrder = (input: { from?: number | undefined; to?: number | undefined }) =>
  input.from === undefined || input.to === undefined || input.from <= input.to;
const yearsMessage = { message: '起始年份不能晚于截止年份。', path: ['to'] };

/** The query of `GET /api/v1/search`: unknown parameters are refused. */
export const searchInputSchema = z.strictObject(searchFields).refine(yearsInOrder, yearsMessage);

/** The same fields read from the portal's form, where other parameters are ignored. */
export const searchFormSchema = z.object(searchFields).refine(yearsInOrder, yearsMessage);

export type SearchInput = z.output<typeof searchInputSchema>;

/** JSON Schemas of `GET /api/v1/search` (the query comes from the use case's zod schema). */
import { rankingWindow, searchTuning } from '../../../db/repositories/search.ts';

const commonShare = `${Math.round(100 / searchTuning.denseShare)}%`;

export const searchHitResponse = {
  type: 'object',
  required: ['title', 'indexNumber', 'publisher', 'publishedOn', 'url'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', description: '标题' },
    indexNumber: { type: 'string', description: '索引号' },
    publisher: { type: 'string', description: '发布机构' },
    publishedOn: { type: 'string', format: 'date', nullable: true, description: '发布日期（年-月-日）' },
    url: { type: 'string', description: '永久链接：/agencies/{机关代码}/items/{URL 编码的索引号}' },
  },
} as const;

export const searchResponse = {
  type: 'object',
  required: ['total', 'items'],
  additionalProperties: false,
  properties: {
    total: {
      type: 'integer',
      description:
        `找到的条数。很常见的词（最近发布的信息中 ${commonShare} 以上含有）只计到 ${rankingWindow}。` +
        `无论找到多少，只有最近发布的 ${rankingWindow} 条按相关程度排序、可以翻页。全文检索没有结果时，为标题相近的信息条数（模糊匹配）。`,
    },
    items: { type: 'array', items: searchHitResponse, description: '本页结果：标题含全部搜索词的在前，其余按相关度、发布日期排列' },
  },
} as const;

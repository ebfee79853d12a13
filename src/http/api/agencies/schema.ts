/** JSON Schemas of the agency API's answers (the request bodies come from the use cases' zod schemas). */
import { agencyKinds } from '../../../domain/agencies/agency.ts';

const nullableText = { type: 'string', nullable: true } as const;

export const agencyResponse = {
  type: 'object',
  required: ['code', 'name', 'kind', 'parentCode', 'creditCode', 'office', 'updatedAt'],
  properties: {
    code: { type: 'string', description: '机关代码（用于网址），例如 lcx-zrzy' },
    name: { type: 'string' },
    kind: { type: 'string', enum: [...agencyKinds] },
    parentCode: nullableText,
    creditCode: { ...nullableText, description: '统一社会信用代码' },
    office: {
      type: 'object',
      required: ['officeName', 'address', 'postcode', 'phone', 'email', 'hours'],
      properties: { officeName: nullableText, address: nullableText, postcode: nullableText, phone: nullableText, email: nullableText, hours: nullableText },
    },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const agencyListResponse = {
  type: 'object',
  required: ['agencies'],
  properties: { agencies: { type: 'array', items: agencyResponse } },
} as const;

export const agencyParams = {
  type: 'object',
  required: ['agencyCode'],
  properties: { agencyCode: { type: 'string', description: '机关代码' } },
} as const;

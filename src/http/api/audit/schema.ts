/** JSON Schemas of the audit API's answers (the filter comes from the use case's zod schema). */
const nullableText = { type: 'string', nullable: true } as const;

export const auditEntryResponse = {
  type: 'object',
  required: ['seq', 'occurredAt', 'actorAccountId', 'actorName', 'action', 'targetType', 'targetId', 'agencyCode', 'ip', 'details', 'prevHash', 'hash'],
  properties: {
    seq: { type: 'integer' },
    occurredAt: { type: 'string', format: 'date-time' },
    actorAccountId: nullableText,
    actorName: { type: 'string' },
    action: { type: 'string', description: '操作，例如 account.login' },
    targetType: nullableText,
    targetId: nullableText,
    agencyCode: nullableText,
    ip: nullableText,
    details: { type: 'object', additionalProperties: true },
    prevHash: { type: 'string' },
    hash: { type: 'string' },
  },
} as const;

export const auditPageResponse = {
  type: 'object',
  required: ['entries', 'total', 'page', 'pageSize', 'pageCount'],
  properties: {
    entries: { type: 'array', items: auditEntryResponse },
    total: { type: 'integer' },
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
    pageCount: { type: 'integer' },
  },
} as const;

export const verificationResponse = {
  type: 'object',
  required: ['count', 'intact', 'brokenLink', 'lastHash'],
  properties: {
    count: { type: 'integer', description: '已核验的记录数' },
    intact: { type: 'boolean' },
    brokenLink: {
      type: 'object',
      nullable: true,
      properties: { seq: { type: 'integer' }, reason: { type: 'string' }, message: { type: 'string' } },
    },
    lastHash: { ...nullableText, description: '最后一条完好记录的哈希：请另行保存，以便日后发现末尾记录被删除' },
  },
} as const;

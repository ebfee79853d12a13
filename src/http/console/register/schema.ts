/** JSON Schemas of the table A API (`GET /api/v1/agencies/:agencyCode/table-a`), for its OpenAPI entry. */

const count = { type: 'integer', minimum: 0, nullable: true, description: '件数；未录入为 null' } as const;
const documentCounts = {
  type: 'object',
  required: ['issued', 'abolished', 'inForce'],
  properties: {
    issued: { ...count, description: '本年制发件数' },
    abolished: { ...count, description: '本年废止件数（含本年失效）' },
    inForce: { ...count, description: '现行有效件数（12月31日）' },
  },
} as const;
const decisions = { type: 'object', required: ['decisions'], properties: { decisions: { ...count, description: '本年处理决定数量' } } } as const;

/** `proactive` of the canonical annual report JSON (表二). */
export const proactiveSchema = {
  type: 'object',
  description: '年度报告表二“主动公开政府信息情况”，键名同年度报告的标准 JSON（proactive）',
  required: ['regulations', 'normativeDocuments', 'licensing', 'penalty', 'enforcement', 'fees'],
  properties: {
    regulations: { ...documentCounts, description: '规章（第二十条第（一）项）' },
    normativeDocuments: { ...documentCounts, description: '行政规范性文件（第二十条第（一）项）' },
    licensing: { ...decisions, description: '行政许可（第二十条第（五）项）' },
    penalty: { ...decisions, description: '行政处罚（第二十条第（六）项）' },
    enforcement: { ...decisions, description: '行政强制（第二十条第（六）项）' },
    fees: {
      type: 'object',
      description: '行政事业性收费（第二十条第（八）项）',
      required: ['amountWanYuan'],
      properties: { amountWanYuan: { type: 'string', nullable: true, pattern: '^\\d+(\\.\\d+)?$', description: '本年收费金额（万元），按录入的原样；未录入为 null' } },
    },
  },
} as const;

export const tableAResponse = {
  type: 'object',
  required: ['agency', 'year', 'includeSubtree', 'agencies', 'missingArt20', 'proactive'],
  properties: {
    agency: { type: 'string', description: '机关代码' },
    year: { type: 'integer' },
    includeSubtree: { type: 'boolean', description: '是否含下级机关' },
    agencies: { type: 'array', items: { type: 'string' }, description: '统计在内的机关代码' },
    missingArt20: { type: 'array', items: { type: 'string' }, description: '尚未录入该年度第二十条数据的机关代码' },
    proactive: proactiveSchema,
  },
} as const;

export const tableAParams = {
  type: 'object',
  required: ['agencyCode'],
  properties: { agencyCode: { type: 'string', description: '机关代码' } },
} as const;

export const tableAQuery = {
  type: 'object',
  properties: {
    year: { type: 'string', description: '年度，如 2025；缺省为今年' },
    subtree: { type: 'string', enum: ['1', '0', 'true', 'false'], description: '1：含下级机关' },
  },
} as const;

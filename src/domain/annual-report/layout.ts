/**
 * The official layout of the three tables (国办公开办函〔2021〕30号): every row and column with
 * its key and its printed label. Readers match labels against it, writers print it, the checker
 * names cells with it. One source for all three.
 */
import {
  applicantColumns,
  reviewColumns,
  reviewGroups,
  type ApplicantColumn,
  type ReviewColumn,
  type ReviewGroupKey,
} from './model.ts';

export const applicantColumnLabels: Record<ApplicantColumn, string> = {
  naturalPerson: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legalService: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
};

/** A row of table B: its dotted key under `applications`, its printed label and its group heading. */
export interface ApplicationRowLayout {
  /** e.g. `outcomes.denied.stateSecret` */
  key: string;
  /** The row's own label as printed, e.g. `1.属于国家秘密`. */
  label: string;
  /** The heading this row sits under, e.g. `（三）不予公开`; absent for top-level rows. */
  group?: string;
  /** `三、本年度办理结果` for every outcome row. */
  section?: string;
}

const result = '三、本年度办理结果';
export const applicationRows: readonly ApplicationRowLayout[] = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
  { key: 'outcomes.granted', label: '（一）予以公开', section: result },
  { key: 'outcomes.partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', section: result },
  ...[
    ['stateSecret', '1.属于国家秘密'],
    ['prohibitedByLaw', '2.其他法律行政法规禁止公开'],
    ['threeSecurities', '3.危及“三安全一稳定”'],
    ['thirdPartyRights', '4.保护第三方合法权益'],
    ['internalAffairs', '5.属于三类内部事务信息'],
    ['processInformation', '6.属于四类过程性信息'],
    ['enforcementFile', '7.属于行政执法案卷'],
    ['administrativeQuery', '8.属于行政查询事项'],
  ].map(([k, label]) => ({ key: `outcomes.denied.${k}`, label: label!, group: '（三）不予公开', section: result })),
  ...[
    ['notHeld', '1.本机关不掌握相关政府信息'],
    ['needsCreation', '2.没有现成信息需要另行制作'],
    ['unclearAfterCorrection', '3.补正后申请内容仍不明确'],
  ].map(([k, label]) => ({ key: `outcomes.unavailable.${k}`, label: label!, group: '（四）无法提供', section: result })),
  ...[
    ['petition', '1.信访举报投诉类申请'],
    ['duplicate', '2.重复申请'],
    ['publication', '3.要求提供公开出版物'],
    ['excessive', '4.无正当理由大量反复申请'],
    ['confirmation', '5.要求行政机关确认或重新出具已获取信息'],
  ].map(([k, label]) => ({ key: `outcomes.notProcessed.${k}`, label: label!, group: '（五）不予处理', section: result })),
  ...[
    ['noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    ['unpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    ['other', '3.其他'],
  ].map(([k, label]) => ({ key: `outcomes.other.${k}`, label: label!, group: '（六）其他处理', section: result })),
  { key: 'outcomes.total', label: '（七）总计', section: result },
  { key: 'carriedForward', label: '四、结转下年度继续办理' },
];

/** The 21 outcome rows that add up to `outcomes.total` (R2). */
export const outcomeRowKeys: readonly string[] = applicationRows
  .map((r) => r.key)
  .filter((k) => k.startsWith('outcomes.') && k !== 'outcomes.total');

export const reviewGroupLabels: Record<ReviewGroupKey, string> = {
  reconsideration: '行政复议',
  litigationDirect: '行政诉讼·未经复议直接起诉',
  litigationAfterReconsideration: '行政诉讼·复议后起诉',
};
export const reviewColumnLabels: Record<ReviewColumn, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

/** A row of table A: its key under `proactive`, the Art. 20 item heading it sits under, and its fields. */
export interface ProactiveRowLayout {
  key: 'regulations' | 'normativeDocuments' | 'licensing' | 'penalty' | 'enforcement' | 'fees';
  label: string;
  item: string;
  fields: readonly { key: string; label: string }[];
}
const documentFields = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'abolished', label: '本年废止件数' },
  { key: 'inForce', label: '现行有效件数' },
] as const;
const decisionFields = [{ key: 'decisions', label: '本年处理决定数量' }] as const;
export const proactiveRows: readonly ProactiveRowLayout[] = [
  { key: 'regulations', label: '规章', item: '第二十条第（一）项', fields: documentFields },
  { key: 'normativeDocuments', label: '行政规范性文件', item: '第二十条第（一）项', fields: documentFields },
  { key: 'licensing', label: '行政许可', item: '第二十条第（五）项', fields: decisionFields },
  { key: 'penalty', label: '行政处罚', item: '第二十条第（六）项', fields: decisionFields },
  { key: 'enforcement', label: '行政强制', item: '第二十条第（六）项', fields: decisionFields },
  {
    key: 'fees',
    label: '行政事业性收费',
    item: '第二十条第（八）项',
    fields: [{ key: 'amountWanYuan', label: '本年收费金额（单位：万元）' }],
  },
];

export const sectionHeadings = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviews: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

/** Every figure's dotted path, in the order the tables print them. */
export const figurePaths: readonly string[] = [
  ...proactiveRows.flatMap((r) => r.fields.map((f) => `proactive.${r.key}.${f.key}`)),
  ...applicationRows.flatMap((r) => applicantColumns.map((c) => `applications.${r.key}.${c}`)),
  ...reviewGroups.flatMap((g) => reviewColumns.map((c) => `reviews.${g}.${c}`)),
];

/** A person's name for a figure, in Chinese, for messages: 表三「（一）予以公开」行「自然人」列. */
export function describeFigure(path: string): string {
  const [table, ...rest] = path.split('.');
  if (table === 'applications') {
    const column = rest.pop() as ApplicantColumn;
    const row = applicationRows.find((r) => r.key === rest.join('.'));
    return `表三「${row?.label ?? rest.join('.')}」行「${applicantColumnLabels[column] ?? column}」列`;
  }
  if (table === 'reviews') {
    const [group, column] = rest as [ReviewGroupKey, ReviewColumn];
    return `表四「${reviewGroupLabels[group] ?? group}·${reviewColumnLabels[column] ?? column}」`;
  }
  if (table === 'proactive') {
    const [rowKey, fieldKey] = rest;
    const row = proactiveRows.find((r) => r.key === rowKey);
    const field = row?.fields.find((f) => f.key === fieldKey);
    return `表二「${row?.label ?? rowKey}·${field?.label ?? fieldKey}」`;
  }
  return path;
}

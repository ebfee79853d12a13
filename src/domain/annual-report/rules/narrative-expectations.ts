/** For each kind of narrative claim: the table figures it may equal, and its name in messages. */
import { describeFigure } from '../layout.ts';
import type { NarrativeClaim } from '../narrative/claim.ts';
import { amountPath, type RuleContext, type TableKey } from './rule-context.ts';

/** One accepted reading of a claim in the tables: a figure, or a sum of figures. */
export interface Reading {
  value: number;
  /** How a message names it; built only for a mismatch, most claims match. */
  describe(): string;
}

export interface Expectation {
  rule: string;
  /** Claims of one family with the same value are reported together. */
  family: string;
  label: string;
  unit: string;
  table: TableKey;
  /** The table figures involved, for the finding's locations. */
  paths: string[];
  readings: Reading[];
}

const newReceived = 'applications.newReceived.total';
const carriedOver = 'applications.carriedOver.total';
const answered = 'applications.outcomes.total.total';
const carriedForward = 'applications.carriedForward.total';

export function findExpectation(claim: NarrativeClaim, context: RuleContext): Expectation | undefined {
  const [head = '', field = ''] = claim.topic.split('.');
  if (head === 'applications') return expectApplications(claim, context);
  if (head === 'regulations' || head === 'normativeDocuments') return expectDocuments(head, field, context);
  if (head === 'licensing' || head === 'penalty' || head === 'enforcement') {
    const path = `proactive.${head}.decisions`;
    return { ...where('R8.decisions', claim.topic, path), label: decisionLabels[head], readings: [single(context, path)] };
  }
  if (claim.topic === 'fees.administrative') return expectAdministrativeFees(context);
  if (head === 'fees') return undefined;
  return expectReviews(head, field, context);
}

function where(rule: string, family: string, ...paths: string[]) {
  const table = paths[0]!.split('.')[0] as TableKey;
  return { rule, family, table, paths, unit: '件' };
}

function single(context: RuleContext, path: string): Reading {
  const value = context.count(path);
  return { value, describe: () => `${describeFigure(path)}为 ${value}` };
}

function sum(context: RuleContext, paths: readonly string[]): Reading {
  const values = paths.map(context.count);
  const value = values.reduce((s, v) => s + v, 0);
  const describe = () => `${paths.map(describeFigure).join(' + ')} = ${values.join(' + ')} = ${value}`;
  return { value, describe };
}

const applicationLabels: Record<string, string> = {
  'applications.received': '收到（受理）政府信息公开申请',
  'applications.newReceived': '新收政府信息公开申请',
  'applications.receivedWithCarriedOver': '包括上年结转在内的政府信息公开申请',
  'applications.answered': '答复（办结）政府信息公开申请',
  'applications.carriedOver': '上年结转政府信息公开申请',
  'applications.carriedForward': '结转下年度继续办理的申请',
};

function expectApplications(claim: NarrativeClaim, context: RuleContext): Expectation {
  const label = applicationLabels[claim.topic] ?? claim.topic;
  const received = (paths: string[], readings: Reading[]): Expectation => ({
    ...where('R8.applications', 'applications.received', ...paths),
    label,
    readings,
  });
  switch (claim.topic) {
    case 'applications.received':
      return received([newReceived, carriedOver], [single(context, newReceived), sum(context, [newReceived, carriedOver])]);
    case 'applications.newReceived':
      return received([newReceived], [single(context, newReceived)]);
    case 'applications.receivedWithCarriedOver':
      return received([newReceived, carriedOver], [sum(context, [newReceived, carriedOver])]);
    case 'applications.answered':
      return claim.isVague
        ? // 办理/处理 may also count every application handled in the year.
          {
            ...where('R8.applications', claim.topic, answered, newReceived, carriedOver),
            label,
            readings: [single(context, answered), single(context, newReceived), sum(context, [newReceived, carriedOver])],
          }
        : { ...where('R8.applications', claim.topic, answered), label, readings: [single(context, answered)] };
    default: {
      const path = claim.topic === 'applications.carriedOver' ? carriedOver : carriedForward;
      return { ...where('R8.applications', claim.topic, path), label, readings: [single(context, path)] };
    }
  }
}

const documentNames = { regulations: '规章', normativeDocuments: '行政规范性文件' };
const documentVerbs: Record<string, string> = {
  issued: '制发',
  abolished: '废止',
  abolishedOrExpired: '废止（含失效）',
  inForce: '现行有效',
};

function expectDocuments(
  kind: 'regulations' | 'normativeDocuments',
  field: string,
  context: RuleContext,
): Expectation | undefined {
  const verb = documentVerbs[field];
  // 失效 alone has no column: it is compared only as part of 废止 (see the abolished claim).
  if (verb === undefined) return undefined;
  const column = field === 'abolishedOrExpired' ? 'abolished' : field;
  const path = `proactive.${kind}.${column}`;
  return {
    ...where('R8.documents', `${kind}.${column}`, path),
    label: `${verb}${documentNames[kind]}`,
    readings: [single(context, path)],
  };
}

const decisionLabels = { licensing: '行政许可决定', penalty: '行政处罚决定', enforcement: '行政强制决定' };

function expectAdministrativeFees(context: RuleContext): Expectation | undefined {
  const amount = context.figure(amountPath);
  if (typeof amount !== 'string' || !/^\d+(?:\.\d+)?$/.test(amount.trim())) return undefined;
  const value = Number(amount);
  return {
    ...where('R8.fees', 'fees.administrative', amountPath),
    unit: '万元',
    label: '行政事业性收费',
    readings: [{ value, describe: () => `${describeFigure(amountPath)}为 ${amount.trim()}` }],
  };
}

const reviewNames: Record<string, string> = {
  reconsideration: '行政复议',
  litigation: '行政诉讼',
  litigationDirect: '未经复议直接起诉的行政诉讼',
  litigationAfterReconsideration: '复议后起诉的行政诉讼',
};
const reviewColumnNames: Record<string, string> = {
  total: '案件',
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
};

function expectReviews(kind: string, column: string, context: RuleContext): Expectation | undefined {
  const name = reviewNames[kind];
  const columnName = reviewColumnNames[column];
  if (name === undefined || columnName === undefined) return undefined;
  const label = `${name}${columnName}`;
  if (kind !== 'litigation') {
    const path = `reviews.${kind}.${column}`;
    return { ...where('R8.reviews', `${kind}.${column}`, path), label, readings: [single(context, path)] };
  }
  // A narrative's 行政诉讼 usually adds both kinds of suits; some mean only the direct ones.
  const direct = `reviews.litigationDirect.${column}`;
  const afterReconsideration = `reviews.litigationAfterReconsideration.${column}`;
  return {
    ...where('R8.reviews', `litigation.${column}`, direct, afterReconsideration),
    label,
    readings: [sum(context, [direct, afterReconsideration]), single(context, direct)],
  };
}

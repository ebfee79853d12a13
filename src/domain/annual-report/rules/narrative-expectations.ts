/** For each kind of narrative claim: the table figures it may equal, and its name in messages. */
import { describeFigure } from '../layout.ts';
import type { NarrativeClaim } from '../narrative/claim.ts';
import { amountPath, type RuleContext, type TableKey } from './rule-context.ts';

/** One accepted reading of a claim in the tables: a figure, or a sum of figures. */
export interface Reading {
  value: number;
  /** The figures read: one, or those the sum adds up. */
  paths: readonly string[];
  /** Each figure as a message prints it. */
  printed: readonly string[];
}

/** How a message names a reading; built only for a mismatch, most claims match. */
export function describeReading(reading: Reading): string {
  const [path, ...others] = reading.paths;
  if (path !== undefined && others.length === 0) return `${describeFigure(path)}为 ${reading.printed[0]}`;
  return `${reading.paths.map(describeFigure).join(' + ')} = ${reading.printed.join(' + ')} = ${reading.value}`;
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
    return createExpectation('R8.decisions', claim.topic, decisionLabels[head], [path], [single(context, path)]);
  }
  if (claim.topic === 'fees.administrative') return expectAdministrativeFees(context);
  if (head === 'fees') return undefined;
  return expectReviews(head, field, context);
}

// Built field by field: spreading a shared part into each expectation was a hot spot of the checker.
function createExpectation(
  rule: string,
  family: string,
  label: string,
  paths: string[],
  readings: Reading[],
  unit = '件',
): Expectation {
  const table = paths[0]!.split('.')[0] as TableKey;
  return { rule, family, label, unit, table, paths, readings };
}

function single(context: RuleContext, path: string): Reading {
  const value = context.count(path);
  return { value, paths: [path], printed: [String(value)] };
}

function sum(context: RuleContext, paths: readonly string[]): Reading {
  const values = paths.map(context.count);
  const value = values.reduce((s, v) => s + v, 0);
  return { value, paths, printed: values.map(String) };
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
  const rule = 'R8.applications';
  const received = 'applications.received';
  switch (claim.topic) {
    case 'applications.received': {
      const readings = [single(context, newReceived), sum(context, [newReceived, carriedOver])];
      return createExpectation(rule, received, label, [newReceived, carriedOver], readings);
    }
    case 'applications.newReceived':
      return createExpectation(rule, received, label, [newReceived], [single(context, newReceived)]);
    case 'applications.receivedWithCarriedOver': {
      const readings = [sum(context, [newReceived, carriedOver])];
      return createExpectation(rule, received, label, [newReceived, carriedOver], readings);
    }
    case 'applications.answered':
      return claim.isVague
        ? // 办理/处理 may also count every application handled in the year.
          createExpectation(rule, claim.topic, label, [answered, newReceived, carriedOver], [
            single(context, answered),
            single(context, newReceived),
            sum(context, [newReceived, carriedOver]),
          ])
        : createExpectation(rule, claim.topic, label, [answered], [single(context, answered)]);
    default: {
      const path = claim.topic === 'applications.carriedOver' ? carriedOver : carriedForward;
      return createExpectation(rule, claim.topic, label, [path], [single(context, path)]);
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
  const label = `${verb}${documentNames[kind]}`;
  return createExpectation('R8.documents', `${kind}.${column}`, label, [path], [single(context, path)]);
}

const decisionLabels = { licensing: '行政许可决定', penalty: '行政处罚决定', enforcement: '行政强制决定' };

function expectAdministrativeFees(context: RuleContext): Expectation | undefined {
  const amount = context.figure(amountPath);
  if (typeof amount !== 'string' || !/^\d+(?:\.\d+)?$/.test(amount.trim())) return undefined;
  const reading = { value: Number(amount), paths: [amountPath], printed: [amount.trim()] };
  return createExpectation('R8.fees', 'fees.administrative', '行政事业性收费', [amountPath], [reading], '万元');
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
    return createExpectation('R8.reviews', `${kind}.${column}`, label, [path], [single(context, path)]);
  }
  // A narrative's 行政诉讼 usually adds both kinds of suits; some mean only the direct ones.
  const direct = `reviews.litigationDirect.${column}`;
  const afterReconsideration = `reviews.litigationAfterReconsideration.${column}`;
  const readings = [sum(context, [direct, afterReconsideration]), single(context, direct)];
  return createExpectation('R8.reviews', `litigation.${column}`, label, [direct, afterReconsideration], readings);
}

/**
 * How each row of tables A and B is recognised. Table B rows are matched on their distinctive
 * words, so a cut PDF label ("1、申请人无正当理由逾期不补") and the variants reports use (不再受理 /
 * 不再处理, 其他法律和行政法规 / 其他法律行政法规) still match. Table A labels are short and also
 * occur in narrative text, so they must match exactly.
 */
import { applicationRows, proactiveRows } from '../../annual-report/layout.ts';
import type { RowMatcher } from './labeled-rows.ts';

const applicationKeywords: Record<string, readonly string[]> = {
  newReceived: ['本年新收', '新收政府信息公开申请数量'],
  carriedOver: ['上年结转', '上年度结转'],
  'outcomes.granted': ['予以公开'],
  'outcomes.partial': ['部分公开'],
  'outcomes.denied.stateSecret': ['国家秘密'],
  'outcomes.denied.prohibitedByLaw': ['禁止公开'],
  'outcomes.denied.threeSecurities': ['三安全', '一稳定'],
  'outcomes.denied.thirdPartyRights': ['第三方合法权益', '保护第三方'],
  'outcomes.denied.internalAffairs': ['内部事务'],
  'outcomes.denied.processInformation': ['过程性信息'],
  'outcomes.denied.enforcementFile': ['执法案卷'],
  'outcomes.denied.administrativeQuery': ['行政查询', '查询事项'],
  'outcomes.unavailable.notHeld': ['不掌握'],
  'outcomes.unavailable.needsCreation': ['另行制作', '没有现成'],
  'outcomes.unavailable.unclearAfterCorrection': ['补正后', '仍不明确'],
  'outcomes.notProcessed.petition': ['信访', '举报投诉'],
  'outcomes.notProcessed.duplicate': ['重复申请'],
  'outcomes.notProcessed.publication': ['出版物'],
  'outcomes.notProcessed.excessive': ['大量反复', '反复申请'],
  'outcomes.notProcessed.confirmation': ['重新出具', '确认或'],
  'outcomes.other.noCorrection': ['不补正', '无正当理由逾期'],
  'outcomes.other.unpaidFee': ['收费通知', '缴纳费用', '逾期未按', '未缴纳'],
  'outcomes.other.other': [],
  'outcomes.total': ['(七)总计'],
  carriedForward: ['结转下年', '下年度继续', '继续办理'],
};

// "其他" and "总计" are also column headings: only close to the expected row, and only as the whole label.
const weakLabels: Record<string, { core: string; maxDistance: number }> = {
  'outcomes.other.other': { core: '其他', maxDistance: 2 },
  'outcomes.total': { core: '总计', maxDistance: 3 },
};

const numberedOther = /(?:\(3\)|3[.、])其他$/;

// A loop of `includes`, not a pattern of the keywords nor `keywords.some(…)`: rows have one or two
// keywords, and this runs for every text token of the table and every row still looked for.
function includesAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

function applicationMatcher(key: string): RowMatcher {
  const keywords = applicationKeywords[key] ?? [];
  const weak = weakLabels[key];
  return {
    key,
    matches(norm, core, distance, isFollowedByValue) {
      if (key === 'outcomes.granted' && norm.includes('不予')) return false;
      if (includesAny(norm, keywords)) return true;
      if (weak === undefined) return false;
      if (key === 'outcomes.other.other' && numberedOther.test(norm)) return true;
      return core === weak.core && distance <= weak.maxDistance && isFollowedByValue;
    },
  };
}


/** One matcher per row of table B, in the order of `applicationRows`. */
export const applicationMatchers: readonly RowMatcher[] = applicationRows.map((row) =>
  applicationMatcher(row.key),
);

const proactiveLabels: Record<string, readonly string[]> = {
  regulations: ['规章'],
  normativeDocuments: ['行政规范性文件', '规范性文件'],
  licensing: ['行政许可'],
  penalty: ['行政处罚'],
  enforcement: ['行政强制'],
  fees: ['行政事业性收费'],
};

// "行政事业性收费(万元)": the unit in brackets is not part of the label.
const bracketedEnd = /\(.*\)$/;

function proactiveMatcher(key: string): RowMatcher {
  const labels = proactiveLabels[key] ?? [];
  return {
    key,
    matches(_norm, core) {
      return labels.includes(core.replace(bracketedEnd, ''));
    },
  };
}

/** One matcher per row of table A, in the order of `proactiveRows`. */
export const proactiveMatchers: readonly RowMatcher[] = proactiveRows.map((row) =>
  proactiveMatcher(row.key),
);

/**
 * The outcome (办理结果) of an application: exactly one of the 21 outcome rows of table B
 * (国办公开办函〔2021〕30号), keyed by the row's path under `outcomes.` in the canonical report.
 * `basis` is the 条例 article the row rests on (shared/design/regulation.md §3.4).
 */
export const outcomeKeys = [
  'granted',
  'partial',
  'denied.stateSecret',
  'denied.prohibitedByLaw',
  'denied.threeSecurities',
  'denied.thirdPartyRights',
  'denied.internalAffairs',
  'denied.processInformation',
  'denied.enforcementFile',
  'denied.administrativeQuery',
  'unavailable.notHeld',
  'unavailable.needsCreation',
  'unavailable.unclearAfterCorrection',
  'notProcessed.petition',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
  'other.noCorrection',
  'other.unpaidFee',
  'other.other',
] as const;
export type OutcomeKey = (typeof outcomeKeys)[number];

export interface OutcomeInfo {
  /** The row label as the report prints it. */
  label: string;
  /** The group label for grouped rows (（三）不予公开 …), the row itself otherwise. */
  group: string;
  /** The 条例 article(s) behind the row. */
  basis: string;
}

const denied = '（三）不予公开';
const unavailable = '（四）无法提供';
const notProcessed = '（五）不予处理';
const other = '（六）其他处理';

export const outcomeInfo: Readonly<Record<OutcomeKey, OutcomeInfo>> = {
  granted: { label: '予以公开', group: '（一）予以公开', basis: '第三十六条第（一）、（二）项' },
  partial: { label: '部分公开', group: '（二）部分公开', basis: '第三十七条' },
  'denied.stateSecret': { label: '属于国家秘密', group: denied, basis: '第十四条' },
  'denied.prohibitedByLaw': { label: '其他法律行政法规禁止公开', group: denied, basis: '第十四条' },
  'denied.threeSecurities': { label: '危及“三安全一稳定”', group: denied, basis: '第十四条' },
  'denied.thirdPartyRights': { label: '保护第三方合法权益', group: denied, basis: '第十五条、第三十二条' },
  'denied.internalAffairs': { label: '属于三类内部事务信息', group: denied, basis: '第十六条第一款' },
  'denied.processInformation': { label: '属于四类过程性信息', group: denied, basis: '第十六条第二款' },
  'denied.enforcementFile': { label: '属于行政执法案卷', group: denied, basis: '第十六条第二款' },
  'denied.administrativeQuery': { label: '属于行政查询事项', group: denied, basis: '第三十六条第（七）项' },
  'unavailable.notHeld': { label: '本机关不掌握相关政府信息', group: unavailable, basis: '第三十六条第（四）、（五）项' },
  'unavailable.needsCreation': { label: '没有现成信息需要另行制作', group: unavailable, basis: '第三十八条' },
  'unavailable.unclearAfterCorrection': { label: '补正后申请内容仍不明确', group: unavailable, basis: '第三十条' },
  'notProcessed.petition': { label: '信访举报投诉类申请', group: notProcessed, basis: '第三十九条第一款' },
  'notProcessed.duplicate': { label: '重复申请', group: notProcessed, basis: '第三十六条第（六）项' },
  'notProcessed.publication': { label: '要求提供公开出版物', group: notProcessed, basis: '第三十九条第二款' },
  'notProcessed.excessive': { label: '无正当理由大量反复申请', group: notProcessed, basis: '第三十五条' },
  'notProcessed.confirmation': { label: '要求行政机关确认或重新出具已获取信息', group: notProcessed, basis: '（实践类别）' },
  'other.noCorrection': { label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', group: other, basis: '第三十条' },
  'other.unpaidFee': { label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', group: other, basis: '第四十二条，国办函〔2020〕109号' },
  'other.other': { label: '其他', group: other, basis: '—' },
};

export function isOutcomeKey(value: unknown): value is OutcomeKey {
  return typeof value === 'string' && (outcomeKeys as readonly string[]).includes(value);
}

/** `denied.stateSecret` → `outcomes.denied.stateSecret`, the row's path in the canonical report. */
export function reportRowOf(outcome: OutcomeKey): string {
  return `outcomes.${outcome}`;
}

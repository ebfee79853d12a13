/**
 * The outcome (办理结果) a ledger cell names, matched against the 21 rows of table B with the
 * tolerance hand-kept ledgers need: the official labels with or without their numbering and group
 * (（三）不予公开 1.属于国家秘密), short forms (不予公开-国家秘密, 信息不存在, 非本机关信息), and
 * stray spaces or quotes. A cell that fits several rows equally well (不予公开 alone) is not guessed.
 */
import { outcomeInfo, outcomeKeys, type OutcomeKey } from '../applications/outcome.ts';
import { normalizeLabel } from './ledger-values.ts';

export type OutcomeMatch = { ok: true; outcome: OutcomeKey } | { ok: false; reason: 'empty' | 'unknown' | 'ambiguous'; candidates: OutcomeKey[] };

/** Telling words for each row, beyond its official label. The longest word found decides. */
const keywords: Readonly<Record<OutcomeKey, readonly string[]>> = {
  granted: ['予以公开', '同意公开', '全部公开', '已公开', '主动公开'],
  partial: ['部分公开', '区分处理'],
  'denied.stateSecret': ['国家秘密', '涉密'],
  'denied.prohibitedByLaw': ['法律行政法规禁止', '法律法规禁止'],
  'denied.threeSecurities': ['三安全一稳定', '危及国家安全', '危及公共安全', '危及经济安全', '危及社会稳定'],
  'denied.thirdPartyRights': ['第三方合法权益', '商业秘密', '个人隐私'],
  'denied.internalAffairs': ['内部事务'],
  'denied.processInformation': ['过程性信息', '过程性'],
  'denied.enforcementFile': ['行政执法案卷', '执法案卷'],
  'denied.administrativeQuery': ['行政查询事项', '行政查询'],
  'unavailable.notHeld': ['本机关不掌握', '不掌握', '信息不存在', '不存在', '非本机关', '不属于本机关'],
  'unavailable.needsCreation': ['另行制作', '没有现成信息', '需要加工'],
  'unavailable.unclearAfterCorrection': ['补正后申请内容仍不明确', '仍不明确'],
  'notProcessed.petition': ['信访', '举报', '投诉'],
  'notProcessed.duplicate': ['重复申请'],
  'notProcessed.publication': ['公开出版物', '出版物'],
  'notProcessed.excessive': ['大量反复', '反复申请'],
  'notProcessed.confirmation': ['确认或重新出具', '重新出具', '已获取信息'],
  'other.noCorrection': ['逾期不补正', '未补正', '不补正'],
  'other.unpaidFee': ['未按收费通知', '未缴纳', '未缴费', '逾期缴费'],
  'other.other': ['撤回申请', '申请人撤回', '其他处理其他'],
};

/** Cells that are exactly a row, after numbering and group are dropped (其他 is 其他处理's row 3). */
const exactNames: Readonly<Record<string, OutcomeKey>> = { 公开: 'granted', 其他: 'other.other', 撤回: 'other.other' };

export function matchOutcomeLabel(cell: string): OutcomeMatch {
  const text = stripNumbering(normalizeLabel(cell));
  if (text === '') return { ok: false, reason: 'empty', candidates: [] };
  const exact = exactNames[text] ?? outcomeKeys.find((key) => stripNumbering(normalizeLabel(outcomeInfo[key].label)) === text);
  if (exact !== undefined) return { ok: true, outcome: exact };
  let best = 0;
  let found: OutcomeKey[] = [];
  for (const key of outcomeKeys) {
    const length = longestKeyword(key, text);
    if (length > best) [best, found] = [length, [key]];
    else if (length === best && length > 0) found.push(key);
  }
  if (found.length === 1) return { ok: true, outcome: found[0]! };
  if (found.length > 1) return { ok: false, reason: 'ambiguous', candidates: found };
  const group = groupCandidates(text);
  return group.length > 0 ? { ok: false, reason: 'ambiguous', candidates: group } : { ok: false, reason: 'unknown', candidates: [] };
}

function longestKeyword(key: OutcomeKey, text: string): number {
  // A short official label (其他) would be found inside unrelated cells: it only counts exactly.
  const label = stripNumbering(normalizeLabel(outcomeInfo[key].label));
  const words = label.length >= 4 ? [label, ...keywords[key]] : keywords[key];
  return Math.max(0, ...words.filter((word) => word !== '' && text.includes(word)).map((word) => word.length));
}

/** A group named without its row (不予公开, 无法提供 …): its rows, to suggest. */
function groupCandidates(text: string): OutcomeKey[] {
  return outcomeKeys.filter((key) => {
    const group = stripNumbering(normalizeLabel(outcomeInfo[key].group));
    return group !== '' && text.includes(group) && outcomeInfo[key].group !== outcomeInfo[key].label;
  });
}

/** Drops （三）, 三、, 1., ① and the separators between a group and its row. */
function stripNumbering(text: string): string {
  return text
    .replace(/[（(][一二三四五六七八九十\d]+[）)]/g, '')
    .replace(/(^|[-—–:：·/])[一二三四五六七八九十]+[、.]/g, '$1')
    .replace(/(^|[-—–:：·/])\d+[、.．]/g, '$1')
    .replace(/[①②③④⑤⑥⑦⑧⑨⑩]/g, '')
    .replace(/[-—–:：·/、,，。.]/g, '');
}

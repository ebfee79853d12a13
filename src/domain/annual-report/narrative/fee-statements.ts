/** What section 六 says about 信息处理费 (国办函〔2020〕109号): whether it mentions fees, and "none charged". */

const feeMention = /信息处理费|收费|收取[^，。；]{0,10}费/;
const noneCharged = new RegExp(
  [
    '(?:未|没有|不|无|均未|从未|免)(?:向申请人)?(?:收取|收|征收|产生|发生|涉及)(?:过|任何)*(?:政府信息公开)?(?:信息处理)?费',
    '信息处理费[^，。；\\d零〇一二两三四五六七八九十百千万]{0,6}?(?:0(?:\\.0+)?|零)元',
    '(?:无|没有)(?:政府信息公开)?信息处理费',
    '未收费|不收费|零收费',
    '(?:未|没有|无)(?:发生|出现|产生)[^，。；]{0,16}?(?:收取|收费)[^，。；]{0,10}?(?:情况|情形|现象)',
    '不存在[^，。；]{0,10}?收(?:取)?[^，。；]{0,8}?费',
  ].join('|'),
  'g',
);

/** The text says anything about fees at all. */
export function mentionsFees(text: string): boolean {
  return feeMention.test(text);
}

/** Offsets of every "none charged" statement in a (normalised) sentence. */
export function findNoneChargedStatements(text: string): { start: number; end: number }[] {
  if (!text.includes('费')) return [];
  return [...text.matchAll(noneCharged)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

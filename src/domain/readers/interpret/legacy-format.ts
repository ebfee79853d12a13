/**
 * The trial format of 国办公开办函〔2019〕60号, used for the reports of 2019 and 2020: its table A
 * counts documents made/published and projects (政府集中采购 …), and its table B has a single
 * "（六）其他处理" row. Its tables A and B do not map onto the 2021 model.
 */
import { anyWord } from './any-word.ts';
import type { ReadToken } from './read-tokens.ts';

const circular = /2019\D{0,2}60号/;
const legacyHeaders = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '采购项目数量', '采购总金额'];
const legacyRows = ['政府集中采购', '其他对外管理服务事项'];

/** The token that shows the report is written in the 2019 trial format, or null for the 2021 format. */
export function findLegacyMarker(stream: readonly ReadToken[]): ReadToken | null {
  let singleOtherRow: ReadToken | null = null;
  for (const token of stream) {
    if (token.kind !== 'text') continue;
    const norm = token.norm;
    if (circular.test(norm)) return token;
    if (norm.length <= 40 && legacyHeaderPattern.test(norm)) return token;
    if (legacyRows.includes(token.core)) return token;
    if (singleOtherRow === null && isFollowedByFigure(stream, token)) singleOtherRow = token;
  }
  // Looked for only when it matters: most reports have no single "其他处理" row.
  return singleOtherRow === null || hasOtherSubRows(stream) ? null : singleOtherRow;
}

const legacyHeaderPattern = anyWord(legacyHeaders);
const otherSubRowPattern = anyWord(['不补正', '收费通知', '缴纳费用']);

function hasOtherSubRows(stream: readonly ReadToken[]): boolean {
  return stream.some((token) => token.kind === 'text' && otherSubRowPattern.test(token.norm));
}

// "（六）其他处理" directly followed by its figures, where the 2021 format has three sub-rows.
function isFollowedByFigure(stream: readonly ReadToken[], token: ReadToken): boolean {
  if (token.core !== '其他处理') return false;
  for (let i = token.index + 1; i < stream.length; i++) {
    const next = stream[i]!;
    if (next.kind === 'ignored') continue;
    return next.kind === 'number' || next.kind === 'blank';
  }
  return false;
}

export const legacyFormatMessage =
  '该报告采用2019年试行格式（国办公开办函〔2019〕60号），与2021年格式不同，未按2021年格式读取表二、表三；表四格式相同，已读取。';

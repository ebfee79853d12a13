/**
 * The statistics period (统计期限): "统计期限为2024年1月1日至2024年12月31日" or, in a PDF whose
 * numbers are separate runs, "统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日".
 */
import { toHalfWidth } from './normalize.ts';
import type { ReadToken } from './read-tokens.ts';

export interface Period {
  from: string | null;
  to: string | null;
}

const date = String.raw`(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)`;
// The end date may leave out the year ("2024年1月1日至12月31日"): it is kept as printed.
const endDate = String.raw`((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)`;
const periodPattern = new RegExp(
  String.raw`统计(?:期限|时限|时间|区间|期间)\s*(?:为|是|:|：)?\s*(?:自|从)?\s*` +
    date +
    String.raw`\s*起?\s*(?:至|到|-|—|–|~|～)\s*` +
    endDate,
);

/** Reads the period from the narrative text (the preamble, usually), or nulls when it is not stated. */
export function readPeriod(stream: readonly ReadToken[], end: number): Period {
  const text = joinNarrative(stream, end);
  const match = periodPattern.exec(text);
  if (match === null) return { from: null, to: null };
  return { from: stripSpaces(match[1]!), to: stripSpaces(match[2]!) };
}

// PDF runs of one sentence are joined without a separator; other tokens are paragraphs.
function joinNarrative(stream: readonly ReadToken[], end: number): string {
  const parts: string[] = [];
  for (let i = 0; i < end; i++) {
    const token = stream[i]!;
    if (token.kind === 'ignored' || token.token.cell === true) continue;
    parts.push(toHalfWidth(token.text), token.x === null ? '\n' : '');
  }
  return parts.join('');
}

function stripSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The statistics period (统计期限): "统计期限为2024年1月1日至2024年12月31日" or, in a PDF whose
 * numbers are separate runs, "统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日".
 */
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

/** The statistics-period sentence: the period as printed, and the token the sentence starts in. */
export interface PeriodSentence {
  from: string;
  to: string;
  /** Each end as matched, before its spaces were removed ("2024 年 1 月 1 日" in a PDF). */
  fromText: string;
  toText: string;
  token: ReadToken;
}

/** Reads the period from the narrative text (the preamble, usually), or nulls when it is not stated. */
export function readPeriod(stream: readonly ReadToken[], end: number): Period {
  const sentence = findPeriodSentence(stream, end);
  return sentence === null ? { from: null, to: null } : { from: sentence.from, to: sentence.to };
}

/** The statistics-period sentence of the narrative text, or null when the report does not state it. */
export function findPeriodSentence(stream: readonly ReadToken[], end: number): PeriodSentence | null {
  const { text, starts, tokens } = joinNarrative(stream, end);
  const match = periodPattern.exec(text);
  if (match === null) return null;
  const fromText = match[1]!;
  const toText = match[2]!;
  const token = tokens[lastAtOrBefore(starts, match.index)]!;
  return { from: stripSpaces(fromText), to: stripSpaces(toText), fromText, toText, token };
}

interface Narrative {
  text: string;
  /** Where each token's text starts in `text`, in order. */
  starts: number[];
  tokens: ReadToken[];
}

// PDF runs of one sentence are joined without a separator; other tokens are paragraphs.
function joinNarrative(stream: readonly ReadToken[], end: number): Narrative {
  const parts: string[] = [];
  const starts: number[] = [];
  const tokens: ReadToken[] = [];
  let length = 0;
  for (let i = 0; i < end; i++) {
    const token = stream[i]!;
    if (token.kind === 'ignored' || token.token.cell === true) continue;
    const separator = token.x === null ? '\n' : '';
    parts.push(token.half, separator);
    starts.push(length);
    tokens.push(token);
    length += token.half.length + separator.length;
  }
  return { text: parts.join(''), starts, tokens };
}

// The index of the last start at or before the offset (starts are in increasing order).
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let found = 0;
  for (let i = 0; i < starts.length && starts[i]! <= offset; i++) found = i;
  return found;
}

function stripSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Counted figures in a sentence ("35件", "5500余条", "三十五件", "约3000元") and how exactly they are stated. */
import { chineseNumeralCharacters, parseChineseNumber } from './chinese-numerals.ts';
import { findAll } from './sentences.ts';

/** 约/左右 → about, 余/多/超过/以上 → at least, 近 → at most. */
export type Approximation = 'exact' | 'about' | 'atLeast' | 'atMost';

export interface Quantity {
  value: number;
  unit: string;
  approximation: Approximation;
  /** Decimals as printed (amounts may be rounded in the text). */
  decimals: number;
  /** Offsets into the sentence: the whole mention, and the number itself. */
  start: number;
  numberStart: number;
  end: number;
}

// Scanning for unit characters and reading the number backwards is several times faster than
// one regex with look-behind over the whole text.
const unitCharacters = /[件条个次期篇部份宗起项场家名元]/g;
const prefixes: readonly (readonly [string, Approximation])[] = [
  ['大约', 'about'], ['约', 'about'], ['将近', 'atMost'], ['接近', 'atMost'], ['近', 'atMost'],
  ['超过', 'atLeast'], ['逾', 'atLeast'], ['超', 'atLeast'],
];
const suffixes: readonly (readonly [string, Approximation])[] = [
  ['左右', 'about'], ['上下', 'about'], ['以上', 'atLeast'], ['之多', 'atLeast'],
];
const chineseCodes = new Set([...chineseNumeralCharacters].map((ch) => ch.charCodeAt(0)));
const isDigit = (code: number) => code >= 48 && code <= 57;
const isArabic = (code: number) => isDigit(code) || code === 46;
const isChinese = (code: number) => chineseCodes.has(code);
const isNumeral = (code: number) => isArabic(code) || isChinese(code);
const approximateRun = /^[〇一二两三四五六七八九]{2,}$/;
const code = (ch: string) => ch.charCodeAt(0);
const [wan, yi, more, surplus, person] = [code('万'), code('亿'), code('多'), code('余'), code('人')];

/** Every counted figure of a (normalised) sentence, in order. */
export function findQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const [, index] of findAll(unitCharacters, text)) {
    const quantity = readQuantityAt(text, index);
    if (quantity !== undefined) quantities.push(quantity);
  }
  return quantities;
}

function readQuantityAt(text: string, unitIndex: number): Quantity | undefined {
  // Most unit characters (部分, 个别, 名称) follow no number: leave them before any other work.
  const before = text.charCodeAt(unitIndex - 1);
  if (!isNumeral(before) && before !== more && before !== surplus && before !== person) return undefined;
  const unitChar = text[unitIndex]!;
  // "高效办成一件事" and "件件有回应" are not counts.
  if (unitChar === '件' && (text[unitIndex + 1] === '事' || text[unitIndex + 1] === '件')) return undefined;
  const isPersonTimes = unitChar === '次' && before === person;
  const isWanYuan = unitChar === '元' && before === wan && isDigit(text.charCodeAt(unitIndex - 2));
  const unitStart = isPersonTimes || isWanYuan ? unitIndex - 1 : unitIndex;
  const marker = text.charCodeAt(unitStart - 1);
  const hasMarker = marker === surplus || marker === more;
  const number = readNumberBefore(text, hasMarker ? unitStart - 1 : unitStart);
  if (number === undefined || text[number.start - 1] === '第') return undefined;
  const prefix = prefixes.find(([word]) => text.startsWith(word, number.start - word.length));
  const suffix = suffixes.find(([word]) => text.startsWith(word, unitIndex + 1));
  return {
    value: number.value,
    decimals: number.decimals,
    unit: isPersonTimes ? '人次' : isWanYuan ? '万元' : unitChar,
    approximation: suffix?.[1] ?? prefix?.[1] ?? (hasMarker ? 'atLeast' : 'exact'),
    start: number.start - (prefix?.[0].length ?? 0),
    numberStart: number.start,
    end: unitIndex + 1 + (suffix?.[0].length ?? 0),
  };
}

interface StatedNumber {
  value: number;
  decimals: number;
  start: number;
}

function readNumberBefore(text: string, end: number): StatedNumber | undefined {
  const last = text.charCodeAt(end - 1);
  const isScaled = (last === wan || last === yi) && isDigit(text.charCodeAt(end - 2));
  const factor = !isScaled ? 1 : last === wan ? 10_000 : 1e8;
  const digitsEnd = factor === 1 ? end : end - 1;
  let start = digitsEnd;
  while (start > 0 && isArabic(text.charCodeAt(start - 1))) start -= 1;
  if (start < digitsEnd) {
    const digits = text.slice(start, digitsEnd);
    const point = digits.indexOf('.');
    const isMalformed = point === 0 || point === digits.length - 1 || point !== digits.lastIndexOf('.');
    if (isMalformed) return undefined;
    const decimals = point < 0 ? 0 : digits.length - point - 1;
    return { value: Number(digits) * factor, decimals, start };
  }
  while (start > 0 && isChinese(text.charCodeAt(start - 1))) start -= 1;
  const run = text.slice(start, end);
  // "三五件", "一两件": a few, not a count.
  if (approximateRun.test(run)) return undefined;
  const value = run === '' ? undefined : parseChineseNumber(run);
  return value === undefined ? undefined : { value, decimals: 0, start };
}

/**
 * The report's title: "湘潭县2024年政府信息公开工作年度报告" gives the agency (the text before the
 * year) and the year. A PDF may split the title over two lines ("淮安市人民政府" / "2024 年政府信息…").
 */
import type { ReadToken } from './read-tokens.ts';

export interface Title {
  agency: string | null;
  year: number | null;
  /** The stream index of the token holding the report word (年度报告). */
  index: number;
  /** The stream indexes of the tokens the agency and the year were read in (a title may be split in two). */
  agencyIndex: number;
  yearIndex: number;
}

// Web pages put navigation before the title; the title is still among the first tokens.
const titleWindow = 400;
const maxTitleLength = 60;
const maxPartLength = 30;
const yearPattern = /((?:19|20)\d{2})年度?/;
// "二〇二四年" in some titles.
const chineseYearPattern = /([〇零一二三四五六七八九]{4})年度?/;
const chineseDigits = '〇一二三四五六七八九';
const reportWord = /年度报告|工作报告|年报$/;
const disclosureWord = /政府信息公开|政务公开/;

/** Reads the title among the first tokens, before the first section heading. */
export function readTitle(stream: readonly ReadToken[], firstHeading: number): Title | null {
  const end = Math.min(stream.length, firstHeading, titleWindow);
  for (let i = 0; i < end; i++) {
    const token = stream[i]!;
    if (token.kind === 'ignored' || token.norm.length > maxTitleLength) continue;
    if (!reportWord.test(token.norm)) continue;
    const title = parseTitle(stream, i);
    if (title !== null) return title;
  }
  return null;
}

function parseTitle(stream: readonly ReadToken[], index: number): Title | null {
  let text = stream[index]!.norm;
  let first = index;
  let before = previousTitlePart(stream, first);
  if ((!yearPattern.test(text) || !disclosureWord.test(text)) && before !== null) {
    text = before.norm + text;
    first = before.index;
    before = previousTitlePart(stream, first);
  }
  const year = yearPattern.exec(text) ?? chineseYearOf(text);
  if (!disclosureWord.test(text) || year === null) return null;
  // Offsets of `text` before the end of the first part are in the first token.
  const firstLength = stream[first]!.norm.length;
  let agency = agencyIn(text, year);
  let agencyIndex = Math.max(0, text.indexOf(agency)) < firstLength ? first : index;
  if (agency === '' && before !== null) {
    agency = before.norm;
    agencyIndex = before.index;
  }
  const yearIndex = year.index < firstLength ? first : index;
  return { agency: agency === '' ? null : agency, year: Number(year[1]), index, agencyIndex, yearIndex };
}

function chineseYearOf(text: string): RegExpExecArray | null {
  const match = chineseYearPattern.exec(text);
  if (match === null) return null;
  const digits = [...match[1]!].map((c) => String(Math.max(0, chineseDigits.indexOf(c === '零' ? '〇' : c)))).join('');
  match[1] = digits;
  return /^(?:19|20)\d{2}$/.test(digits) ? match : null;
}

function agencyIn(text: string, year: RegExpExecArray): string {
  const head = text.slice(0, year.index).replace(/[,:;、]+$/, '').replace(/关于$/, '');
  if (head !== '') return head;
  const tail = text.slice(year.index + year[0].length);
  const end = tail.search(disclosureWord);
  return end > 0 ? tail.slice(0, end) : '';
}

function previousTitlePart(stream: readonly ReadToken[], index: number): ReadToken | null {
  for (let i = index - 1; i >= 0; i--) {
    const token = stream[i]!;
    if (token.kind === 'ignored') continue;
    const isShortText = token.kind === 'text' && token.norm.length <= maxPartLength;
    const isTitlePart = isShortText && !/[。,;:]/.test(token.norm);
    return isTitlePart && !reportWord.test(token.norm) ? token : null;
  }
  return null;
}

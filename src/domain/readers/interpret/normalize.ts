/**
 * Text normalisation for matching labels: real reports split words with stray spaces ("商业 企业"),
 * mix full-width and half-width characters and quote 三安全一稳定 in several ways.
 */

// What `normalizeHalfWidth` removes: white space, quotes (“三安全一稳定”), and markdown emphasis and
// heading marks from converters, which carry no meaning for labels.
const ignoredInLabels = /[\s“”"'‘’「」『』〝〞«»‹›*#]+/g;
const whiteSpaceCharacters =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
  '\u2028\u2029\u202f\u205f\u3000\ufeff';
// Characters NFKC leaves alone, which none of its compositions involve: ASCII, CJK ideographs and
// common Chinese punctuation (、。《》「」【】〔〕“”‘’—·).
const keptByNfkc = [
  [0x0000, 0x007f], [0x00b7, 0x00b7], [0x2014, 0x2014], [0x2018, 0x2019], [0x201c, 0x201d],
  [0x3001, 0x3002], [0x3008, 0x3011], [0x3014, 0x3017], [0x4e00, 0x9fff],
] as const;

// Both sets as a table by UTF-16 code: every token of every report is looked at character by
// character, and a table is several times faster than a pattern or NFKC itself
// (normalize.test.ts checks the table against both).
const ignoredInLabelsFlag = 1;
const keptByNfkcFlag = 2;
const whiteSpaceFlag = 4;
const characterFlags = new Uint8Array(0x10000);
for (const character of `${whiteSpaceCharacters}“”"'‘’「」『』〝〞«»‹›*#`) {
  characterFlags[character.charCodeAt(0)]! |= ignoredInLabelsFlag;
}
for (const character of whiteSpaceCharacters) characterFlags[character.charCodeAt(0)]! |= whiteSpaceFlag;
for (const [first, last] of keptByNfkc) {
  for (let code = first; code <= last; code++) characterFlags[code]! |= keptByNfkcFlag;
}

function hasAny(text: string, flag: number): boolean {
  for (let i = 0; i < text.length; i++) if ((characterFlags[text.charCodeAt(i)]! & flag) !== 0) return true;
  return false;
}

function hasOnly(text: string, flag: number): boolean {
  for (let i = 0; i < text.length; i++) if ((characterFlags[text.charCodeAt(i)]! & flag) === 0) return false;
  return true;
}

/** Full-width digits, letters and punctuation to half-width (（ → (, ０ → 0, ． → .): NFKC. */
export function toHalfWidth(text: string): string {
  return hasOnly(text, keptByNfkcFlag) ? text : text.normalize('NFKC');
}

/** Whether the text has white space (what `\s` matches), without the cost of the pattern. */
export function hasWhiteSpace(text: string): boolean {
  return hasAny(text, whiteSpaceFlag);
}

/** The form every label is matched in: half-width, no white space, no quotes, no markdown marks. */
export function normalizeForMatch(text: string): string {
  return normalizeHalfWidth(toHalfWidth(text));
}

/** `normalizeForMatch` for text already half-width. */
export function normalizeHalfWidth(text: string): string {
  // Most tokens have nothing to remove: testing first saves building a copy.
  return hasAny(text, ignoredInLabelsFlag) ? text.replace(ignoredInLabels, '') : text;
}

const chineseNumeral = '[一二三四五六七八九十]+';
const numbering = new RegExp(
  [
    `^第${chineseNumeral}部分`,
    `^${chineseNumeral}[、.,:]`,
    `^\\((?:${chineseNumeral}|\\d+)\\)[、.]?`,
    `^\\d+[、.,:)](?!\\d)`,
    // "三(七)总计": a section numeral directly followed by a bracketed item numeral
    `^${chineseNumeral}(?=\\()`,
  ].join('|'),
);

/** A normalised label without its leading numbering: "三(七)总计" → "总计", "1.属于国家秘密" → "属于国家秘密". */
export function stripNumbering(norm: string): string {
  let text = norm;
  for (let i = 0; i < 4; i++) {
    const match = numbering.exec(text);
    if (match === null || match[0].length === text.length) return text;
    text = text.slice(match[0].length);
  }
  return text;
}

// "- 2 -", "第2页", "第2页共6页", "2/6".
const pageNumber = /^(?:[-—–]+\d{1,3}[-—–]+|第\d{1,3}页(?:共\d{1,3}页)?|\d{1,3}\/\d{1,3})$/;

/** A page number printed in a header or footer ("- 2 -", "第2页", "2/6"), given normalised text. */
export function isPageNumber(norm: string): boolean {
  return pageNumberStarts.has(norm.charCodeAt(0)) && pageNumber.test(norm);
}

const pageNumberStarts = codesOf('-—–第0123456789');

function codesOf(characters: string): Set<number> {
  return new Set(Array.from(characters, (character) => character.charCodeAt(0)));
}

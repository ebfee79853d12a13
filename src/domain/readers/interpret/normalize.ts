/**
 * Text normalisation for matching labels: real reports split words with stray spaces ("商业 企业"),
 * mix full-width and half-width characters and quote 三安全一稳定 in several ways.
 */

const quotes = /[“”"'‘’「」『』〝〞«»‹›]/g;
const spaces = /\s+/g;
// Markdown emphasis and heading marks from converters carry no meaning for labels.
const markdownMarks = /[*#]/g;

/** Full-width digits, letters and punctuation to half-width (（ → (, ０ → 0, ． → .). */
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC');
}

/** The form every label is matched in: half-width, no white space, no quotes, no markdown marks. */
export function normalizeForMatch(text: string): string {
  return normalizeHalfWidth(toHalfWidth(text));
}

/** `normalizeForMatch` for text already half-width. */
export function normalizeHalfWidth(text: string): string {
  return text.replace(spaces, '').replace(quotes, '').replace(markdownMarks, '');
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

const pageNumberPatterns = [/^[-—–]+\d{1,3}[-—–]+$/, /^第\d{1,3}页(?:共\d{1,3}页)?$/, /^\d{1,3}\/\d{1,3}$/];

/** A page number printed in a header or footer ("- 2 -", "第2页", "2/6"), given normalised text. */
export function isPageNumber(norm: string): boolean {
  return pageNumberPatterns.some((pattern) => pattern.test(norm));
}

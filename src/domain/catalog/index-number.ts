/**
 * 索引号: the catalogue index number, unique per agency, made from the agency's pattern. Real
 * catalogues mostly use `统一社会信用代码/年份-顺序号` (e.g. `11430321006221486Y/2024-00123`), which
 * is the default here. A pattern is literal characters plus tokens:
 *   {creditCode}  the agency's 统一社会信用代码 (its code in capitals when none is on file)
 *   {agencyCode}  the agency's code in the platform
 *   {year}        the year the number is given
 *   {seq:N}       the agency's sequence number of that year, N digits (3–8), exactly once
 *   {genre} {subject}  the item's classification codes
 */

export const defaultIndexPattern = '{creditCode}/{year}-{seq:5}';

export interface IndexNumberProblem {
  code: `catalog.invalid${string}`;
  path: string;
  message: string;
}

export interface IndexNumberValues {
  creditCode: string | null;
  agencyCode: string;
  year: number;
  seq: number;
  genreCode: string;
  subjectCode: string;
}

const tokenPattern = /\{([a-zA-Z]+)(?::(\d+))?\}/g;
const simpleTokens = new Set(['creditCode', 'agencyCode', 'year', 'genre', 'subject']);
/** Characters an index number (and a pattern's literal text) may hold: safe in URLs and file names. */
const allowedCharacters = /^[A-Za-z0-9\-/_.]*$/;
export const maxIndexNumberLength = 80;

/** What is wrong with a pattern; empty when it can be used. */
export function findIndexPatternProblems(pattern: string): IndexNumberProblem[] {
  const path = 'indexPattern';
  const problems: IndexNumberProblem[] = [];
  if (pattern.trim() === '') return [{ code: 'catalog.invalidIndexPattern', path, message: '请填写索引号规则。' }];
  if (pattern.length > 60) problems.push({ code: 'catalog.invalidIndexPattern', path, message: '索引号规则过长（不超过 60 个字符）。' });
  let seqCount = 0;
  for (const match of pattern.matchAll(tokenPattern)) {
    const [, name = '', width] = match;
    if (name === 'seq') {
      seqCount += 1;
      const digits = Number(width ?? '0');
      if (width === undefined || digits < 3 || digits > 8) {
        problems.push({ code: 'catalog.invalidIndexPattern', path, message: '顺序号须写明位数，如 {seq:5}（3 至 8 位）。' });
      }
    } else if (!simpleTokens.has(name) || width !== undefined) {
      problems.push({ code: 'catalog.invalidIndexPattern', path, message: `索引号规则中有无法识别的部分：${match[0]}。` });
    }
  }
  if (seqCount !== 1) problems.push({ code: 'catalog.invalidIndexPattern', path, message: '索引号规则中须有且只有一个顺序号 {seq:N}，才能保证索引号不重复。' });
  const literal = pattern.replace(tokenPattern, '');
  if (!allowedCharacters.test(literal)) {
    problems.push({ code: 'catalog.invalidIndexPattern', path, message: '索引号规则中的固定文字只能使用字母、数字和 - / _ . 。' });
  }
  return problems;
}

/** The index number the pattern gives for these values (the pattern must have no problems). */
export function formatIndexNumber(pattern: string, values: IndexNumberValues): string {
  return pattern.replace(tokenPattern, (_whole, name: string, width: string | undefined) => {
    switch (name) {
      case 'creditCode':
        return values.creditCode ?? values.agencyCode.toUpperCase();
      case 'agencyCode':
        return values.agencyCode;
      case 'year':
        return String(values.year);
      case 'seq':
        return String(values.seq).padStart(Number(width ?? '5'), '0');
      case 'genre':
        return values.genreCode;
      case 'subject':
        return values.subjectCode;
      default:
        return '';
    }
  });
}

/** Problems of an index number entered by hand (an item registered with the number it already has). */
export function findIndexNumberProblems(text: string): IndexNumberProblem[] {
  const path = 'indexNumber';
  if (text.trim() === '') return [{ code: 'catalog.invalidIndexNumber', path, message: '请填写索引号。' }];
  if (text.length > maxIndexNumberLength) return [{ code: 'catalog.invalidIndexNumber', path, message: `索引号过长（不超过 ${maxIndexNumberLength} 个字符）。` }];
  if (!allowedCharacters.test(text)) return [{ code: 'catalog.invalidIndexNumber', path, message: '索引号只能使用字母、数字和 - / _ . 。' }];
  return [];
}

/** Numbers written in Chinese characters (三十五, 一百零二, 二万一千六百五十, 二〇二四), as narratives print them. */

export const chineseNumeralCharacters = '零〇一二两三四五六七八九十百千万亿';

const digitValues: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const smallUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const largeUnits: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
const chineseNumeral = new RegExp(`^[${chineseNumeralCharacters}]+$`);
const bareDigits = /^[零〇一二两三四五六七八九]+$/;

/**
 * The value of a Chinese numeral, or undefined when the text is not one. A run of bare digits
 * (二〇二四) is read digit by digit, as years are written.
 */
export function parseChineseNumber(text: string): number | undefined {
  if (!chineseNumeral.test(text)) return undefined;
  if (text.length > 1 && bareDigits.test(text)) {
    return Number(Array.from(text, (ch) => digitValues[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    const value = digitValues[ch];
    if (value !== undefined) {
      digit = value;
      continue;
    }
    const small = smallUnits[ch];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
      continue;
    }
    const chunk = section + (digit ?? 0);
    // 亿 scales everything before it (一万亿); 万 only its own chunk (一亿二千万).
    total = ch === '亿' ? (total + chunk) * largeUnits[ch]! : total + chunk * largeUnits[ch]!;
    section = 0;
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}

/** A whole number below 一亿 written in Chinese, the inverse of `parseChineseNumber`: 二万零五十. */
export function formatChineseNumber(value: number): string {
  if (value === 0) return '零';
  const high = Math.floor(value / 10_000);
  const low = value % 10_000;
  let text = high > 0 ? `${formatSection(high)}万${low > 0 && low < 1000 ? '零' : ''}` : '';
  text += low > 0 ? formatSection(low) : '';
  return text.replace(/^一十/, '十');
}

/** 0 < n < 10000: 一千零五, 三百二十. */
function formatSection(n: number): string {
  const digits = '零一二三四五六七八九';
  let text = '';
  let isZeroPending = false;
  for (const [unit, size] of [['千', 1000], ['百', 100], ['十', 10], ['', 1]] as const) {
    const digit = Math.floor(n / size) % 10;
    if (digit === 0) {
      isZeroPending = text !== '';
      continue;
    }
    text += (isZeroPending ? '零' : '') + digits[digit] + unit;
    isZeroPending = false;
  }
  return text;
}

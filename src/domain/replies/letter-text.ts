/**
 * Text as it may go into a letter. Values come from forms and pasted documents, and XML 1.0 (the
 * DOCX format) cannot hold most control characters at all: one of them would make Word refuse the
 * whole file. So every value is cleaned before it reaches a letter, and again by the DOCX writer.
 */
import type { IsoDate } from '../applications/case-event.ts';

// C0 and C1 controls (tab and line feed are handled separately), the two non-characters XML
// forbids, and lone UTF-16 surrogates, which cannot be encoded as UTF-8.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One line of letter text: controls dropped, tabs and line breaks become a space, ends trimmed. */
export function cleanLine(text: string): string {
  return text
    .replace(/\r\n?|\n|\t|\u2028|\u2029/g, ' ')
    .replace(forbidden, '')
    .trim();
}

/** Several lines (补正事项, 收费明细): controls dropped; one entry per non-empty line. */
export function cleanLines(text: string): string[] {
  return text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(cleanLine)
    .filter((line) => line !== '');
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `2026-11-28` → `2026年11月28日`, the way 公文 print dates (Arabic numerals, no leading zeros,
 * GB/T 9704-2012 7.3.5); null when the text is not a real calendar date.
 */
export function formatLetterDate(date: IsoDate): string | null {
  const match = isoDatePattern.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const back = new Date(Date.UTC(year, month - 1, day));
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return `${year}年${month}月${day}日`;
}

/** An amount in 元 as the fee notice prints it: whole yuan without decimals, otherwise two. */
export function formatYuan(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}

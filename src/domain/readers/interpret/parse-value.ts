/**
 * Reading one table cell's text as a figure: a count, an amount, a blank, or not a figure at all.
 * A blank is never 0, and look-alike characters are only read as digits when the rest of the
 * text is a number, and then the reading says so.
 */
import { toHalfWidth } from './normalize.ts';

export interface ParsedNumber {
  /** The number as a plain decimal string, without separators: "1234", "2030.16873". */
  text: string;
  value: number;
  isInteger: boolean;
  /** Look-alike or stray characters were read around or inside the digits (O→0, l→1, a stray quote). */
  ocr: boolean;
}

export type CellValue = { kind: 'blank' } | { kind: 'number'; number: ParsedNumber };

const blank = /^(?:[-—–―~/\\]+|无|空)$/;
const plain = /^-?\d+(?:\.\d+)?$/;
const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
// Quote marks, middle dots, underscores and table borders that OCR leaves at a number's edges.
const edgeStrays = /^[\s'"`´‘’“”·•_*~^|,]+|[\s'"`´‘’“”·•_*~^|,]+$/g;
const lookAlikeNumber = /^[\dOoIl|]+(?:\.[\dOoIl|]+)?$/;
const maxFigureLength = 32;
// U+4E00–U+9FFF without 无 (U+65E0) and 空 (U+7A7A).
const ideographOtherThanBlank = /[\u4e00-\u65df\u65e1-\u7a79\u7a7b-\u9fff]/;
const lookAlikes: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', '|': '1' };

/** The figure a cell's text holds, or null when the text is not a figure (a label, a sentence). */
export function parseCellValue(raw: string): CellValue | null {
  // Settled before normalising: the text reader asks this of every paragraph (see below).
  if (ideographOtherThanBlank.test(raw)) return null;
  return parseHalfWidthValue(toHalfWidth(raw).trim());
}

/** `parseCellValue` for text already half-width and trimmed (the token stream normalises once). */
export function parseHalfWidthValue(text: string): CellValue | null {
  // No figure is this long; labels and sentences are, and they are most tokens.
  if (text.length > maxFigureLength) return null;
  // Ideographs are labels: no figure has one but the blanks 无 and 空 (and normalisation keeps them).
  if (ideographOtherThanBlank.test(text)) return null;
  if (text === '' || blank.test(text)) return { kind: 'blank' };
  if (plain.test(text)) return numberOf(text, false);
  if (grouped.test(text)) return numberOf(text.replace(/,/g, ''), false);
  return parseLookAlike(text);
}

function parseLookAlike(text: string): CellValue | null {
  const trimmed = text.replace(edgeStrays, '');
  if (trimmed === '' || trimmed === text && !/[OoIl|]/.test(trimmed)) return null;
  if (grouped.test(trimmed)) return numberOf(trimmed.replace(/,/g, ''), true);
  if (!lookAlikeNumber.test(trimmed) || !/\d/.test(trimmed)) return null;
  const digits = trimmed.replace(/[OoIl|]/g, (c) => lookAlikes[c] ?? c);
  return numberOf(digits, true);
}

function numberOf(text: string, ocr: boolean): CellValue {
  const value = Number(text);
  const isInteger = Number.isInteger(value) && !text.includes('.');
  return { kind: 'number', number: { text, value, isInteger, ocr } };
}

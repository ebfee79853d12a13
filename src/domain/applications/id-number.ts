/**
 * 公民身份号码 on the 居民身份证 (GB 11643-1999): 6-digit address code, 8-digit birth date
 * (YYYYMMDD), 3-digit sequence, and a check character (ISO 7064 MOD 11-2, `X` for 10).
 */
import type { Issue } from '../accounts/issue.ts';
import type { IsoDate } from './case-event.ts';
import { isIsoDate } from './iso-date.ts';
import { normalizePastedCode } from './pasted-text.ts';

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

/**
 * The province-level part of the address code (GB/T 2260), including 71 台湾 and 81/82/83 for the
 * residence permits of 港澳台 residents, which use the same number format. Any code starting 9
 * (e.g. foreigners' permanent residence cards) is not a 居民身份证.
 */
const provinceCodes = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);
const earliestBirthYear = 1900;

export interface IdNumberOptions {
  /** The form field the issues are about (default `idNumber`). */
  path?: string;
  /** Today, to refuse a birth date in the future. */
  today?: IsoDate;
}

/** Upper case, ASCII, no spaces: the form the number is stored and compared in. */
export function normalizeIdNumber(input: string): string {
  return normalizePastedCode(input).toUpperCase();
}

/** The 18th character for the first 17 digits. */
export function computeIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`expected 17 digits, got ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * weights[i]!;
  return checkCharacters[sum % 11]!;
}

/** Problems with an ID number as typed (it is normalised first); empty when it is valid. */
export function checkIdNumber(input: string, options: IdNumberOptions = {}): Issue[] {
  const path = options.path ?? 'idNumber';
  const issue = (problem: string, message: string): Issue[] => [{ code: `idNumber.${problem}`, path, message }];
  const number = normalizeIdNumber(input);
  if (number === '') return issue('required', '请输入身份证号码。');
  if (number.length !== 18) return issue('length', `身份证号码应为18位，当前为${[...number].length}位。`);
  if (!/^\d{17}[\dX]$/.test(number)) return issue('characters', '身份证号码前17位应为数字，最后一位为数字或字母X。');
  if (!provinceCodes.has(number.slice(0, 2))) return issue('region', '身份证号码前6位（地址码）不正确，请核对。');
  const birthDate = birthDateOfIdNumber(number);
  if (birthDate === null || (options.today !== undefined && birthDate > options.today)) {
    return issue('birthDate', '身份证号码中的出生日期（第7至14位）不是有效日期，请核对。');
  }
  if (computeIdCheckCharacter(number.slice(0, 17)) !== number[17]) {
    return issue('checkDigit', '身份证号码校验位不正确，请核对。');
  }
  return [];
}

export function isValidIdNumber(input: string, options: IdNumberOptions = {}): boolean {
  return checkIdNumber(input, options).length === 0;
}

/** The birth date the number states (`YYYY-MM-DD`), or null when it is not a real date. */
export function birthDateOfIdNumber(idNumber: string): IsoDate | null {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(normalizeIdNumber(idNumber));
  if (match === null || Number(match[1]) < earliestBirthYear) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(date) ? date : null;
}

/**
 * Reading the cells of a hand-kept ledger: dates in the forms offices type them (2025-03-05,
 * 2025/3/5, 2025.3.5, 2025年3月5日, 20250305, an Excel day number), and applicant types and
 * channels by their usual Chinese names.
 */
import type { ApplicantType } from '../applications/applicant.ts';
import type { IsoDate } from '../applications/case-event.ts';
import type { Channel } from '../applications/channel.ts';
import { isIsoDate } from '../applications/iso-date.ts';

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included); day 45658 is 2025-01-01. */
const excelEpochMs = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;
const excelSerialRange = { min: 32_874, max: 73_050 }; // 1990-01-01 … 2099-12-31

/** The ISO date a ledger cell states, or null when it is not a real date. */
export function parseLedgerDate(cell: string): IsoDate | null {
  const text = cell.normalize('NFKC').trim().replace(/\s+/g, '');
  if (text === '') return null;
  const parts =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:T?\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (parts !== null) {
    const date = `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
    return isIsoDate(date) ? date : null;
  }
  if (/^\d{5}(?:\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial < excelSerialRange.min || serial > excelSerialRange.max) return null;
    return new Date(excelEpochMs + serial * dayMs).toISOString().slice(0, 10);
  }
  return null;
}

/** Without spaces, brackets' content kept, full-width folded: for matching labels. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s"'“”‘’「」『』]/g, '')
    .trim();
}

const applicantTypeNames: readonly [string, ApplicantType][] = [
  ['自然人', 'naturalPerson'],
  ['个人', 'naturalPerson'],
  ['公民', 'naturalPerson'],
  ['群众', 'naturalPerson'],
  ['商业企业', 'commercial'],
  ['企业', 'commercial'],
  ['公司', 'commercial'],
  ['科研机构', 'research'],
  ['科研院所', 'research'],
  ['高校', 'research'],
  ['社会公益组织', 'nonprofit'],
  ['公益组织', 'nonprofit'],
  ['法律服务机构', 'legalService'],
  ['律师事务所', 'legalService'],
  ['律所', 'legalService'],
  ['其他组织', 'otherOrg'],
  ['其他', 'otherOrg'],
];

/** The table B column an applicant type cell names; null when unknown (or only 法人或其他组织). */
export function matchApplicantType(cell: string): ApplicantType | null {
  const text = normalizeLabel(cell).replace(/^法人或其他组织[-—–:：·]?/, '');
  if (text === '') return null;
  const exact = applicantTypeNames.find(([name]) => name === text);
  if (exact !== undefined) return exact[1];
  const contained = applicantTypeNames.filter(([name]) => text.includes(name));
  const kinds = new Set(contained.map(([, kind]) => kind));
  return kinds.size === 1 ? contained[0]![1] : null;
}

const channelNames: readonly [string, Channel][] = [
  ['网上', 'online'],
  ['在线', 'online'],
  ['网络', 'online'],
  ['网站', 'online'],
  ['网申', 'online'],
  ['政务服务网', 'online'],
  ['电子邮件', 'online'],
  ['当面', 'inPerson'],
  ['现场', 'inPerson'],
  ['窗口', 'inPerson'],
  ['来访', 'inPerson'],
  ['信函', 'post'],
  ['邮寄', 'post'],
  ['来信', 'post'],
  ['挂号信', 'post'],
  ['快递', 'post'],
  ['传真', 'fax'],
];

/** The channel a cell names; null when unknown. */
export function matchChannel(cell: string): Channel | null {
  const text = normalizeLabel(cell);
  const kinds = new Set(channelNames.filter(([name]) => text.includes(name)).map(([, kind]) => kind));
  return kinds.size === 1 ? [...kinds][0]! : null;
}

/** A whole number of yuan (元, ¥ and thousands separators allowed), or null. */
export function parseYuan(cell: string): number | null {
  const text = normalizeLabel(cell).replace(/[元¥￥,]/g, '');
  if (!/^\d+(?:\.0+)?$/.test(text)) return null;
  const amount = Number(text);
  return Number.isSafeInteger(amount) ? amount : null;
}

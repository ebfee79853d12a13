/**
 * The per-row report of a ledger import: every problem of every row (row number, field, Chinese
 * message), and the rows that are good as cases. A row is good only when its whole history passes
 * the same gates as a case handled on the platform (assertStepAllowed, computeDeadline).
 */
import type { Applicant, ApplicantType } from '../applications/applicant.ts';
import { assertStepAllowed } from '../applications/assert-step-allowed.ts';
import { checkCreditCode, normalizeCreditCode } from '../applications/applicant-identity.ts';
import type { CaseEvent, IsoDate } from '../applications/case-event.ts';
import { checkIdNumber, normalizeIdNumber } from '../applications/id-number.ts';
import { outcomeInfo, type OutcomeKey } from '../applications/outcome.ts';
import { yearOf } from '../calendar/iso-date.ts';
import { hasYear, type WorkingDayCalendar } from '../calendar/working-day-calendar.ts';
import { computeDeadline } from '../deadlines/compute-deadline.ts';
import { DomainError } from '../errors.ts';
import { buildLedgerEvents, type LedgerCase } from './ledger-case.ts';
import { ledgerFieldInfo, type ColumnMapping, type LedgerField } from './ledger-fields.ts';
import { matchApplicantType, matchChannel, parseLedgerDate, parseYuan } from './ledger-values.ts';
import { matchOutcomeLabel } from './match-outcome.ts';
import type { LedgerRow, LedgerSheet } from './read-ledger-file.ts';

export interface LedgerIssue {
  rowNumber: number;
  /** The field the problem is in; null for the row as a whole. */
  field: LedgerField | null;
  code: string;
  message: string;
}

export type LedgerRowResult = { rowNumber: number; ok: true; ledgerCase: LedgerCase } | { rowNumber: number; ok: false; issues: LedgerIssue[] };

export interface LedgerCheckOptions {
  calendar: WorkingDayCalendar;
  today: IsoDate;
}

/** The description column's limit (the applications table's check constraint). */
export const maxDescriptionLength = 5000;

export function checkLedgerRows(sheet: LedgerSheet, mapping: ColumnMapping, options: LedgerCheckOptions): LedgerRowResult[] {
  const seen = new Map<string, number>();
  return sheet.rows.map((row) => {
    const result = checkLedgerRow(row, mapping, options);
    if (!result.ok) return result;
    const key = JSON.stringify([result.ledgerCase.applicant.name, result.ledgerCase.receivedOn, result.ledgerCase.description]);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row.rowNumber);
      return result;
    }
    return { rowNumber: row.rowNumber, ok: false, issues: [rowIssue(row, null, 'duplicateRow', `与第${first}行的申请人、收到日期和申请内容相同，可能重复登记。`)] };
  });
}

/** The problems of a mapping itself: a required field without a column, a column used twice. */
export function checkMapping(mapping: ColumnMapping, columnCount: number): LedgerIssue[] {
  const issues: LedgerIssue[] = [];
  const usedBy = new Map<number, LedgerField>();
  for (const [field, column] of Object.entries(mapping) as [LedgerField, number | null][]) {
    const info = ledgerFieldInfo[field];
    if (column === null) {
      if (info.required) issues.push({ rowNumber: 0, field, code: 'mapping.required', message: `请为“${info.label}”选择台账中的一列。` });
      continue;
    }
    if (column < 0 || column >= columnCount) {
      issues.push({ rowNumber: 0, field, code: 'mapping.columnInvalid', message: `“${info.label}”选择的列不存在。` });
      continue;
    }
    const other = usedBy.get(column);
    if (other !== undefined) {
      issues.push({ rowNumber: 0, field, code: 'mapping.columnTwice', message: `“${info.label}”与“${ledgerFieldInfo[other].label}”选择了同一列。` });
    }
    usedBy.set(column, field);
  }
  return issues;
}

function checkLedgerRow(row: LedgerRow, mapping: ColumnMapping, options: LedgerCheckOptions): LedgerRowResult {
  const cell = (field: LedgerField) => {
    const column = mapping[field];
    return column === null ? '' : (row.cells[column] ?? '').trim();
  };
  const issues: LedgerIssue[] = [];
  const add = (field: LedgerField | null, code: string, message: string) => issues.push(rowIssue(row, field, code, message));
  const name = cell('applicantName');
  if (name === '') add('applicantName', 'required', '申请人为空。');
  const description = cell('description');
  if (description === '') add('description', 'required', '申请内容为空。');
  if ([...description].length > maxDescriptionLength) add('description', 'tooLong', `申请内容超过${maxDescriptionLength}字。`);
  const applicant = readApplicant(cell, name, add, options.today);
  const channelText = cell('channel');
  const channel = channelText === '' ? 'inPerson' : matchChannel(channelText);
  if (channel === null) add('channel', 'unknownChannel', `无法识别受理方式“${channelText}”，应为网上、当面、邮寄或传真。`);
  const receivedOn = readDate(cell('receivedOn'), 'receivedOn', add, options, true);
  const end = readEnd(cell, add, options, receivedOn);
  if (issues.length > 0 || applicant === null || channel === null || receivedOn === null || end === undefined) {
    return { rowNumber: row.rowNumber, ok: false, issues };
  }
  const events = buildLedgerEvents(receivedOn, end);
  const historyProblem = findHistoryProblem(events, options);
  if (historyProblem !== null) return { rowNumber: row.rowNumber, ok: false, issues: [rowIssue(row, null, historyProblem.code, historyProblem.message)] };
  const contact = { phone: cell('phone'), email: null, address: null, postcode: null };
  return {
    rowNumber: row.rowNumber,
    ok: true,
    ledgerCase: { rowNumber: row.rowNumber, applicantType: applicant.type, applicant: applicant.applicant, contact, description, channel, receivedOn, events },
  };
}

type AddIssue = (field: LedgerField | null, code: string, message: string) => void;

function readApplicant(cell: (f: LedgerField) => string, name: string, add: AddIssue, today: IsoDate): { type: ApplicantType; applicant: Applicant } | null {
  const typeText = cell('applicantType');
  const idText = cell('idNumber');
  const creditText = cell('creditCode');
  let type: ApplicantType | null = typeText === '' ? null : matchApplicantType(typeText);
  if (typeText !== '' && type === null) {
    add('applicantType', 'unknownApplicantType', `无法识别申请人类型“${typeText}”，应为自然人、商业企业、科研机构、社会公益组织、法律服务机构或其他组织。`);
    return null;
  }
  if (type === null && idText !== '') type = 'naturalPerson';
  if (type === null) {
    add('applicantType', 'applicantTypeMissing', '申请人类型为空，无法确定在年度报告表三中计入哪一列。');
    return null;
  }
  if (type === 'naturalPerson') {
    if (idText !== '') {
      const idIssues = checkIdNumber(idText, { today });
      // Excel keeps 15 significant digits: an ID typed as a number comes back as 4.30102E+17 or ending in 000.
      const looksTruncated = /e\+/i.test(idText) || /^\d{15,18}$/.test(idText) && idText.endsWith('000');
      const hint = looksTruncated && idIssues.length > 0 ? '（该号码像是在 Excel 中被存成了数字，后几位已丢失：请把该列设为文本格式后重新录入）' : '';
      for (const issue of idIssues) add('idNumber', 'invalidIdNumber', `身份证号码无效：${issue.message}${hint}`);
    }
    const idNumber = idText === '' ? '' : normalizeIdNumber(idText);
    return { type, applicant: { kind: 'naturalPerson', name, idNumber, idDocument: idNumber === '' ? 'other' : 'residentIdCard' } };
  }
  if (creditText !== '') {
    for (const issue of checkCreditCode(creditText)) add('creditCode', 'invalidCreditCode', `统一社会信用代码无效：${issue.message}`);
  }
  const creditCode = creditText === '' ? '' : normalizeCreditCode(creditText);
  return { type, applicant: { kind: 'organization', organizationKind: type, name, creditCode, legalRepresentative: '', contactPerson: '' } };
}

function readDate(text: string, field: 'receivedOn' | 'repliedOn', add: AddIssue, options: LedgerCheckOptions, required: boolean): IsoDate | null {
  const label = ledgerFieldInfo[field].label;
  if (text === '') {
    if (required) add(field, 'required', `${label}为空。`);
    return null;
  }
  const date = parseLedgerDate(text);
  if (date === null) {
    add(field, 'badDate', `${label}“${text}”不是有效日期，请写作“2026-03-05”或“2026年3月5日”。`);
    return null;
  }
  if (date > options.today) {
    add(field, 'dateInFuture', `${label}${date}晚于今天。`);
    return null;
  }
  if (!hasYear(options.calendar, yearOf(date))) {
    add(field, 'yearNotInCalendar', `${label}${date}所在的${yearOf(date)}年不在工作日历中，无法计算期限；请先录入该年的节假日安排。`);
    return null;
  }
  return date;
}

/** The reply date and outcome: null for an open case, undefined when they are wrong. */
function readEnd(cell: (f: LedgerField) => string, add: AddIssue, options: LedgerCheckOptions, receivedOn: IsoDate | null) {
  const repliedText = cell('repliedOn');
  const outcomeText = cell('outcome');
  const repliedOn = readDate(repliedText, 'repliedOn', add, options, false);
  const outcome = outcomeText === '' ? null : readOutcome(outcomeText, add);
  if (repliedText !== '' && repliedOn === null) return undefined;
  if (outcomeText !== '' && outcome === null) return undefined;
  if (repliedOn === null && outcome === null) return null;
  if (repliedOn === null) {
    add('repliedOn', 'replyDateMissing', '已填写办理结果，但没有答复日期。');
    return undefined;
  }
  if (outcome === null) {
    add('outcome', 'outcomeMissing', '已填写答复日期，但没有办理结果。');
    return undefined;
  }
  if (receivedOn !== null && repliedOn < receivedOn) {
    add('repliedOn', 'replyBeforeReceipt', `答复日期${repliedOn}早于收到日期${receivedOn}。`);
    return undefined;
  }
  const feeText = cell('feeAmount');
  const feeAmountYuan = feeText === '' ? null : parseYuan(feeText);
  if (outcome === 'other.unpaidFee' && (feeAmountYuan === null || feeAmountYuan <= 0)) {
    add('feeAmount', 'feeAmountMissing', `办理结果为“逾期未缴费”的，请填写收费通知的金额（大于0的整数元）${feeText === '' ? '' : `，“${feeText}”无效`}。`);
    return undefined;
  }
  return { on: repliedOn, outcome, feeAmountYuan };
}

function readOutcome(text: string, add: AddIssue): OutcomeKey | null {
  const match = matchOutcomeLabel(text);
  if (match.ok) return match.outcome;
  const suggestions = match.candidates.slice(0, 8).map((key) => `“${outcomeInfo[key].label}”`);
  const more = suggestions.length > 0 ? `，请写明是哪一种：${suggestions.join('、')}` : '，应为年度报告表三的办理结果之一，如“予以公开”“部分公开”“不予公开-国家秘密”“信息不存在”';
  add('outcome', 'unknownOutcome', `无法识别办理结果“${text}”${more}。`);
  return null;
}

function findHistoryProblem(events: readonly CaseEvent[], options: LedgerCheckOptions): { code: string; message: string } | null {
  try {
    events.forEach((event, i) => assertStepAllowed(events.slice(0, i), event));
    computeDeadline(events, options.calendar, { today: options.today });
    return null;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, message: error.message };
    throw error;
  }
}

function rowIssue(row: LedgerRow, field: LedgerField | null, code: string, message: string): LedgerIssue {
  return { rowNumber: row.rowNumber, field, code: code.includes('.') ? code : `ledger.${code}`, message };
}

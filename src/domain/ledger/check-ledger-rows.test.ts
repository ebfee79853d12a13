import { describe, expect, it } from 'vitest';
import { composeCreditCode } from '../agencies/credit-code.ts';
import { caseStatusOf } from '../applications/case-status.ts';
import { createOfficialCalendar } from '../calendar/official-calendar.ts';
import { checkLedgerRows, checkMapping, type LedgerRowResult } from './check-ledger-rows.ts';
import { guessColumnMapping } from './guess-mapping.ts';
import { emptyMapping } from './ledger-fields.ts';
import type { LedgerSheet } from './read-ledger-file.ts';

const calendar = createOfficialCalendar();
const options = { calendar, today: '2026-06-30' };
const headers = ['申请人', '申请人类型', '身份证号', '统一社会信用代码', '联系电话', '申请内容', '收到日期', '答复日期', '办理结果', '受理方式', '收费金额'];
const mapping = guessColumnMapping(headers);
const validId = '430102199001011238';
const creditCode = composeCreditCode('91', '439901', 'MA4L1234');

type Row = Partial<Record<'name' | 'type' | 'id' | 'credit' | 'phone' | 'description' | 'received' | 'replied' | 'outcome' | 'channel' | 'fee', string>>;

function sheetOf(...rows: Row[]): LedgerSheet {
  return {
    headers,
    rows: rows.map((r, i) => ({
      rowNumber: i + 2,
      cells: [r.name ?? '张三', r.type ?? '自然人', r.id ?? validId, r.credit ?? '', r.phone ?? '13800000000', r.description ?? '2025年征收补偿方案', r.received ?? '2026-03-02', r.replied ?? '', r.outcome ?? '', r.channel ?? '', r.fee ?? ''],
    })),
  };
}

function issuesOf(result: LedgerRowResult | undefined): string[] {
  return result === undefined || result.ok ? [] : result.issues.map((i) => `${i.field ?? '-'}: ${i.code}`);
}

describe('checkLedgerRows', () => {
  it('turns a good answered row into a case with its receipt and its reply', () => {
    const [result] = checkLedgerRows(sheetOf({ received: '2026/3/2', replied: '2026年3月20日', outcome: '部分公开', channel: '网上' }), mapping, options);
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    const { ledgerCase } = result;
    expect(ledgerCase).toMatchObject({ rowNumber: 2, applicantType: 'naturalPerson', channel: 'online', receivedOn: '2026-03-02' });
    expect(ledgerCase.applicant).toEqual({ kind: 'naturalPerson', name: '张三', idNumber: validId, idDocument: 'residentIdCard' });
    expect(ledgerCase.events.map((e) => e.kind)).toEqual(['received', 'replied']);
    expect(caseStatusOf(ledgerCase.events)).toBe('replied');
  });

  it('keeps an unanswered row open, and builds the steps an outcome presupposes', () => {
    const results = checkLedgerRows(
      sheetOf(
        {},
        { replied: '2026-04-01', outcome: '逾期不补正', description: '规划许可' },
        { replied: '2026-04-01', outcome: '补正后申请内容仍不明确', description: '低保名单' },
        { replied: '2026-03-02', outcome: '逾期未缴费', fee: '100元', description: '环评批复' },
        { type: '商业企业', id: '', credit: creditCode, name: '莲城建设有限公司', replied: '2026-03-10', outcome: '其他' },
      ),
      mapping,
      options,
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const kinds = results.map((r) => (r.ok ? r.ledgerCase.events.map((e) => e.kind).join(',') : ''));
    expect(kinds).toEqual([
      'received',
      'received,correctionRequested,closed',
      'received,correctionRequested,correctionReceived,replied',
      'received,feeNoticeSent,closed',
      'received,closed',
    ]);
    expect(results[4]?.ok && results[4].ledgerCase.applicant).toMatchObject({ kind: 'organization', organizationKind: 'commercial', creditCode });
  });

  it('reports each problem of a row with its field and a Chinese message', () => {
    const results = checkLedgerRows(
      sheetOf(
        { received: '2026-02-30' },
        { replied: '2026-03-01', outcome: '予以公开' },
        { outcome: '已办结', replied: '2026-03-20' },
        { type: '外星人' },
        { id: '430102199001011234' },
        { received: '2018-05-04' },
        { replied: '2026-03-20' },
        { outcome: '予以公开' },
        { received: '2026-12-01' },
        { channel: '飞鸽传书' },
        { replied: '2026-03-20', outcome: '逾期未缴费' },
        { credit: '91439901MA4L12345X', type: '企业', id: '' },
        { type: '', id: '' },
      ),
      mapping,
      options,
    );
    expect(results.map(issuesOf)).toEqual([
      ['receivedOn: ledger.badDate'],
      ['repliedOn: ledger.replyBeforeReceipt'],
      ['outcome: ledger.unknownOutcome'],
      ['applicantType: ledger.unknownApplicantType'],
      ['idNumber: ledger.invalidIdNumber'],
      ['receivedOn: ledger.yearNotInCalendar'],
      ['outcome: ledger.outcomeMissing'],
      ['repliedOn: ledger.replyDateMissing'],
      ['receivedOn: ledger.dateInFuture'],
      ['channel: ledger.unknownChannel'],
      ['feeAmount: ledger.feeAmountMissing'],
      ['creditCode: ledger.invalidCreditCode'],
      ['applicantType: ledger.applicantTypeMissing'],
    ]);
    const messages = results.flatMap((r) => (r.ok ? [] : r.issues.map((i) => i.message)));
    expect(messages[0]).toBe('收到日期“2026-02-30”不是有效日期，请写作“2026-03-05”或“2026年3月5日”。');
    expect(messages[1]).toBe('答复日期2026-03-01早于收到日期2026-03-02。');
    expect(messages[4]).toContain('校验位');
    expect(messages[5]).toContain('2018年不在工作日历中');
  });

  it('says an ID number lost its last digits in Excel only when it looks that way', () => {
    const messageOf = (id: string) => {
      const [result] = checkLedgerRows(sheetOf({ id }), mapping, options);
      return result?.ok === false ? result.issues[0]?.message : '';
    };
    expect(messageOf('4.30102E+17')).toContain('在 Excel 中被存成了数字');
    expect(messageOf('430102199001012000')).toContain('在 Excel 中被存成了数字');
    expect(messageOf('430102199001011234')).toBe('身份证号码无效：身份证号码校验位不正确，请核对。');
  });

  it('flags a row repeated within the file', () => {
    const results = checkLedgerRows(sheetOf({}, { phone: '13900000000' }), mapping, options);
    expect(issuesOf(results[1])).toEqual(['-: ledger.duplicateRow']);
    expect(results[1]?.ok === false && results[1].issues[0]?.message).toBe('与第2行的申请人、收到日期和申请内容相同，可能重复登记。');
  });

  it('accepts a reply long after the due date: that case was late, not wrong', () => {
    const [late] = checkLedgerRows(sheetOf({ received: '2025-01-02', replied: '2026-03-20', outcome: '予以公开' }), mapping, options);
    expect(late?.ok).toBe(true);
  });
});

describe('checkMapping', () => {
  it('asks for the required fields and refuses a column used twice', () => {
    const mapping = { ...emptyMapping(), applicantName: 0, description: 0 };
    expect(checkMapping(mapping, 3).map((i) => `${i.field}: ${i.code}`)).toEqual(['description: mapping.columnTwice', 'receivedOn: mapping.required']);
    expect(checkMapping({ ...mapping, description: 1, receivedOn: 7 }, 3).map((i) => i.code)).toEqual(['mapping.columnInvalid']);
  });
});

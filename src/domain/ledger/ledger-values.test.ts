import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from './guess-mapping.ts';
import { matchApplicantType, matchChannel, parseLedgerDate, parseYuan } from './ledger-values.ts';
import { matchOutcomeLabel } from './match-outcome.ts';

describe('parseLedgerDate', () => {
  it.each([
    ['2025-03-05', '2025-03-05'],
    ['2025/3/5', '2025-03-05'],
    ['2025.3.5', '2025-03-05'],
    ['2025年3月5日', '2025-03-05'],
    [' 2025 年 12 月 1 日 ', '2025-12-01'],
    ['２０２５－０３－０５', '2025-03-05'],
    ['20250305', '2025-03-05'],
    ['2025-03-05 14:30', '2025-03-05'],
    ['45658', '2025-01-01'],
  ])('reads %s as %s', (cell, expected) => {
    expect(parseLedgerDate(cell)).toBe(expected);
  });

  it.each(['', '2025-02-30', '2025-13-01', '三月五日', '12345', '2025/3', 'n/a'])('refuses %s', (cell) => {
    expect(parseLedgerDate(cell)).toBeNull();
  });
});

describe('matchOutcomeLabel', () => {
  it.each([
    ['予以公开', 'granted'],
    ['公开', 'granted'],
    ['（一）予以公开', 'granted'],
    ['部分公开', 'partial'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partial'],
    ['不予公开-国家秘密', 'denied.stateSecret'],
    ['不予公开—其他法律行政法规禁止公开', 'denied.prohibitedByLaw'],
    ['危及“三安全一稳定”', 'denied.threeSecurities'],
    ["3.危及'三安全一稳定'", 'denied.threeSecurities'],
    ['1.属于国家秘密', 'denied.stateSecret'],
    ['不予公开（属于行政执法案卷）', 'denied.enforcementFile'],
    ['信息不存在', 'unavailable.notHeld'],
    ['非本机关信息', 'unavailable.notHeld'],
    ['无法提供-本机关不掌握相关政府信息', 'unavailable.notHeld'],
    ['没有现成信息需要另行制作', 'unavailable.needsCreation'],
    ['补正后申请内容仍不明确', 'unavailable.unclearAfterCorrection'],
    ['不予处理（信访举报投诉类）', 'notProcessed.petition'],
    ['重复申请', 'notProcessed.duplicate'],
    ['要求提供公开出版物', 'notProcessed.publication'],
    ['无正当理由大量反复申请', 'notProcessed.excessive'],
    ['要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmation'],
    ['申请人无正当理由逾期不补正、行政机关不再受理', 'other.noCorrection'],
    ['逾期未缴费', 'other.unpaidFee'],
    ['申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'other.unpaidFee'],
    ['其他', 'other.other'],
    ['申请人撤回申请', 'other.other'],
  ])('matches %s to %s', (cell, expected) => {
    expect(matchOutcomeLabel(cell)).toEqual({ ok: true, outcome: expected });
  });

  it('does not guess which refusal a bare 不予公开 is, and lists the rows to choose from', () => {
    const match = matchOutcomeLabel('不予公开');
    expect(match.ok).toBe(false);
    expect(match.ok ? [] : match.candidates).toContain('denied.stateSecret');
    expect(match.ok ? '' : match.reason).toBe('ambiguous');
  });

  it('reports a label it does not know', () => {
    expect(matchOutcomeLabel('已办结')).toEqual({ ok: false, reason: 'unknown', candidates: [] });
    expect(matchOutcomeLabel('  ')).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('matchApplicantType and matchChannel', () => {
  it.each([
    ['自然人', 'naturalPerson'],
    ['个人', 'naturalPerson'],
    ['法人或其他组织-商业企业', 'commercial'],
    ['企业', 'commercial'],
    ['科研机构', 'research'],
    ['社会公益组织', 'nonprofit'],
    ['律师事务所', 'legalService'],
    ['其他组织', 'otherOrg'],
  ])('reads the applicant type %s as %s', (cell, expected) => {
    expect(matchApplicantType(cell)).toBe(expected);
  });

  it('refuses an applicant type that names no column', () => {
    expect(matchApplicantType('法人或其他组织')).toBeNull();
    expect(matchApplicantType('外星人')).toBeNull();
  });

  it.each([
    ['网上申请', 'online'],
    ['当面提交', 'inPerson'],
    ['现场', 'inPerson'],
    ['信函', 'post'],
    ['邮寄', 'post'],
    ['传真', 'fax'],
  ])('reads the channel %s as %s', (cell, expected) => {
    expect(matchChannel(cell)).toBe(expected);
  });

  it('reads whole yuan and refuses the rest', () => {
    expect(parseYuan('1,200元')).toBe(1200);
    expect(parseYuan('￥100')).toBe(100);
    expect(parseYuan('12.5')).toBeNull();
    expect(parseYuan('一百')).toBeNull();
  });
});

describe('guessColumnMapping', () => {
  it('maps the usual Chinese headers, exact names before contained ones', () => {
    const mapping = guessColumnMapping(['序号', '申请人类型', '申请人', '身份证号', '联系电话', '申请内容', '受理日期', '答复日期', '办理结果', '受理方式']);
    expect(mapping).toEqual({
      applicantName: 2,
      applicantType: 1,
      idNumber: 3,
      creditCode: null,
      phone: 4,
      description: 5,
      receivedOn: 6,
      repliedOn: 7,
      outcome: 8,
      channel: 9,
      feeAmount: null,
    });
  });

  it('reads headers with notes and marks, and never uses a column twice', () => {
    const mapping = guessColumnMapping(['申请人姓名（必填）', '申请人身份证号码', '收到申请日期*', '申请公开的政府信息：', '结果']);
    expect(mapping).toMatchObject({ applicantName: 0, idNumber: 1, receivedOn: 2, description: 3, outcome: 4, applicantType: null });
  });
});

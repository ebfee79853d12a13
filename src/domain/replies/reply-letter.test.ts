import { describe, expect, it } from 'vitest';
import { outcomeKeys, type OutcomeKey } from '../applications/outcome.ts';
import { defaultTemplateOf } from './default-templates.ts';
import { composeReplyLetter, ReplyTypeMismatchError, type ComposeResult, type ReplyLetter } from './reply-letter.ts';
import { replyTypeInfo, replyTypes, replyTypesFor, type ReplyType } from './reply-type.ts';
import { sampleReplyValues, sampleValuesFor } from './sample-values.ts';

const remedy = '如对本答复不服，可以自收到本答复之日起60日内向莲花县人民政府申请行政复议，或者在6个月内向莲花县人民法院提起行政诉讼。';

function letterOf(result: ComposeResult): ReplyLetter {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
  return result.letter;
}

function compose(type: ReplyType, outcome?: OutcomeKey): ReplyLetter {
  const first = replyTypeInfo[type].outcomes[0];
  const chosen = outcome ?? first;
  return letterOf(composeReplyLetter({ type, ...(chosen === undefined ? {} : { outcome: chosen }), documentNumber: '莲政公开〔2026〕12号', values: sampleValuesFor(type) }));
}

function textOf(letter: ReplyLetter): string {
  return [letter.title, letter.documentNumber, letter.addressee, ...letter.paragraphs, letter.signature, letter.date, letter.note ?? ''].join('\n');
}

describe('composeReplyLetter', () => {
  it.each(replyTypes)('renders the default %s template with nothing left unfilled', (type) => {
    const text = textOf(compose(type));
    expect(text).not.toMatch(/\{\{|\}\}|undefined|null|NaN|\[object/);
    expect(text).toContain(replyTypeInfo[type].article);
  });

  const decisionsByOutcome = outcomeKeys.flatMap((outcome) => replyTypesFor(outcome).map((type) => [outcome, type] as const));

  it.each(decisionsByOutcome)('ends the letter for %s (%s) with the remedy sentence and cites its article', (outcome, type) => {
    const letter = compose(type, outcome);
    expect(letter.outcome).toBe(outcome);
    expect(letter.paragraphs.at(-1)).toBe(remedy);
    expect(letter.paragraphs.join('')).toContain(`《中华人民共和国政府信息公开条例》${replyTypeInfo[type].article}`);
  });

  it.each<[OutcomeKey, string]>([
    ['denied.stateSecret', '第十四条'],
    ['denied.prohibitedByLaw', '第十四条'],
    ['denied.threeSecurities', '第十四条'],
    ['denied.thirdPartyRights', '第十五条'],
    ['denied.internalAffairs', '第十六条第一款'],
    ['denied.processInformation', '第十六条第二款'],
    ['denied.enforcementFile', '第十六条第二款'],
  ])('gives the 不予公开 letter for %s the reason of %s', (outcome, article) => {
    const reason = compose('denied', outcome).paragraphs[1];
    expect(reason).toMatch(new RegExp(`^经审查，您申请获取的信息.*${article}的规定，(可以)?不予公开。$`));
  });

  it('gives each 不予公开 row a reason of its own', () => {
    const reasons = replyTypeInfo.denied.outcomes.map((outcome) => compose('denied', outcome).paragraphs[1]);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('uses the reason staff wrote instead of the row default', () => {
    const letter = letterOf(
      composeReplyLetter({ type: 'denied', outcome: 'denied.stateSecret', documentNumber: '莲政公开〔2026〕3号', values: { ...sampleReplyValues, 理由: '该文件已被依法定为机密级国家秘密' } }),
    );
    expect(letter.paragraphs[1]).toBe('经审查，该文件已被依法定为机密级国家秘密。');
  });

  it('lays out the parts around the body', () => {
    const letter = compose('granted');
    expect(letter).toMatchObject({
      title: '政府信息公开申请予以公开告知书',
      documentNumber: '莲政公开〔2026〕12号',
      addressee: '张三',
      signature: '莲花县人民政府办公室',
      date: '2026年11月28日',
      note: '（联系人：李四，联系电话：0799-7221234）',
    });
  });

  it('addresses the consultation letter to the third party, listing the information and the answer deadline', () => {
    const letter = compose('thirdPartyConsultation');
    expect(letter.addressee).toBe('莲花县某某建材有限公司');
    expect(letter.paragraphs.slice(1, 3)).toEqual(['1. 莲花县某某建材有限公司的投标报价明细；', '2. 莲花县某某建材有限公司投标文件中的技术方案。']);
    expect(letter.paragraphs[3]).toContain('15个工作日内（截至2026年12月21日）');
  });

  it('reports a consultation letter without its answer deadline', () => {
    const { 意见期限: _, ...values } = sampleReplyValues;
    const result = composeReplyLetter({ type: 'thirdPartyConsultation', documentNumber: '征求意见〔2026〕1号', values });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['values.意见期限']);
  });

  it.each<[ReplyType, string, string]>([
    ['noCorrection', '补正期限至2026年11月13日', '第三十条的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。'],
    ['unpaidFee', '应缴信息处理费人民币200元，缴费期限至2026年11月24日', '国办函〔2020〕109号）的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。'],
  ])('tells the applicant the %s application is no longer processed, on what basis, and how to challenge it', (type, period, basis) => {
    const letter = compose(type);
    expect(letter).toMatchObject({ outcome: null, addressee: '张三', title: '政府信息公开申请不再处理告知书' });
    expect(letter.paragraphs[1]).toContain(period);
    expect(letter.paragraphs[1]).toContain(basis);
    expect(letter.paragraphs.at(-1)).toBe('如对本机关不再处理您的政府信息公开申请不服，可以自收到本告知书之日起60日内向莲花县人民政府申请行政复议，或者在6个月内向莲花县人民法院提起行政诉讼。');
  });

  it('prints no note without a phone number, and the phone alone without a contact person', () => {
    const { 联系人: _, 联系电话: __, ...values } = sampleReplyValues;
    const input = { type: 'nonexistent', documentNumber: '莲政公开〔2026〕1号' } as const;
    expect(letterOf(composeReplyLetter({ ...input, values })).note).toBeNull();
    expect(letterOf(composeReplyLetter({ ...input, values: { ...values, 联系电话: '0799-7221234' } })).note).toBe('（联系电话：0799-7221234）');
  });

  it('reports the missing addressee, signature, date and document number', () => {
    const { 申请人: _, 机关名称: __, 答复日期: ___, ...values } = sampleReplyValues;
    const result = composeReplyLetter({ type: 'nonexistent', documentNumber: ' ', values });
    expect(result.ok ? [] : result.issues.map((i) => i.path).sort()).toEqual(['documentNumber', 'values.机关名称', 'values.申请人', 'values.答复日期'].sort());
  });

  it('uses the agency template it is given', () => {
    const template = { ...defaultTemplateOf('nonexistent'), title: '{{机关名称}}政府信息公开答复书' };
    const letter = letterOf(composeReplyLetter({ type: 'nonexistent', template, documentNumber: '莲政公开〔2026〕1号', values: sampleReplyValues }));
    expect(letter.title).toBe('莲花县人民政府办公室政府信息公开答复书');
  });

  it('refuses an outcome the letter cannot close with, a notice with an outcome, and a template of another type', () => {
    const values = sampleReplyValues;
    expect(() => composeReplyLetter({ type: 'granted', outcome: 'partial', documentNumber: 'x', values })).toThrow(ReplyTypeMismatchError);
    expect(() => composeReplyLetter({ type: 'denied', documentNumber: 'x', values })).toThrow(ReplyTypeMismatchError);
    expect(() => composeReplyLetter({ type: 'correction', outcome: 'granted', documentNumber: 'x', values })).toThrow(ReplyTypeMismatchError);
    expect(() => composeReplyLetter({ type: 'granted', template: defaultTemplateOf('partial'), documentNumber: 'x', values })).toThrow(
      expect.objectContaining({ code: 'reply_type_mismatch' }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { outcomeKeys, type OutcomeKey } from '../applications/outcome.ts';
import { defaultTemplateOf } from './default-templates.ts';
import { findPlaceholders } from './placeholders.ts';
import { decisionTypes, isReplyType, noticeTypeOfClosing, noticeTypeOfEvent, placeholdersAllowedIn, replyTypeInfo, replyTypes, replyTypesFor, type DecisionType } from './reply-type.ts';

describe('replyTypesFor', () => {
  it.each<[OutcomeKey, DecisionType[]]>([
    ['granted', ['alreadyPublic', 'granted']],
    ['partial', ['partial']],
    ['denied.stateSecret', ['denied']],
    ['denied.thirdPartyRights', ['denied']],
    ['denied.enforcementFile', ['denied']],
    ['denied.administrativeQuery', ['administrativeQuery']],
    ['unavailable.notHeld', ['nonexistent', 'notResponsible']],
    ['unavailable.needsCreation', ['needsCreation']],
    ['unavailable.unclearAfterCorrection', ['unclearAfterCorrection']],
    ['notProcessed.petition', ['petition']],
    ['notProcessed.duplicate', ['duplicate']],
    ['notProcessed.publication', ['publication']],
    ['notProcessed.excessive', ['excessive']],
    ['notProcessed.confirmation', ['confirmation']],
    ['other.noCorrection', []],
    ['other.unpaidFee', []],
    ['other.other', []],
  ])('offers the right letters for %s', (outcome, types) => {
    expect(replyTypesFor(outcome)).toEqual(types);
  });

  it('offers a letter for every outcome row except the 其他处理 rows', () => {
    const without = outcomeKeys.filter((o) => replyTypesFor(o).length === 0);
    expect(without).toEqual(['other.noCorrection', 'other.unpaidFee', 'other.other']);
  });

  it('offers every decision letter for some outcome', () => {
    const offered = new Set(outcomeKeys.flatMap(replyTypesFor));
    expect(decisionTypes.filter((t) => !offered.has(t))).toEqual([]);
  });
});

describe('replyTypeInfo', () => {
  it('gives remedies to the decisions, the fee notice and the 不再处理告知书 only', () => {
    const withRemedy = replyTypes.filter((t) => replyTypeInfo[t].hasRemedy);
    expect(withRemedy).toEqual([...decisionTypes, 'feeNotice', 'noCorrection', 'unpaidFee']);
  });

  it('makes the consultation letter state the information concerned and the answer deadline', () => {
    expect(replyTypeInfo.thirdPartyConsultation.required).toEqual(['涉及信息', '意见期限']);
  });

  it.each(replyTypes)('keeps the %s template within its allowed placeholders and with all its required ones', (type) => {
    const template = defaultTemplateOf(type);
    const used = new Set([template.title, ...template.paragraphs].flatMap(findPlaceholders));
    const allowed = placeholdersAllowedIn(type);
    expect([...used].filter((name) => !allowed.has(name as never))).toEqual([]);
    expect(replyTypeInfo[type].required.filter((name) => !used.has(name))).toEqual([]);
  });

  it('addresses the consultation letter to the third party and every other letter to the applicant', () => {
    expect(replyTypes.filter((t) => replyTypeInfo[t].addressee === '第三方')).toEqual(['thirdPartyConsultation']);
  });

  it('names each letter once', () => {
    const names = replyTypes.map((t) => replyTypeInfo[t].name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('noticeTypeOfEvent', () => {
  it('pairs the events that send a notice with the notice', () => {
    expect(noticeTypeOfEvent).toEqual({
      correctionRequested: 'correction',
      extensionApproved: 'extension',
      thirdPartyConsultationStarted: 'thirdPartyConsultation',
      feeNoticeSent: 'feeNotice',
    });
  });
});

describe('noticeTypeOfClosing', () => {
  it('sends a 不再处理告知书 for the 其他处理 rows of a lapsed period and none for a withdrawal', () => {
    expect(outcomeKeys.filter((o) => o.startsWith('other.')).map((o) => [o, noticeTypeOfClosing[o] ?? null])).toEqual([
      ['other.noCorrection', 'noCorrection'],
      ['other.unpaidFee', 'unpaidFee'],
      ['other.other', null],
    ]);
  });

  it('pairs only 其他处理 rows with a notice', () => {
    expect(Object.keys(noticeTypeOfClosing).every((o) => o.startsWith('other.'))).toBe(true);
  });
});

describe('isReplyType', () => {
  it('accepts the keys and rejects anything else', () => {
    expect([isReplyType('denied'), isReplyType('feeNotice'), isReplyType('Denied'), isReplyType(3)]).toEqual([true, true, false, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { ApplicationStepError } from './application-step-error.ts';
import { assertStepAllowed } from './assert-step-allowed.ts';
import type { CaseEvent } from './case-event.ts';
import { event } from './case-test-events.ts';
import { DomainError } from '../errors.ts';

const received = event('received', '2026-03-02');
const correctionRequested = event('correctionRequested', '2026-03-03');
const correctionReceived = event('correctionReceived', '2026-03-05');
const feeNotice = event('feeNoticeSent', '2026-03-04', { amountYuan: 200 });
const thirdParty = event('thirdPartyConsultationStarted', '2026-03-04', { consultationId: 'c1' });

function codeOf(events: CaseEvent[], next: CaseEvent): string | null {
  try {
    assertStepAllowed(events, next);
    return null;
  } catch (error) {
    if (!(error instanceof ApplicationStepError)) throw error;
    return error.code;
  }
}

describe('assertStepAllowed', () => {
  it.each<[string, CaseEvent[], CaseEvent, string | null]>([
    ['confirms the receipt of a new application', [], received, null],
    ['confirms a receipt twice', [received], event('received', '2026-03-03'), 'application.alreadyReceived'],
    ['acts before the receipt is confirmed', [], event('replied', '2026-03-02'), 'application.notReceived'],
    ['sends a correction notice', [received], correctionRequested, null],
    [
      'sends a second correction notice (Art. 30: once)',
      [received, correctionRequested, correctionReceived],
      event('correctionRequested', '2026-03-06'),
      'application.correctionAlreadyRequested',
    ],
    ['receives a correction without a notice', [received], correctionReceived, 'application.noCorrectionRequested'],
    [
      'receives a correction twice',
      [received, correctionRequested, correctionReceived],
      event('correctionReceived', '2026-03-06'),
      'application.correctionAlreadyReceived',
    ],
    ['replies while awaiting the correction', [received, correctionRequested], event('replied', '2026-03-06'), 'application.stepNotAllowed'],
    [
      'ends a consultation that never started',
      [received],
      event('thirdPartyConsultationEnded', '2026-03-06'),
      'application.consultationNotStarted',
    ],
    [
      'ends an agency consultation while only a third party is consulted',
      [received, thirdParty],
      event('agencyConsultationEnded', '2026-03-06'),
      'application.consultationNotStarted',
    ],
    [
      'ends a consultation under another id',
      [received, thirdParty],
      event('thirdPartyConsultationEnded', '2026-03-06', { consultationId: 'c9' }),
      'application.consultationNotStarted',
    ],
    ['ends an open consultation', [received, thirdParty], event('thirdPartyConsultationEnded', '2026-03-20'), null],
    [
      'reuses a consultation id',
      [received, thirdParty, event('thirdPartyConsultationEnded', '2026-03-20')],
      event('thirdPartyConsultationStarted', '2026-03-21', { consultationId: 'c1' }),
      'application.consultationIdUsed',
    ],
    ['replies during a consultation', [received, thirdParty], event('replied', '2026-03-20'), 'application.stepNotAllowed'],
    ['pays without a fee notice', [received], event('feePaid', '2026-03-06'), 'application.noFeeNotice'],
    ['pays the amount of the notice', [received, feeNotice], event('feePaid', '2026-03-06', { amountYuan: 200 }), null],
    ['pays another amount', [received, feeNotice], event('feePaid', '2026-03-06', { amountYuan: 100 }), 'application.feeAmountMismatch'],
    [
      'pays twice',
      [received, feeNotice, event('feePaid', '2026-03-06', { amountYuan: 200 })],
      event('feePaid', '2026-03-07', { amountYuan: 200 }),
      'application.feeAlreadyPaid',
    ],
    [
      'sends a second fee notice',
      [received, feeNotice, event('feePaid', '2026-03-06', { amountYuan: 200 })],
      event('feeNoticeSent', '2026-03-07'),
      'application.feeNoticeAlreadySent',
    ],
    ['sends a fee notice of 0 yuan', [received], event('feeNoticeSent', '2026-03-04', { amountYuan: 0 }), 'application.invalidFeeAmount'],
    ['sends a fee notice of 12.5 yuan', [received], event('feeNoticeSent', '2026-03-04', { amountYuan: 12.5 }), 'application.invalidFeeAmount'],
    [
      'sends a fee notice due before it is sent',
      [received],
      event('feeNoticeSent', '2026-03-04', { payBy: '2026-03-04' }),
      'application.invalidPaymentDeadline',
    ],
    ['approves an extension', [received], event('extensionApproved', '2026-03-20'), null],
    [
      'approves a second extension',
      [received, event('extensionApproved', '2026-03-20', { workingDays: 5 })],
      event('extensionApproved', '2026-03-21', { workingDays: 5 }),
      'application.extensionAlreadyApproved',
    ],
    ['extends by 21 working days', [received], event('extensionApproved', '2026-03-20', { workingDays: 21 }), 'application.invalidExtension'],
    ['extends by 0 working days', [received], event('extensionApproved', '2026-03-20', { workingDays: 0 }), 'application.invalidExtension'],
    ['extends without an approver', [received], event('extensionApproved', '2026-03-20', { approvedBy: ' ' }), 'application.extensionNotApproved'],
    ['records anything after the reply', [received, event('replied', '2026-03-20')], event('closed', '2026-03-21'), 'application.caseEnded'],
    ['dates a step before the previous one', [received, feeNotice], event('feePaid', '2026-03-03', { amountYuan: 200 }), 'application.dateBeforePrevious'],
    ['dates a step before the receipt', [received], event('replied', '2026-03-01'), 'application.dateBeforeReceipt'],
    ['dates a step on the day of the previous one', [received], event('replied', '2026-03-02'), null],
    ['gives an impossible date', [received], event('replied', '2026-02-30'), 'application.invalidDate'],
    [
      'gives a correction deadline before the notice',
      [received],
      event('correctionRequested', '2026-03-03', { correctBy: '2026-03-03' }),
      'application.invalidCorrectionDeadline',
    ],
    ['gives no correction items', [received], event('correctionRequested', '2026-03-03', { items: ' ' }), 'application.correctionItemsMissing'],
    ['closes with a reply outcome', [received], event('closed', '2026-03-20', { outcome: 'granted' }), 'application.closingOutcome'],
    [
      'closes for no correction after a notice',
      [received, correctionRequested],
      event('closed', '2026-04-01', { outcome: 'other.noCorrection' }),
      null,
    ],
    [
      'closes for no correction without a notice',
      [received],
      event('closed', '2026-04-01', { outcome: 'other.noCorrection' }),
      'application.outcomeNeedsCorrectionNotice',
    ],
    ['closes for an unpaid fee after a notice', [received, feeNotice], event('closed', '2026-04-01', { outcome: 'other.unpaidFee' }), null],
    [
      'closes for an unpaid fee without a notice',
      [received],
      event('closed', '2026-04-01', { outcome: 'other.unpaidFee' }),
      'application.outcomeNeedsFeeNotice',
    ],
    [
      'replies "still unclear after correction" without a correction',
      [received],
      event('replied', '2026-03-20', { outcome: 'unavailable.unclearAfterCorrection' }),
      'application.outcomeNeedsCorrection',
    ],
    [
      'replies "still unclear after correction" after a correction',
      [received, correctionRequested, correctionReceived],
      event('replied', '2026-03-20', { outcome: 'unavailable.unclearAfterCorrection' }),
      null,
    ],
  ])('decides correctly when a handler %s', (_, events, next, expected) => {
    expect(codeOf(events, next)).toBe(expected);
  });

  it('throws a DomainError with a Chinese message naming the rule', () => {
    const history = [received, correctionRequested, correctionReceived];
    let thrown: unknown;
    try {
      assertStepAllowed(history, event('correctionRequested', '2026-03-06'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as ApplicationStepError).step).toBe('correctionRequested');
    expect((thrown as Error).message).toContain('一次性告知');
  });
});

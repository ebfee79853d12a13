import { describe, expect, it } from 'vitest';
import type { CaseEvent } from './case-event.ts';
import { caseStatusLabels, caseStatusOf, isEndedStatus, type CaseStatus } from './case-status.ts';
import { event } from './case-test-events.ts';

const received = event('received', '2026-03-02');

describe('caseStatusOf', () => {
  it.each<[string, CaseEvent[], CaseStatus]>([
    ['nothing is recorded yet (online, not confirmed)', [], 'awaitingConfirmation'],
    ['the receipt is confirmed', [received], 'inProgress'],
    ['a correction notice is out', [received, event('correctionRequested', '2026-03-03')], 'awaitingCorrection'],
    [
      'the correction came back',
      [received, event('correctionRequested', '2026-03-03'), event('correctionReceived', '2026-03-05')],
      'inProgress',
    ],
    ['a third party is consulted', [received, event('thirdPartyConsultationStarted', '2026-03-04')], 'inConsultation'],
    [
      'the third party answered',
      [received, event('thirdPartyConsultationStarted', '2026-03-04'), event('thirdPartyConsultationEnded', '2026-03-10')],
      'inProgress',
    ],
    [
      'one of two consultations is still open',
      [
        received,
        event('thirdPartyConsultationStarted', '2026-03-04'),
        event('agencyConsultationStarted', '2026-03-04'),
        event('thirdPartyConsultationEnded', '2026-03-10'),
      ],
      'inConsultation',
    ],
    ['a fee notice is unpaid', [received, event('feeNoticeSent', '2026-03-04')], 'awaitingFee'],
    ['the fee is paid', [received, event('feeNoticeSent', '2026-03-04'), event('feePaid', '2026-03-06')], 'inProgress'],
    ['the extension is approved', [received, event('extensionApproved', '2026-03-20')], 'inProgress'],
    ['the reply was delivered', [received, event('replied', '2026-03-20')], 'replied'],
    ['the case was closed', [received, event('closed', '2026-03-20')], 'closed'],
    ['the case was transferred (the receiving agency goes on)', [received, event('transferred', '2026-03-03')], 'inProgress'],
    [
      'a case ended during a correction',
      [
        received,
        event('correctionRequested', '2026-03-03'),
        event('closed', '2026-04-01', { outcome: 'other.noCorrection' }),
      ],
      'closed',
    ],
  ])('is the right status when %s', (_, events, expected) => {
    expect(caseStatusOf(events)).toBe(expected);
  });
});

describe('caseStatusLabels', () => {
  it('labels every status in Chinese', () => {
    expect(caseStatusLabels.awaitingCorrection).toBe('待补正');
    for (const label of Object.values(caseStatusLabels)) expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});

describe('isEndedStatus', () => {
  it('is true for replied and closed only', () => {
    const ended = Object.keys(caseStatusLabels).filter((s) => isEndedStatus(s as CaseStatus));
    expect(ended).toEqual(['replied', 'closed']);
  });
});

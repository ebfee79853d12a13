import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertStepAllowed } from './assert-step-allowed.ts';
import type { CaseEvent, CaseEventKind } from './case-event.ts';
import { caseStatusOf } from './case-status.ts';
import { event } from './case-test-events.ts';
import {
  closingEventFor,
  closingOutcomeFor,
  closingReasonsOf,
  nextStepsOf,
  type ClosingReason,
  type NextStep,
} from './next-steps.ts';
import { stepKinds } from './step-rules.ts';

const received = event('received', '2026-03-02');
const kindsOf = (steps: NextStep[]) => steps.map((s) => s.kind);

describe('nextStepsOf', () => {
  it.each<[string, CaseEvent[], CaseEventKind[]]>([
    ['nothing is recorded', [], ['received']],
    [
      'the case is in progress',
      [received],
      [
        'correctionRequested',
        'thirdPartyConsultationStarted',
        'agencyConsultationStarted',
        'extensionApproved',
        'feeNoticeSent',
        'transferred',
        'replied',
        'closed',
      ],
    ],
    ['a correction is awaited', [received, event('correctionRequested', '2026-03-03')], ['correctionReceived', 'closed']],
    [
      'the correction came and the extension was used',
      [
        received,
        event('correctionRequested', '2026-03-03'),
        event('correctionReceived', '2026-03-05'),
        event('extensionApproved', '2026-03-20'),
      ],
      ['thirdPartyConsultationStarted', 'agencyConsultationStarted', 'feeNoticeSent', 'transferred', 'replied', 'closed'],
    ],
    ['a fee is awaited', [received, event('feeNoticeSent', '2026-03-04')], ['extensionApproved', 'feePaid', 'closed']],
    ['the case is replied', [received, event('replied', '2026-03-20')], []],
  ])('offers the right steps when %s', (_, events, expected) => {
    expect(kindsOf(nextStepsOf(events))).toEqual(expected);
  });

  it('offers the end of each open consultation by name', () => {
    const events = [
      received,
      event('thirdPartyConsultationStarted', '2026-03-04', { consultationId: 'c1', party: '甲公司' }),
      event('thirdPartyConsultationStarted', '2026-03-04', { consultationId: 'c2', party: '乙公司' }),
      event('agencyConsultationStarted', '2026-03-04', { consultationId: 'a1', agencyName: '莲城县财政局' }),
    ];
    const ends = nextStepsOf(events).filter((s) => s.consultationId !== undefined);
    expect(ends).toEqual([
      { kind: 'thirdPartyConsultationEnded', label: '登记第三方意见（甲公司）', consultationId: 'c1' },
      { kind: 'thirdPartyConsultationEnded', label: '登记第三方意见（乙公司）', consultationId: 'c2' },
      { kind: 'agencyConsultationEnded', label: '登记其他机关意见（莲城县财政局）', consultationId: 'a1' },
    ]);
  });
});

describe('closingOutcomeFor', () => {
  it.each<[ClosingReason, string]>([
    ['correctionDeadlinePassed', 'other.noCorrection'],
    ['feeUnpaid', 'other.unpaidFee'],
    ['withdrawn', 'other.other'],
  ])('counts a case closed for %s in row %s', (reason, outcome) => {
    expect(closingOutcomeFor(reason)).toBe(outcome);
    expect(closingEventFor(reason, '2026-04-01')).toMatchObject({ kind: 'closed', on: '2026-04-01', outcome });
  });
});

describe('closingReasonsOf', () => {
  it('offers the reasons that apply now', () => {
    expect(closingReasonsOf([received])).toEqual(['withdrawn']);
    expect(closingReasonsOf([received, event('correctionRequested', '2026-03-03')])).toEqual([
      'correctionDeadlinePassed',
      'withdrawn',
    ]);
    expect(closingReasonsOf([received, event('feeNoticeSent', '2026-03-03')])).toEqual(['feeUnpaid', 'withdrawn']);
    expect(closingReasonsOf([])).toEqual([]);
  });
});

/** A valid event for an offered step, dated `on`. */
function eventFor(step: NextStep, history: CaseEvent[], on: string, index: number): CaseEvent {
  switch (step.kind) {
    case 'thirdPartyConsultationStarted':
    case 'agencyConsultationStarted':
      return event(step.kind, on, { consultationId: `k${index}` });
    case 'thirdPartyConsultationEnded':
    case 'agencyConsultationEnded':
      return event(step.kind, on, { consultationId: step.consultationId! });
    case 'closed': {
      const reasons = closingReasonsOf(history);
      return closingEventFor(reasons[index % reasons.length]!, on);
    }
    default:
      return event(step.kind, on);
  }
}

describe('nextStepsOf and assertStepAllowed', () => {
  it('agree on every history built from the offered steps', () => {
    const choices = fc.array(fc.record({ pick: fc.nat(), gap: fc.integer({ min: 0, max: 2 }) }), { maxLength: 14 });
    fc.assert(
      fc.property(choices, (picks) => {
        const history: CaseEvent[] = [];
        let day = 1;
        for (const [index, { pick, gap }] of picks.entries()) {
          const offered = nextStepsOf(history);
          for (const kind of stepKinds) {
            if (offered.some((s) => s.kind === kind)) continue;
            expect(() => assertStepAllowed(history, event(kind, `2026-05-${String(day).padStart(2, '0')}`))).toThrow();
          }
          if (offered.length === 0) {
            expect(['replied', 'closed']).toContain(caseStatusOf(history));
            return;
          }
          day += gap;
          const next = eventFor(offered[pick % offered.length]!, history, `2026-05-${String(day).padStart(2, '0')}`, index);
          expect(() => assertStepAllowed(history, next)).not.toThrow();
          history.push(next);
        }
      }),
      { numRuns: 300 },
    );
  });
});

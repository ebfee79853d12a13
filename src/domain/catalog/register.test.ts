import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRegisterEvent,
  countFigures,
  currentValidity,
  dueExpiries,
  figuresCounting,
  registerFigures,
  validityOn,
  type RegisterDocument,
  type RegisterEvent,
} from './register.ts';

const issued = (on: string): RegisterEvent => ({ event: 'issued', effectiveOn: on, relatedItemId: null });
const amended = (on: string, by: string | null = null): RegisterEvent => ({ event: 'amended', effectiveOn: on, relatedItemId: by });
const abolished = (on: string, by: string | null = null): RegisterEvent => ({ event: 'abolished', effectiveOn: on, relatedItemId: by });
const expired = (on: string): RegisterEvent => ({ event: 'expired', effectiveOn: on, relatedItemId: null });

const context = { today: '2025-06-30', related: null, documentId: 'doc' };

describe('validityOn', () => {
  const history = [issued('2023-03-01'), amended('2024-05-10'), abolished('2025-02-01')];
  it.each([
    ['2023-02-28', null],
    ['2023-03-01', 'inForce'],
    ['2024-05-09', 'inForce'],
    ['2024-05-10', 'amended'],
    ['2025-01-31', 'amended'],
    ['2025-02-01', 'abolished'],
  ] as const)('on %s is %s', (date, validity) => {
    expect(validityOn(history, date)).toBe(validity);
  });

  it('gives expired after 失效 and the state after every event as the current validity', () => {
    expect(currentValidity([issued('2020-01-01'), expired('2024-01-01')])).toBe('expired');
    expect(currentValidity([issued('2020-01-01')])).toBe('inForce');
    expect(currentValidity([])).toBeNull();
  });
});

describe('checkRegisterEvent', () => {
  const inForce = [issued('2024-01-15')];

  it('accepts an amendment and then an abolition naming the document that did it', () => {
    const related = { id: 'other', isPublishedRegisterDocument: true, issuedOn: '2025-01-10' };
    expect(checkRegisterEvent(inForce, { event: 'amended', effectiveOn: '2025-01-10', relatedItemId: 'other' }, { ...context, related })).toEqual([]);
    const history = [...inForce, amended('2025-01-10')];
    expect(checkRegisterEvent(history, { event: 'abolished', effectiveOn: '2025-06-30', relatedItemId: 'other' }, { ...context, related })).toEqual([]);
  });

  it('refuses anything after a final event', () => {
    const history = [...inForce, expired('2025-01-01')];
    const issues = checkRegisterEvent(history, { event: 'amended', effectiveOn: '2025-02-01', relatedItemId: null }, context);
    expect(issues.map((i) => i.code)).toEqual(['register.alreadyFinal']);
    expect(issues[0]!.message).toContain('2025-01-01失效');
  });

  it('refuses an event before the issue, before the last event, or after today', () => {
    const codes = (effectiveOn: string, history = inForce) => checkRegisterEvent(history, { event: 'amended', effectiveOn, relatedItemId: null }, context).map((i) => i.code);
    expect(codes('2024-01-14')).toEqual(['register.invalidEarlyDate']);
    expect(codes('2024-06-01', [...inForce, amended('2024-07-01')])).toEqual(['register.invalidEarlyDate']);
    expect(codes('2025-07-01')).toEqual(['register.invalidFutureDate']);
    expect(codes('2025-02-30')).toEqual(['register.invalidDate']);
    expect(codes('2024-01-15')).toEqual([]);
  });

  it('refuses an event of a document not issued, and a second issue', () => {
    expect(checkRegisterEvent([], { event: 'abolished', effectiveOn: '2025-01-01', relatedItemId: null }, context).map((i) => i.code)).toEqual(['register.notIssued']);
    expect(checkRegisterEvent(inForce, { event: 'issued', effectiveOn: '2025-01-01', relatedItemId: null }, context).map((i) => i.code)).toEqual(['register.alreadyIssued']);
  });

  it('refuses a related document that is itself, not a published register document, issued later, or named by an expiry', () => {
    const check = (event: 'amended' | 'expired', relatedItemId: string, related: Parameters<typeof checkRegisterEvent>[2]['related']) =>
      checkRegisterEvent(inForce, { event, effectiveOn: '2025-03-01', relatedItemId }, { ...context, related }).map((i) => i.message);
    expect(check('amended', 'doc', null)).toEqual(['不能指明文件本身。']);
    expect(check('amended', 'x', { id: 'x', isPublishedRegisterDocument: false, issuedOn: '2025-01-01' })).toEqual(['指明的文件应为已发布的规章或行政规范性文件。']);
    expect(check('amended', 'x', null)).toEqual(['指明的文件应为已发布的规章或行政规范性文件。']);
    expect(check('amended', 'x', { id: 'x', isPublishedRegisterDocument: true, issuedOn: '2025-04-01' })[0]).toContain('晚于修改日期');
    expect(check('expired', 'x', { id: 'x', isPublishedRegisterDocument: true, issuedOn: '2025-01-01' })).toEqual(['失效不需要指明文件，请留空。']);
  });
});

describe('dueExpiries', () => {
  const candidate = (id: string, validUntil: string | null, events: RegisterEvent[]) => ({ id, validUntil, events });

  it('expires a document the day after its validity period ends, and only then', () => {
    const documents = [
      candidate('ends-yesterday', '2025-06-29', [issued('2020-07-01')]),
      candidate('ends-today', '2025-06-30', [issued('2020-07-01')]),
      candidate('ended-long-ago', '2024-12-31', [issued('2020-01-01'), amended('2023-05-01')]),
      candidate('no-period', null, [issued('2020-01-01')]),
      candidate('already-abolished', '2024-12-31', [issued('2020-01-01'), abolished('2024-06-01')]),
      candidate('amended-after-end', '2024-12-31', [issued('2020-01-01'), amended('2025-03-01')]),
    ];
    expect(dueExpiries(documents, '2025-06-30')).toEqual([
      { id: 'ends-yesterday', effectiveOn: '2025-06-30' },
      { id: 'ended-long-ago', effectiveOn: '2025-01-01' },
    ]);
  });
});

describe('registerFigures', () => {
  it('counts issued, abolished with expired, and in force on 31 December, per kind', () => {
    const documents: RegisterDocument[] = [
      { id: 'a', kind: 'normativeDocument', events: [issued('2024-03-01')] },
      { id: 'b', kind: 'normativeDocument', events: [issued('2023-03-01'), amended('2024-02-01'), abolished('2024-12-31')] },
      { id: 'c', kind: 'normativeDocument', events: [issued('2022-03-01'), expired('2024-06-01')] },
      { id: 'd', kind: 'normativeDocument', events: [issued('2024-05-01'), expired('2025-01-01')] },
      { id: 'e', kind: 'regulation', events: [issued('2021-05-01'), amended('2024-05-01')] },
    ];
    const figures = registerFigures(documents, 2024);
    expect(figures.normativeDocuments).toEqual({ issued: ['a', 'd'], abolished: ['b', 'c'], inForce: ['a', 'd'] });
    expect(countFigures(figures.regulations)).toEqual({ issued: 0, abolished: 0, inForce: 1 });
    expect(figuresCounting(documents[3]!.events, 2025)).toEqual(['abolished']);
  });
});

/** Any lifecycle the register accepts: issued, then amendments, maybe a final event, in date order. */
const lifecycleArbitrary = fc
  .record({
    kind: fc.constantFrom('regulation' as const, 'normativeDocument' as const),
    start: fc.integer({ min: 0, max: 3650 }),
    gaps: fc.array(fc.integer({ min: 0, max: 800 }), { maxLength: 4 }),
    end: fc.constantFrom(null, 'expired' as const, 'abolished' as const),
  })
  .map(({ kind, start, gaps, end }) => {
    let day = start;
    const dateOf = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const events: RegisterEvent[] = [issued(dateOf(day))];
    gaps.forEach((gap, i) => {
      day += gap;
      const isLast = i === gaps.length - 1;
      events.push(isLast && end !== null ? { event: end, effectiveOn: dateOf(day), relatedItemId: null } : amended(dateOf(day)));
    });
    return { kind, events };
  });

describe('registerFigures (property)', () => {
  it('keeps inForce(Y) = inForce(Y−1) + issued(Y) − abolished(Y) for any history', () => {
    fc.assert(
      fc.property(fc.array(lifecycleArbitrary, { maxLength: 25 }), fc.integer({ min: 2015, max: 2026 }), (lifecycles, year) => {
        const documents = lifecycles.map((l, i) => ({ id: `d${i}`, ...l }));
        const now = registerFigures(documents, year);
        const before = registerFigures(documents, year - 1);
        for (const row of ['regulations', 'normativeDocuments'] as const) {
          const counts = countFigures(now[row]);
          expect(counts.inForce).toBe(countFigures(before[row]).inForce + counts.issued - counts.abolished);
        }
      }),
      { numRuns: 100 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { countApplicationsThisMonthBefore, feeFor } from './fee-for.ts';

const earlier = ['2026-02-27', ...Array.from({ length: 12 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`), '2026-03-20'];

describe('countApplicationsThisMonthBefore', () => {
  it.each([
    ['2026-03-15', 12],
    ['2026-03-20', 13],
    ['2026-03-05', 5],
    ['2026-04-01', 0],
    ['2026-02-28', 1],
  ])('counts the applications of the same month up to %s', (receivedOn, expected) => {
    expect(countApplicationsThisMonthBefore(receivedOn, earlier)).toBe(expected);
  });
});

describe('feeFor', () => {
  it('charges per application from the month history only', () => {
    const fee = feeFor('perApplication', { receivedOn: '2026-03-15', earlierReceivedOn: earlier, pages: 500 });
    expect(fee.method).toBe('perApplication');
    expect(fee.amountYuan).toBe(100);
  });

  it('charges per page from the pages only', () => {
    const fee = feeFor('perPage', { receivedOn: '2026-03-15', earlierReceivedOn: earlier, pages: 31 });
    expect(fee.method).toBe('perPage');
    expect(fee.amountYuan).toBe(10);
  });

  it('throws when per-page charging has no page count', () => {
    expect(() => feeFor('perPage', { receivedOn: '2026-03-15', earlierReceivedOn: [], pages: null })).toThrow(RangeError);
  });
});

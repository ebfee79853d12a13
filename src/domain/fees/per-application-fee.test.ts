import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perApplicationBandOf, perApplicationFee } from './per-application-fee.ts';

describe('perApplicationFee', () => {
  it.each([
    [0, 0],
    [9, 0],
    [10, 100],
    [29, 100],
    [30, 200],
    [39, 200],
    [40, 300],
    [49, 300],
    [50, 400],
    [99, 800],
    [100, 900],
  ])('charges the application after %i earlier ones this month %i yuan', (before, amount) => {
    expect(perApplicationFee(before).amountYuan).toBe(amount);
  });

  it('describes the band of a paid application', () => {
    expect(perApplicationFee(34)).toEqual({
      method: 'perApplication',
      amountYuan: 200,
      lines: [{ from: 35, to: 35, rate: 200, count: 1, amount: 200, description: '本自然月第35件申请（第31—40件，每件200元）：200元' }],
      description: '按件计收：同一申请人本自然月第35件申请，信息处理费200元。',
    });
  });

  it('describes a free application', () => {
    const fee = perApplicationFee(4);
    expect(fee.lines[0]!.description).toBe('本自然月第5件申请（每月前10件免费）：0元');
    expect(fee.description).toBe('按件计收：同一申请人本自然月第5件申请，在10件以内，不收取信息处理费。');
  });

  it.each([-1, 0.5])('throws on %s earlier applications', (before) => {
    expect(() => perApplicationFee(before)).toThrow(RangeError);
  });

  it('never falls, and rises by 100 yuan at the 11th, the 31st and every 10th after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (before) => {
        const step = perApplicationFee(before + 1).amountYuan - perApplicationFee(before).amountYuan;
        const next = before + 2;
        const isBandStart = next === 11 || (next > 30 && (next - 31) % 10 === 0);
        expect(step).toBe(isBandStart ? 100 : 0);
      }),
    );
  });

  it('puts every ordinal inside the band it reports', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), (ordinal) => {
        const band = perApplicationBandOf(ordinal);
        expect(ordinal).toBeGreaterThanOrEqual(band.from);
        expect(ordinal).toBeLessThanOrEqual(band.to!);
      }),
    );
  });
});

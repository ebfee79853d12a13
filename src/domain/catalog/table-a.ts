/**
 * Table A of the annual report (表二 主动公开政府信息情况, `proactive` in the canonical JSON) from the
 * register's figures and the Art. 20 figures.
 *
 * Rules and normative documents are counted, never blank: an agency with none — a county government
 * without rule-making power has no 规章 — gets 0. The model would allow null, and real reports print
 * 0 or "/", but a blank cell is read as "not filled in" (the checker's R5 warns that it was taken as
 * 0), while the register knows the answer is 0. The Art. 20 figures stay null until entered: the
 * register cannot know them, and the checker's warning is then the right one.
 */
import { createBlankReport } from '../annual-report/figures.ts';
import type { AnnualReport, Proactive } from '../annual-report/model.ts';
import type { Art20Figures } from './art20-figures.ts';
import type { DocumentCountsOf } from './register.ts';

export interface RegisterCounts {
  regulations: DocumentCountsOf;
  normativeDocuments: DocumentCountsOf;
}

export function buildTableA(register: RegisterCounts, art20: Art20Figures | null): Proactive {
  return {
    regulations: { ...register.regulations },
    normativeDocuments: { ...register.normativeDocuments },
    licensing: { decisions: art20?.licensingDecisions ?? null },
    penalty: { decisions: art20?.penaltyDecisions ?? null },
    enforcement: { decisions: art20?.enforcementDecisions ?? null },
    fees: { amountWanYuan: art20?.feesWanYuan ?? null },
  };
}

/** Register counts added up (an agency and those below it). */
export function addRegisterCounts(counts: readonly RegisterCounts[]): RegisterCounts {
  const zero = (): DocumentCountsOf => ({ issued: 0, abolished: 0, inForce: 0 });
  const add = (a: DocumentCountsOf, b: DocumentCountsOf): DocumentCountsOf => ({ issued: a.issued + b.issued, abolished: a.abolished + b.abolished, inForce: a.inForce + b.inForce });
  return counts.reduce((sum, c) => ({ regulations: add(sum.regulations, c.regulations), normativeDocuments: add(sum.normativeDocuments, c.normativeDocuments) }), { regulations: zero(), normativeDocuments: zero() });
}

/**
 * Art. 20 figures added up over several agencies: each figure is the sum of those entered, and
 * null only when no agency entered it (the page lists the agencies that have not).
 */
export function addArt20Figures(list: readonly Art20Figures[]): Art20Figures {
  const count = (pick: (f: Art20Figures) => number | null): number | null => {
    const entered = list.map(pick).filter((v): v is number => v !== null);
    return entered.length === 0 ? null : entered.reduce((s, v) => s + v, 0);
  };
  const amounts = list.map((f) => f.feesWanYuan).filter((v): v is string => v !== null);
  return {
    licensingDecisions: count((f) => f.licensingDecisions),
    penaltyDecisions: count((f) => f.penaltyDecisions),
    enforcementDecisions: count((f) => f.enforcementDecisions),
    feesWanYuan: amounts.length === 0 ? null : amounts.reduce(addWanYuan),
  };
}

/**
 * The exact sum of two amounts written as decimals (no floating point: 0.1 + 0.2 is 0.3), with as
 * many decimals as the longer of the two (`1.50` + `2` = `3.50`).
 */
export function addWanYuan(a: string, b: string): string {
  const scale = Math.max(decimalsOf(a), decimalsOf(b));
  const total = scaled(a, scale) + scaled(b, scale);
  if (scale === 0) return total.toString();
  const digits = total.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

function decimalsOf(amount: string): number {
  const point = amount.indexOf('.');
  return point === -1 ? 0 : amount.length - point - 1;
}

function scaled(amount: string, scale: number): bigint {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole + fraction.padEnd(scale, '0'));
}

/** A report holding only table A (and the agency, year and period), for the checker and the writers. */
export function reportWithTableA(proactive: Proactive, agency: string, year: number): AnnualReport {
  const report = createBlankReport();
  report.agency = agency;
  report.year = year;
  report.period = { from: `${year}年1月1日`, to: `${year}年12月31日` };
  report.proactive = proactive;
  return report;
}

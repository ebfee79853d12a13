import { describe, expect, it } from 'vitest';
import { checkAnnualReport } from '../annual-report/check.ts';
import type { Finding } from '../findings.ts';
import type { Art20Figures } from './art20-figures.ts';
import { countFigures, registerFigures, type RegisterDocument, type RegisterEvent } from './register.ts';
import { addArt20Figures, addRegisterCounts, addWanYuan, buildTableA, reportWithTableA, type RegisterCounts } from './table-a.ts';

const event = (kind: RegisterEvent['event'], on: string): RegisterEvent => ({ event: kind, effectiveOn: on, relatedItemId: null });

/** A county department's register over three years: issues, amendments, expiries and abolitions. */
const documents: RegisterDocument[] = [
  { id: 'n1', kind: 'normativeDocument', events: [event('issued', '2022-04-01')] },
  { id: 'n2', kind: 'normativeDocument', events: [event('issued', '2022-09-01'), event('amended', '2024-03-01'), event('abolished', '2025-05-01')] },
  { id: 'n3', kind: 'normativeDocument', events: [event('issued', '2023-01-10'), event('expired', '2025-01-10')] },
  { id: 'n4', kind: 'normativeDocument', events: [event('issued', '2024-06-01')] },
  { id: 'n5', kind: 'normativeDocument', events: [event('issued', '2025-02-01'), event('amended', '2025-08-01')] },
  { id: 'n6', kind: 'normativeDocument', events: [event('issued', '2025-03-01')] },
  { id: 'n7', kind: 'normativeDocument', events: [event('issued', '2024-02-01'), event('abolished', '2024-11-30')] },
];

const art20: Art20Figures = { licensingDecisions: 1204, penaltyDecisions: 37, enforcementDecisions: 2, feesWanYuan: '24252.311082' };

function countsOf(year: number): RegisterCounts {
  const figures = registerFigures(documents, year);
  return { regulations: countFigures(figures.regulations), normativeDocuments: countFigures(figures.normativeDocuments) };
}

function tableAFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.locations.some((l) => l.path?.startsWith('proactive')));
}

describe('buildTableA', () => {
  it('fills table A from the register and the Art. 20 figures, with 0 rules for an agency without any', () => {
    const table = buildTableA(countsOf(2025), art20);
    expect(table).toEqual({
      regulations: { issued: 0, abolished: 0, inForce: 0 },
      normativeDocuments: { issued: 2, abolished: 2, inForce: 4 },
      licensing: { decisions: 1204 },
      penalty: { decisions: 37 },
      enforcement: { decisions: 2 },
      fees: { amountWanYuan: '24252.311082' },
    });
  });

  it('passes the checker, with last year from the same register and a narrative stating the figures', () => {
    const previous = reportWithTableA(buildTableA(countsOf(2024), art20), '莲城县发展和改革局', 2024);
    const table = buildTableA(countsOf(2025), art20);
    const report = reportWithTableA(table, '莲城县发展和改革局', 2025);
    const documentsRow = table.normativeDocuments;
    report.sections.overview =
      `本年度制发行政规范性文件${documentsRow.issued}件，废止（含失效）行政规范性文件${documentsRow.abolished}件，` +
      `现行有效行政规范性文件${documentsRow.inForce}件。作出行政许可决定1204件，行政处罚决定37件。`;
    const findings = checkAnnualReport(report, { previous });
    expect(tableAFindings(findings)).toEqual([]);
    // The checker does read table A: a wrong in-force figure is caught by the narrative and by last year's report.
    report.proactive.normativeDocuments.inForce = (documentsRow.inForce ?? 0) + 1;
    expect(tableAFindings(checkAnnualReport(report, { previous })).map((f) => f.rule).sort()).toEqual(['R7.inForce', 'R8.documents']);
  });

  it('leaves the Art. 20 figures blank until they are entered, which the checker reports', () => {
    const table = buildTableA(countsOf(2025), null);
    expect(table.licensing).toEqual({ decisions: null });
    expect(table.fees).toEqual({ amountWanYuan: null });
    const findings = tableAFindings(checkAnnualReport(reportWithTableA(table, '莲城县', 2025)));
    expect(findings.map((f) => f.rule)).toEqual(['R5']);
    expect(findings[0]!.message).toContain('表二有 4 个空白单元格');
  });
});

describe('adding up an agency and those below it', () => {
  it('adds the register counts', () => {
    expect(addRegisterCounts([countsOf(2025), countsOf(2024)]).normativeDocuments).toEqual({ issued: 4, abolished: 3, inForce: 8 });
  });

  it('adds the Art. 20 figures entered, blank only when nobody entered one', () => {
    const blank: Art20Figures = { licensingDecisions: null, penaltyDecisions: null, enforcementDecisions: null, feesWanYuan: null };
    expect(addArt20Figures([art20, { ...blank, licensingDecisions: 6, feesWanYuan: '0.688918' }, blank])).toEqual({
      licensingDecisions: 1210,
      penaltyDecisions: 37,
      enforcementDecisions: 2,
      feesWanYuan: '24253.000000',
    });
    expect(addArt20Figures([blank, blank])).toEqual(blank);
  });

  it.each([
    ['0.1', '0.2', '0.3'],
    ['1.50', '2', '3.50'],
    ['0.000001', '0.999999', '1.000000'],
    ['24252.311082', '0', '24252.311082'],
    ['999999999999.999999', '0.000001', '1000000000000.000000'],
  ])('adds %s and %s exactly as %s', (a, b, sum) => {
    expect(addWanYuan(a, b)).toBe(sum);
  });
});

/** What a writer writes, the matching reader reads back as the same report. */
import { describe, expect, it } from 'vitest';
import { loadSampleReport } from '../../../test/render/sample-report.ts';
import { setFigure } from '../annual-report/figures.ts';
import type { AnnualReport } from '../annual-report/model.ts';
import { readDocx } from '../readers/docx.ts';
import { readHtml } from '../readers/html.ts';
import { readText } from '../readers/text.ts';
import type { ReadResult } from '../readers/read-result.ts';
import { writeDocx } from './write-docx.ts';
import { writeHtml } from './write-html.ts';
import { toCanonicalReport } from './write-json.ts';
import { writeText } from './write-text.ts';

function withBlanks(): AnnualReport {
  const report = loadSampleReport();
  setFigure(report, 'applications.outcomes.denied.stateSecret.commercial', null);
  setFigure(report, 'reviews.litigationDirect.pending', null);
  setFigure(report, 'proactive.fees.amountWanYuan', null);
  return report;
}

const roundTrips: [string, (report: AnnualReport) => Promise<ReadResult>][] = [
  ['text', async (report) => readText(writeText(report))],
  ['html', async (report) => readHtml(writeHtml(report))],
  ['docx', async (report) => readDocx(await writeDocx(report))],
];

describe.each(roundTrips)('%s written and read back', (_, roundTrip) => {
  it.each([
    ['the sample report', loadSampleReport],
    ['a report with blank cells', withBlanks],
  ])('gives %s back unchanged', async (__, build) => {
    const report = { ...build(), format: '2021' as const };
    const read = await roundTrip(report);
    expect(toCanonicalReport(read.report)).toEqual(toCanonicalReport(report));
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

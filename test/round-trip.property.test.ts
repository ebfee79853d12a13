/**
 * Round trip on random consistent reports: for every writer with a reader (JSON, text, HTML, DOCX),
 * write → read gives the same report back, narrative included, and the checker stays silent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnnualReport } from '../src/domain/annual-report/check.ts';
import type { AnnualReport } from '../src/domain/annual-report/model.ts';
import { readDocx } from '../src/domain/readers/docx.ts';
import { readHtml } from '../src/domain/readers/html.ts';
import type { ReadResult } from '../src/domain/readers/read-result.ts';
import { readJson } from '../src/domain/readers/read-report.ts';
import { readText } from '../src/domain/readers/text.ts';
import { writeDocx } from '../src/domain/writers/write-docx.ts';
import { writeHtml } from '../src/domain/writers/write-html.ts';
import { toCanonicalReport, writeJson } from '../src/domain/writers/write-json.ts';
import { writeText } from '../src/domain/writers/write-text.ts';
import { buildConsistentReport, reportSeedArbitrary } from './arbitraries.ts';

// Readers print the period as 2024年1月1日; the other spellings are for the checker's tests.
const reports = reportSeedArbitrary().map((seed) => ({ ...buildConsistentReport({ ...seed, periodStyle: 0 }), format: '2021' as const }));

const roundTrips: [string, number, (report: AnnualReport) => Promise<ReadResult>][] = [
  ['json', 100, async (report) => readJson(writeJson(report))],
  ['text', 60, async (report) => readText(writeText(report))],
  ['html', 60, async (report) => readHtml(writeHtml(report))],
  ['docx', 15, async (report) => readDocx(await writeDocx(report))],
];

describe.each(roundTrips)('%s round trip', (_format, numRuns, roundTrip) => {
  it('gives back every random consistent report unchanged, and the checker finds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(reports, async (report) => {
        const read = await roundTrip(report);
        expect(toCanonicalReport(read.report)).toEqual(toCanonicalReport(report));
        expect(read.findings).toEqual([]);
        expect(checkAnnualReport(read.report)).toEqual([]);
      }),
      { numRuns },
    );
  });
});

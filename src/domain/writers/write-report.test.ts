import { describe, expect, it } from 'vitest';
import { loadSampleReport } from '../../../test/render/sample-report.ts';
import { writeCsv } from './write-csv.ts';
import { writeHtml } from './write-html.ts';
import { writeJson } from './write-json.ts';
import { outputFormatFiles, outputFormats, writeReport } from './write-report.ts';
import { writeText } from './write-text.ts';

describe('writeReport', () => {
  const report = loadSampleReport();

  it.each([
    ['json', writeJson],
    ['html', writeHtml],
    ['csv', writeCsv],
    ['text', writeText],
  ] as const)('writes %s as the matching writer does, as a string', async (format, write) => {
    expect(await writeReport(report, format)).toBe(write(report));
  });

  it.each(['docx', 'xlsx'] as const)('writes %s as the bytes of a zip package', async (format) => {
    const bytes = await writeReport(report, format);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from((bytes as Uint8Array).slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('names a file extension and media type for every format', () => {
    expect(Object.keys(outputFormatFiles).sort()).toEqual([...outputFormats].sort());
    expect(outputFormatFiles.text.extension).toBe('txt');
  });
});

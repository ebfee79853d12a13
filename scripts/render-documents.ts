/**
 * Writes the sample report (test/render/sample-report.ts) in every output format into OUTDIR, for
 * scripts/render-documents.sh to convert and for people to look at.
 * Usage: npx tsx scripts/render-documents.ts OUTDIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputFormatFiles, outputFormats, writeReport } from '../src/domain/writers/write-report.ts';
import { loadSampleReport } from '../test/render/sample-report.ts';

const outDir = process.argv[2];
if (outDir === undefined) {
  process.stderr.write('用法: npx tsx scripts/render-documents.ts 输出目录\n');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const report = loadSampleReport();
for (const format of outputFormats) {
  const path = join(outDir, `sample.${outputFormatFiles[format].extension}`);
  writeFileSync(path, await writeReport(report, format));
  process.stdout.write(`${path}\n`);
}

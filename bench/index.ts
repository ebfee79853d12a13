/**
 * Benchmarks (not timed tests): reports per second for reading + checking, on one core.
 * Goals from issue 2: ≥ 1,000 text reports/s and ≥ 50 DOCX reports/s. Then the intake load
 * (bench/intake-load.ts): 200 concurrent online applications on loopback, p50/p99. Then catalogue
 * search (bench/search.ts): 100,000 generated items per database kind, ≥ 200 queries, p50/p95/p99.
 * Run: npm run bench [-- --seconds 5]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkAnnualReport } from '../src/domain/annual-report/check.ts';
import { readDocx } from '../src/domain/readers/docx.ts';
import { readPdf } from '../src/domain/readers/pdf.ts';
import { readText } from '../src/domain/readers/text.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' } } });
const seconds = Number(values.seconds);

async function measure(name: string, goal: number, run: () => unknown): Promise<void> {
  for (let i = 0; i < 20; i++) await run(); // warm-up: JIT, font and dictionary loading
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    await run();
    count++;
  }
  const perSecond = count / ((performance.now() - start) / 1000);
  const verdict = goal > 0 ? (perSecond >= goal ? `✔ goal ${goal}/s` : `✘ below goal ${goal}/s`) : '';
  console.log(`${name.padEnd(44)} ${perSecond.toFixed(1).padStart(9)} reports/s  ${verdict}`);
}

const text = readFileSync('test/fixtures/real/xiangtan-county-2024.txt', 'utf8');
const docx = new Uint8Array(readFileSync('test/fixtures/reports/docx/department.docx'));
const pdf = new Uint8Array(readFileSync('test/fixtures/real/huaian-city-2024.pdf'));

console.log(`Node ${process.version}, one core, ${seconds}s per case`);
await measure('text (xiangtan-county-2024.txt) read + check', 1000, () => checkAnnualReport(readText(text).report));
await measure('docx (department.docx) read + check', 50, async () => checkAnnualReport((await readDocx(docx)).report));
await measure('pdf (huaian-city-2024.pdf, 6 pages) read + check', 0, async () => checkAnnualReport((await readPdf(pdf)).report));
const memory = process.memoryUsage();
console.log(`rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);

const { benchIntakeLoad } = await import('./intake-load.ts');
await benchIntakeLoad();

const { benchSearch, defaultSearchBenchOptions } = await import('./search.ts');
await benchSearch(await defaultSearchBenchOptions());

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-harness.ts';

const real = 'test/fixtures/real';
const xiangtan = `${real}/xiangtan-county-2024.txt`;
const huaian = `${real}/huaian-city-2024.pdf`;
const schema = JSON.parse(readFileSync('schemas/annual-report.schema.json', 'utf8'));
const validateReport = new Ajv2020({ strict: false }).compile(schema);
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));

interface JsonResult {
  file: string;
  report: Record<string, unknown>;
  findings: { rule: string; severity: string; message: string; locations: Record<string, unknown>[] }[];
}

describe('gongkai report check', () => {
  it('reports the 湘潭县 narrative contradiction and exits 1', async () => {
    const run = await runCli(['report', 'check', xiangtan]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✘ .*xiangtan-county-2024\.txt — 湘潭县 2024年：1 个错误，1 个提示/);
    expect(run.stdout).toContain('R8.applications');
    expect(run.stdout).toContain('全年共受理政府信息公开申请35件');
  });

  it('prints the JSON contract with both locations of the R8 finding', async () => {
    const run = await runCli(['report', 'check', xiangtan, huaian, '--json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((r) => r.file)).toEqual([xiangtan, huaian]);
    for (const result of results) expect(validateReport(result.report), JSON.stringify(validateReport.errors)).toBe(true);
    const [first, second] = results;
    expect(first!.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['R8.applications', 'error'],
      ['R9', 'warning'],
    ]);
    const paths = first!.findings[0]!.locations.map((l) => l.path);
    expect(paths).toEqual(expect.arrayContaining(['sections.overview', 'applications.newReceived.total']));
    expect(first!.findings[0]!.locations.find((l) => l.path === 'applications.newReceived.total')?.line).toBeGreaterThan(0);
    expect(second!.findings).toEqual([]);
  });

  it('exits 0 when no file has an error finding', async () => {
    const run = await runCli(['report', 'check', huaian]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔');
  });

  it('compares with the previous year when --previous is given (R7)', async () => {
    const previous = JSON.parse(readFileSync(`${real}/xiangtan-county-2024.expected.json`, 'utf8'));
    previous.year = 2023;
    previous.period = { from: '2023年1月1日', to: '2023年12月31日' };
    previous.sections = { overview: null, problems: null, other: null };
    previous.applications.carriedForward.naturalPerson = 4;
    previous.applications.carriedForward.total = 4;
    for (const key of ['file', 'ambiguous', 'candidates', 'expectedFindings']) delete previous[key];
    const file = join(tmp, 'xiangtan-2023.json');
    writeFileSync(file, JSON.stringify(previous));
    const run = await runCli(['report', 'check', xiangtan, '--previous', file, '--json']);
    const rules = (JSON.parse(run.stdout) as JsonResult[])[0]!.findings.map((f) => f.rule);
    expect(rules.some((r) => r.startsWith('R7'))).toBe(true);
  });

  it('shows a progress bar on a terminal for more than 20 files, and not for fewer', async () => {
    const files = Array.from({ length: 21 }, () => xiangtan);
    const many = await runCli(['report', 'check', ...files], { tty: true });
    expect(many.stderr).toContain('核查中');
    expect(many.stdout).toContain('共 21 份报告，21 份有错误');
    const few = await runCli(['report', 'check', ...files.slice(1)], { tty: true });
    expect(few.stderr).not.toContain('核查中');
  });
});

describe('gongkai report check on bad input', () => {
  function writeTemp(name: string, data: string | Uint8Array): string {
    const file = join(tmp, name);
    writeFileSync(file, data);
    return file;
  }

  it.each([
    ['an empty file', () => writeTemp('empty.txt', ''), /空/],
    ['random bytes', () => writeTemp('random.bin', new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251)), /无法识别|不是/],
    ['a 50 MB file', () => writeTemp('huge.txt', new Uint8Array(50 * 1024 * 1024).fill(0x41)), /过大/],
    ['a file that does not exist', () => join(tmp, 'missing.pdf'), /不存在/],
  ])('exits 2 with the reason on stderr for %s', async (_name, make, reason) => {
    const run = await runCli(['report', 'check', make()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('still checks the readable files when one input cannot be read', async () => {
    const run = await runCli(['report', 'check', join(tmp, 'missing.txt'), huaian]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('淮安市人民政府');
  });

  it('gives a finding, not a crash, for a PDF without a text layer', async () => {
    const run = await runCli(['report', 'check', 'test/fixtures/reports/pdf/scanned.pdf', '--json']);
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result!.findings[0]).toMatchObject({ rule: 'READ.scanned', severity: 'error' });
    expect(result!.findings[0]!.message).toContain('扫描件，无文字层');
  });

  it('says that an HTML page is not a report', async () => {
    const run = await runCli(['report', 'check', 'test/fixtures/reports/html/not-a-report.html', '--json']);
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result!.findings.map((f) => f.rule)).toContain('READ.notReport');
  });

  it('refuses unknown options and commands with exit 2', async () => {
    expect((await runCli(['report', 'check', xiangtan, '--bogus'])).code).toBe(2);
    expect((await runCli(['report', 'frobnicate'])).code).toBe(2);
    expect((await runCli(['report', 'check'])).code).toBe(2);
  });
});

describe('gongkai report convert', () => {
  it.each(['json', 'html', 'csv', 'text'])('writes %s to stdout', async (format) => {
    const run = await runCli(['report', 'convert', xiangtan, '--to', format]);
    expect(run.code).toBe(0);
    if (format !== 'csv') expect(run.stdout).toContain('湘潭县');
    expect(run.stdout).toContain(format === 'json' ? '"amountWanYuan": "2030.16873"' : '2030.16873');
  });

  it.each([
    ['docx', 'PK'],
    ['xlsx', 'PK'],
  ])('writes %s to the -o file', async (format, magic) => {
    const out = join(tmp, `out.${format}`);
    const run = await runCli(['report', 'convert', huaian, '--to', format, '-o', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe(magic);
  });

  it('writes inert HTML for a report whose cells carry scripts', async () => {
    const run = await runCli(['report', 'convert', 'test/fixtures/reports/html/script-in-cells.html', '--to', 'html']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/<script|onerror=|javascript:/i);
  });

  it('refuses an unknown target format', async () => {
    const run = await runCli(['report', 'convert', xiangtan, '--to', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--to');
  });
});

describe('the gongkai binary', () => {
  it('runs as a process with the documented exit code', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, ['bin/gongkai.js', 'report', 'check', huaian, xiangtan], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('淮安市人民政府');
    expect(run.stderr).toBe('');
  });
});

/** `gongkai year-end` and `gongkai table-b` on the demo county (PostgreSQL), and the year-end check on tables that disagree. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, postgresStatus } from '../../../test/test-db.ts';
import { openDatabaseFromEnv } from '../../db/open-database.ts';
import { createDemoApplicationsDeps } from '../../db/stores/demo-applications-store.ts';
import { createDemoCountyStore } from '../../db/stores/demo-county-store.ts';
import type { Agency } from '../../domain/agencies/agency.ts';
import { tableBOf } from '../../domain/applications/table-b.ts';
import { seedDemoApplications } from '../../use-cases/applications/administration/seed-demo-applications.ts';
import { checkYearEnd } from '../../use-cases/applications/administration/year-end.ts';
import { seedDemoCounty } from '../../use-cases/seed-demo-county.ts';
import type { CliIo } from '../io.ts';
import { runTableB } from './table-b.ts';
import { formatYearEnd, runYearEnd } from './year-end.ts';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string | Uint8Array>();
  const io: CliIo = {
    stdout: (text) => void out.push(typeof text === 'string' ? text : new TextDecoder().decode(text)),
    stderr: (text) => void err.push(text),
    isStderrTty: false,
    stderrStream: process.stderr,
    readFile: (path) => readFile(path),
    writeFile: async (path, data) => void files.set(path, data),
  };
  return { io, out, err, files };
}

describe.skipIf(postgresStatus !== 'reachable' && !process.env.CI)('year-end and table-b on the demo county', () => {
  let env: NodeJS.ProcessEnv = {};
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const database = await createPostgresDatabase();
    drop = database.drop;
    env = { DATABASE_URL: database.url };
    const handle = await openDatabaseFromEnv(env);
    const now = new Date('2026-11-28T02:00:00Z');
    await seedDemoCounty({ ...createDemoCountyStore(handle.db), hashPassword: async () => 'not-a-real-hash' }, { isProduction: false, now });
    await seedDemoApplications(createDemoApplicationsDeps(handle.db), { now, isProduction: false });
    await handle.close();
  }, 120_000);
  afterAll(async () => drop());

  it('prints every agency’s totals and finds the carry into the next year consistent', async () => {
    const { io, out } = captureIo();
    expect(await runYearEnd(['--year', '2025'], io, env)).toBe(0);
    const text = out.join('');
    expect(text).toContain('2025年度依申请公开年度结转核对');
    expect(text).toMatch(/莲城县自然资源局（lcx-zrzy）\n {4}新收 \d+ {2}上年结转 0 {2}办结 \d+ {2}结转2026年 \d+ {2}2026年上年结转 \d+ {2}一致/);
    expect(text).toContain('全部 16 个机关一致');
    const json = captureIo();
    expect(await runYearEnd(['--year', '2025', '--agency', 'lcx-zrzy', '--json'], json.io, env)).toBe(0);
    const parsed = JSON.parse(json.out.join('')) as { agencies: { code: string; carriedForward: unknown; nextYearCarriedOver: unknown }[] };
    expect(parsed.agencies).toHaveLength(1);
    expect(parsed.agencies[0]?.carriedForward).toEqual(parsed.agencies[0]?.nextYearCarriedOver);
    const unknown = captureIo();
    expect(await runYearEnd(['--year', '2025', '--agency', 'nowhere'], unknown.io, env)).toBe(2);
  });

  it('prints table B as text, and writes CSV and XLSX', async () => {
    const text = captureIo();
    expect(await runTableB(['--agency', 'lcx', '--subtree', '--year', '2025'], text.io, env)).toBe(0);
    expect(text.out.join('')).toContain('莲城县人民政府（含下级机关） 2025年 收到和处理政府信息公开申请情况');
    expect(text.out.join('')).toMatch(/\n +\d+ +\d+ +\d+ +\d+ +\d+ +\d+ +\d+ {2}一、本年新收政府信息公开申请数量\n/);
    const files = captureIo();
    expect(await runTableB(['--agency', 'lcx-zrzy', '--year', '2026', '--format', 'csv', '-o', 'b.csv'], files.io, env)).toBe(0);
    expect(String(files.files.get('b.csv'))).toContain('表三,四、结转下年度继续办理,总计,applications.carriedForward.total,');
    expect(await runTableB(['--agency', 'lcx-zrzy', '--year', '2026', '--format', 'xlsx', '-o', 'b.xlsx'], files.io, env)).toBe(0);
    expect([...(files.files.get('b.xlsx') as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(await runTableB(['--agency', 'lcx-zrzy', '--year', '2026', '--format', 'xlsx'], files.io, env)).toBe(2);
  });
});

describe('checkYearEnd', () => {
  const agency = { id: 'a1', code: 'x', name: '某局', parentId: null } as unknown as Agency;
  it('reports a carry that does not match next year, column by column', async () => {
    const store = {
      listAgencies: async () => [agency],
      countTableB: async ({ year }: { year: number }) =>
        year === 2025
          ? tableBOf([{ applicantColumn: 'naturalPerson', receivedOn: '2025-12-20', endedOn: null, outcome: null }], 2025)
          : tableBOf([{ applicantColumn: 'commercial', receivedOn: '2025-12-20', endedOn: null, outcome: null }], 2026),
    };
    const report = await checkYearEnd(store, { year: 2025 });
    expect(report.lines[0]?.findings.map((f) => f.rule)).toEqual(['R7.carriedOver', 'R7.carriedOver']);
    expect(formatYearEnd(report)).toContain('发现差异');
  });
});

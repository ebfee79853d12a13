import { describe, expect, it } from 'vitest';
import { runCli } from './cli-harness.ts';

interface DeadlineJson {
  receivedOn: string;
  dueOn: string;
  extension: number | null;
  trace: { date: string; kind: string; dayNumber?: number; note: string }[];
}

describe('gongkai deadline', () => {
  it.each([
    ['2024-09-30', [], '2024-11-01'],
    ['2025-09-30', [], '2025-11-04'],
    ['2026-02-06', [], '2026-03-12'],
    ['2024-03-01', ['--extension', '20'], '2024-04-28'],
  ])('prints only the due date for a receipt on %s %j', async (received, extra, expected) => {
    const run = await runCli(['deadline', '--received', received, ...extra]);
    expect(run).toMatchObject({ code: 0, stdout: `${expected}\n`, stderr: '' });
  });

  it('prints the JSON with the trace', async () => {
    const run = await runCli(['deadline', '--received', '2025-09-30', '--extension', '3', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as DeadlineJson;
    expect(result).toMatchObject({ receivedOn: '2025-09-30', dueOn: '2025-11-07', extension: 3 });
    expect(result.trace.find((e) => e.date === '2025-10-06')).toEqual({ date: '2025-10-06', kind: 'holiday', note: '中秋节 法定节假日，不计' });
    expect(result.trace.at(-1)).toMatchObject({ date: '2025-11-07', dayNumber: 23, note: '第23个工作日，答复期限届满' });
    expect((await runCli(['deadline', '--received', '2025-09-30', '--json'])).stdout).toContain('"extension": null');
  });

  it.each([
    [['--received', '2025-02-30'], '收到申请之日“2025-02-30”无效'],
    [['--received', '2025/03/01'], '应为 YYYY-MM-DD 格式'],
    [['--received', '2027-03-01'], '工作日历中没有2027年的节假日安排，请先录入国务院办公厅的通知。'],
    [['--received', '2026-12-15'], '工作日历中没有2027年的节假日安排'],
    [['--received', '2025-03-03', '--extension', '21'], '延长的工作日数“21”无效，应为1至20的整数'],
    [['--received', '2025-03-03', '--extension', '2.5'], '延长的工作日数“2.5”无效'],
    [['--received', '2025-03-03', '--extension', '0'], '延长的工作日数“0”无效'],
    [['--received', '2025-03-03', '--extension=-3'], '延长的工作日数“-3”无效'],
  ])('refuses %j with a Chinese message and exit code 2', async (args, message) => {
    const run = await runCli(['deadline', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('shows its usage with --help and when --received is missing', async () => {
    expect(await runCli(['deadline', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('用法: gongkai deadline') });
    expect(await runCli(['deadline'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--received') });
    expect((await runCli(['help'])).stdout).toContain('gongkai deadline --received');
  });
});

/** `gongkai serve` in-process (demo seed, the printed logins, the portal, a clean stop) and as a process. */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runServe } from '../src/cli/commands/serve.ts';
import type { CliIo } from '../src/cli/io.ts';
import { startChild } from './crash-harness.ts';
import { findFreePort } from './http-harness.ts';

const cliScript = new URL('../src/cli/index.ts', import.meta.url).pathname;


function captureIo(): { io: CliIo; output: () => string } {
  let text = '';
  const io = {
    stdout: (chunk: string | Uint8Array) => {
      text += String(chunk);
    },
    stderr: (chunk: string) => {
      text += chunk;
    },
  } as unknown as CliIo;
  return { io, output: () => text };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('gongkai serve', () => {
  it('seeds an empty database, prints the demo logins and the URL, serves the portal and stops cleanly', async () => {
    const port = await findFreePort();
    const { io, output } = captureIo();
    let stop: (signal: string) => void = () => undefined;
    const stopSignal = new Promise<string>((resolve) => {
      stop = resolve;
    });
    const env = { DATABASE_URL: 'memory://', PORT: String(port), LOG_LEVEL: 'silent', NODE_ENV: 'development' };
    const running = runServe([], io, { env, stopSignal });
    await waitFor(() => output().includes('已启动'), 90_000);
    for (const text of ['演示账号', 'handler', 'Lian-Chengban-2025', '承办人（莲城县自然资源局）', 'auditor', `http://localhost:${port}`]) {
      expect(output()).toContain(text);
    }
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('莲城县人民政府');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    stop('SIGTERM');
    expect(await running).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 120_000);

  it('says in Chinese that the port is taken, instead of a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { io } = captureIo();
      const env = { DATABASE_URL: 'memory://', PORT: String(port), LOG_LEVEL: 'silent', SEED_DEMO: 'false' };
      await expect(runServe([], io, { env, stopSignal: new Promise<string>(() => undefined) })).rejects.toThrow(`端口 ${port} 已被占用`);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('refuses to start in production with the default session secret: Chinese message, no stack trace', async () => {
    const run = startChild(cliScript, { args: ['serve'], env: { NODE_ENV: 'production', SESSION_SECRET: '', DATABASE_URL: 'memory://' } });
    const { code } = await run.exited;
    expect(code).not.toBe(0);
    expect(run.stderr()).toContain('生产环境必须设置自己的会话密钥');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('never seeds in production: the empty platform stays empty', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gongkai-serve-'));
    const port = await findFreePort();
    const { io, output } = captureIo();
    let stop: (signal: string) => void = () => undefined;
    const stopSignal = new Promise<string>((resolve) => {
      stop = resolve;
    });
    const env = { DATA_DIR: dataDir, NODE_ENV: 'production', SESSION_SECRET: 'a-production-secret-of-forty-characters!', PORT: String(port), LOG_LEVEL: 'silent' };
    try {
      const running = runServe([], io, { env, stopSignal });
      await waitFor(() => output().includes('已启动'), 90_000);
      expect(output()).not.toContain('演示账号');
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('平台尚未录入行政机关信息');
      stop('SIGTERM');
      expect(await running).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

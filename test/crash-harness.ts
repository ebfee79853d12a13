/**
 * Runs a TypeScript program in a child process (through tsx), reads the ids it acknowledges on
 * stdout, and kills it with SIGKILL at a chosen moment — the "pull the plug" half of a durability
 * test. The other half (reopen, check every acknowledged write) belongs to the test. Reused later
 * for the HTTP server: start it with `startChild`, count successful answers, `killHard` it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ChildRun {
  child: ChildProcess;
  /** Everything the child wrote to stderr so far (for failure messages). */
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface CrashRun {
  /** Ids the child acknowledged (`ack <id>` lines) before it was killed. */
  acknowledged: string[];
  signal: NodeJS.Signals | null;
  /** From the first acknowledgement to the kill. */
  writeMs: number;
}

/** Starts `node --import tsx script args…` with the given environment added to ours. */
export function startChild(script: string, options: { args?: string[]; env?: NodeJS.ProcessEnv } = {}): ChildRun {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...(options.args ?? [])], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stderr: () => stderr, exited };
}

/** SIGKILL: no handler runs, nothing is flushed — as when the machine's OOM killer or `kill -9` strikes. */
export async function killHard(run: ChildRun): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  run.child.kill('SIGKILL');
  return run.exited;
}

/**
 * Runs the child until it has printed at least `minAcks` lines `ack <id>`, then kills it hard.
 * Lines are read as they come; a child that exits or times out first fails with its stderr.
 */
export async function runUntilAcknowledged(
  script: string,
  options: { env?: NodeJS.ProcessEnv; args?: string[]; minAcks: number; timeoutMs: number },
): Promise<CrashRun> {
  const run = startChild(script, options);
  const acknowledged: string[] = [];
  let firstAckAt = 0;
  const timer = setTimeout(() => run.child.kill('SIGKILL'), options.timeoutMs);
  try {
    for await (const line of createInterface({ input: run.child.stdout! })) {
      if (!line.startsWith('ack ')) continue;
      if (acknowledged.length === 0) firstAckAt = performance.now();
      acknowledged.push(line.slice(4));
      if (acknowledged.length >= options.minAcks) break;
    }
    const writeMs = performance.now() - firstAckAt;
    const { signal } = await killHard(run);
    if (acknowledged.length < options.minAcks) {
      throw new Error(`child stopped after ${acknowledged.length} acknowledgements (signal ${signal}):\n${run.stderr()}`);
    }
    return { acknowledged, signal, writeMs };
  } finally {
    clearTimeout(timer);
    run.child.kill('SIGKILL');
  }
}

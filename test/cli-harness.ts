/** Runs the CLI in-process with captured output, for tests. */
import { readFile, writeFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { main } from '../src/cli/index.ts';
import type { CliIo } from '../src/cli/io.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What went to stdout as bytes (binary outputs). */
  stdoutBytes: Uint8Array[];
}

export async function runCli(argv: string[], options: { tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdoutBytes: Uint8Array[] = [];
  const stderrStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stderr += chunk.toString('utf8');
      done();
    },
  });
  const io: CliIo = {
    stdout: (text) => {
      if (typeof text === 'string') stdout += text;
      else stdoutBytes.push(text);
    },
    stderr: (text) => {
      stderr += text;
    },
    isStderrTty: options.tty === true,
    stderrStream,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, stdoutBytes };
}

/** The CLI's contact with the outside world, passed in so that commands can be tested in-process. */
import { readFile, writeFile } from 'node:fs/promises';

export interface CliIo {
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars go there). */
  isStderrTty: boolean;
  stderrStream: NodeJS.WritableStream;
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
}

export function createProcessIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isStderrTty: process.stderr.isTTY === true,
    stderrStream: process.stderr,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
  };
}

/** Exit codes of `gongkai report …`: 0 clean, 1 error findings, 2 an input could not be read. */
export const exitCodes = { ok: 0, findings: 1, unreadable: 2 } as const;

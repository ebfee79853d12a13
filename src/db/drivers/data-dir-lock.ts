/**
 * One process per PGlite data directory. PGlite runs PostgreSQL in single-user mode inside this
 * process and does not lock the directory against a second process; two of them writing the same
 * files corrupts the database. The lock is a pid file created exclusively; a file left by a process
 * that no longer exists (killed with SIGKILL, power loss) is taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseInUseError } from '../errors.ts';

const lockFileName = 'gongkai.pid';
/** Directories this process holds: a pid file with our own pid is only ours if listed here. */
const heldByThisProcess = new Set<string>();

export type ReleaseLock = () => Promise<void>;

export async function acquireDataDirLock(dataDir: string): Promise<ReleaseLock> {
  const path = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(`${process.pid}\n`);
      await file.close();
      heldByThisProcess.add(dataDir);
      return async () => {
        heldByThisProcess.delete(dataDir);
        await rm(path, { force: true });
      };
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
    const holder = await readHolderPid(path);
    if (holder !== null && isHeldBy(holder, dataDir)) throw new DatabaseInUseError(dataDir, holder);
    await rm(path, { force: true });
  }
  throw new Error(`could not take the lock ${path}`);
}

function isHeldBy(pid: number, dataDir: string): boolean {
  // A file with our own pid was left by an earlier process that had the same pid (e.g. pid 1 in a container).
  if (pid === process.pid) return heldByThisProcess.has(dataDir);
  return isProcessAlive(pid);
}

async function readHolderPid(path: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await readFile(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isAlreadyExists(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST';
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

// One writer at a time: a lock file in the library folder names the process that writes to it.
// A lock left by a process that no longer runs (a crash) is stale and taken over.
import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FactdeskError } from '../errors';

const LOCK_FILE = 'library.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface LibraryLock {
  release(): Promise<void>;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

/** Takes the library's lock, or throws a `conflict` error naming who holds it. */
export async function acquireLibraryLock(dataDir: string): Promise<LibraryLock> {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const text = JSON.stringify(mine);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, text, { flag: 'wx' });
      const releaseOnExit = () => {
        try {
          if (readFileSync(path, 'utf8') === text) unlinkSync(path);
        } catch {
          // Already gone.
        }
      };
      process.once('exit', releaseOnExit);
      return {
        release: async () => {
          process.removeListener('exit', releaseOnExit);
          if ((await readFile(path, 'utf8').catch(() => null)) === text) await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(path);
    const isStale = owner !== null && owner.host === mine.host && owner.pid !== process.pid && !isProcessAlive(owner.pid);
    if (!isStale) {
      const who = owner ? `process ${owner.pid}${owner.host === mine.host ? '' : ` on ${owner.host}`}` : 'another process';
      throw new FactdeskError(
        'conflict',
        `The library in ${dataDir} is already open in Factdesk (${who}). Close it first, or choose another library with --data-dir.`,
      );
    }
    await rm(path, { force: true });
  }
  throw new FactdeskError('conflict', `Could not lock the library in ${dataDir}.`);
}

// One writer at a time: a lock file in the library folder names the process that writes to it.
// A lock left by a process that no longer runs (a crash) is stale and taken over.
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rm, stat, writeFile } from 'node:fs/promises';
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

/**
 * Creates the file with its whole text, or fails with EEXIST: the text goes to a temporary file first, which is
 * then hard-linked under the lock's name (atomic, and refused if the name exists). Opening the lock with 'wx' and
 * writing after would leave an empty lock, held "by another process" for ever, if the writer were killed between.
 */
async function createWhole(path: string, text: string): Promise<void> {
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, text, { flag: 'wx' });
  try {
    await link(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
}

/** Locks are written whole, so one that names no owner was left half-written by an older Factdesk that crashed. */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

async function isOldUnreadableLock(path: string): Promise<boolean> {
  const stats = await stat(path).catch(() => null);
  return stats !== null && Date.now() - stats.mtimeMs > UNREADABLE_LOCK_GRACE_MS;
}

/** Takes the library's lock, or throws a `conflict` error naming who holds it. */
export async function acquireLibraryLock(dataDir: string): Promise<LibraryLock> {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const text = JSON.stringify(mine);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await createWhole(path, text);
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
    const isStale =
      owner === null
        ? await isOldUnreadableLock(path)
        : owner.host === mine.host && owner.pid !== process.pid && !isProcessAlive(owner.pid);
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

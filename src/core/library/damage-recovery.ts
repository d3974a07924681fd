// What the store does with a damaged file: it is moved aside to damaged/<name>.<time> (never overwritten nor
// deleted, so nothing is lost for good), and its newest good copy is looked for in the daily backups.
import { readFile, mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { syncDirectory, writeFileAtomic } from '../fs/write-file-atomic';
import { DamagedFileError } from './damaged-file-error';
import { backupPathOf, listBackupDays } from './library-backups';

/** What recovery did, in words for the user (declared with the API: the page shows it). */
export type { LibraryNotice } from '../../shared/api';

export const DAMAGED_DIR = 'damaged';

/** `2025-09-04T10-15-30-123Z`: sorts by time and is a valid file name everywhere. */
function formatStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Moves the file to damaged/<name>.<time> (a number added if that exists); returns the new path relative to the library. */
export async function moveAside(dataDir: string, relativePath: string, now: Date): Promise<string> {
  const folder = join(dataDir, DAMAGED_DIR);
  await mkdir(folder, { recursive: true });
  const stem = `${basename(relativePath)}.${formatStamp(now)}`;
  for (let attempt = 0; ; attempt += 1) {
    const name = attempt === 0 ? stem : `${stem}-${attempt}`;
    const target = join(folder, name);
    // rename() would replace an existing file: a damaged file already set aside must never be overwritten.
    const isTaken = await readFile(target).then(() => true, () => false);
    if (isTaken) continue;
    await rename(join(dataDir, relativePath), target);
    await syncDirectory(folder);
    return join(DAMAGED_DIR, name);
  }
}

export interface GoodCopy<T> {
  day: string;
  bytes: Buffer;
  value: T;
}

/**
 * The newest backed-up copy of the file that `check` accepts (it throws DamagedFileError for a copy that is
 * damaged too); null when no backup holds a good one. Other errors (a newer Factdesk's file) are thrown.
 */
export async function findGoodCopy<T>(dataDir: string, relativePath: string, check: (data: unknown, path: string) => Promise<T>): Promise<GoodCopy<T> | null> {
  for (const day of await listBackupDays(dataDir)) {
    const path = backupPathOf(dataDir, day, relativePath);
    const bytes = await readFile(path).catch(() => null);
    if (bytes === null) continue;
    try {
      return { day, bytes, value: await check(JSON.parse(bytes.toString('utf8')) as unknown, path) };
    } catch (error) {
      if (error instanceof SyntaxError || error instanceof DamagedFileError) continue;
      throw error;
    }
  }
  return null;
}

/** Puts the good copy in place of the damaged file (moved aside before), atomically and durably. */
export async function restoreCopy(dataDir: string, relativePath: string, bytes: Buffer): Promise<void> {
  await writeFileAtomic(join(dataDir, relativePath), bytes, { isDurable: true });
}

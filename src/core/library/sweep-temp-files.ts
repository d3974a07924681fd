// Temporary files a killed writer left behind: a write goes to `.<name>.<8 hex>.tmp` beside its target (see
// write-file-atomic.ts) and the lock to `library.lock.<8 hex>.tmp`; after a crash nothing renames or removes
// them. Only the writer that now holds the lock sweeps, so no live write's temporary file is taken.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const TEMP_FILE = /^(?:\..+|library\.lock)\.[0-9a-f]{8}\.tmp$/u;

/** Removes left-over temporary files in these folders; how many were removed. A folder that is missing is skipped. */
export async function sweepTempFiles(folders: readonly string[]): Promise<number> {
  let removed = 0;
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      if (!TEMP_FILE.test(name)) continue;
      await rm(join(folder, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}

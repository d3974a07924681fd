// Writes a file by writing a temporary file beside it and renaming it into place, so the target is
// either the old file or the whole new one, never half of it.
//
// Without `isDurable` the new file survives the process being killed the moment the promise resolves (the
// kernel has it), not a power loss: the rename may reach the disk before the data does. With `isDurable`
// the data is flushed before the rename and the folder after it, so the new file survives a power loss too.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface WriteOptions {
  /** Flush to the disk before resolving (fsync of the file, then of its folder). */
  isDurable?: boolean;
  /**
   * With `isDurable`: flush the file but leave its folder to the caller (`syncDirectory`), who can then do
   * it at the same time as other work; the rename is not durable until it has.
   */
  isFolderSyncDeferred?: boolean;
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
}

export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  { isDurable = false, isFolderSyncDeferred = false }: WriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      if (isDurable) await handle.datasync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (isDurable && !isFolderSyncDeferred) await syncDirectory(dirname(path));
}

/** Errors of a file held open for a moment by another program (on Windows, a virus scanner or the indexer). */
const BUSY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** rename(), tried again for about a second while the target is busy, as lowdb's writer (steno) did. */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (attempt >= 10 || !BUSY_CODES.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 20));
    }
  }
}

/**
 * Flushes a folder's entries (a rename, a new or removed file) to the disk. Some systems cannot open a
 * folder for that (Windows): there the rename is as durable as the system makes it.
 */
export async function syncDirectory(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR' || (error as NodeJS.ErrnoException).code === 'EPERM') return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    // EINVAL/ENOTSUP: a file system that cannot flush a folder; nothing more can be done there.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EPERM') throw error;
  } finally {
    await handle.close();
  }
}

/** The same, synchronously: for the few writes that must finish before the process exits. */
export function writeFileAtomicSync(path: string, data: Uint8Array | string): void {
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

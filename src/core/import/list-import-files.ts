// What the user chose in the open dialog (files, folders, or both) as a list of files to import: folders are
// walked to any depth; hidden files and folders are left out; other formats are listed as skipped.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { ImportFailure } from '../../shared/api';
import { IMPORTABLE_FORMATS_TEXT, formatOfFileName } from '../../shared/import-formats';
import { FactdeskError } from '../errors';

export interface ListedFile {
  path: string;
  /** The name shown for it: the file name, with its folders below the chosen folder. */
  name: string;
  size: number;
}

export interface ListedFiles {
  files: ListedFile[];
  skipped: ImportFailure[];
}

/** More than a newsroom imports at once: a folder with more is probably not the one meant (a home folder). */
export const MAX_LISTED_FILES = 5_000;

export async function listImportFiles(paths: readonly string[]): Promise<ListedFiles> {
  const listed: ListedFiles = { files: [], skipped: [] };
  for (const path of paths) {
    const stats = await stat(path).catch(() => null);
    if (stats === null) {
      listed.skipped.push({ name: basename(path), message: `"${basename(path)}" could not be read: it was moved, deleted, or cannot be opened.` });
    } else if (stats.isDirectory()) {
      await walkFolder(path, path, listed);
    } else {
      // A file chosen by name is tried whatever its extension: the import says why it cannot be read.
      listed.files.push({ path, name: basename(path), size: stats.size });
    }
    assertNotTooMany(listed);
  }
  return listed;
}

async function walkFolder(root: string, folder: string, listed: ListedFiles): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    const name = relative(root, folder) || basename(folder);
    listed.skipped.push({ name, message: `The folder "${name}" could not be read (permission denied?).` });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    const name = relative(root, path).split('\\').join('/');
    // Symbolic links are not followed: a link to a parent folder would never end.
    if (entry.isDirectory()) {
      await walkFolder(root, path, listed);
    } else if (entry.isFile()) {
      if (formatOfFileName(entry.name) === null) {
        listed.skipped.push({ name, message: `Not an article format (Factdesk imports ${IMPORTABLE_FORMATS_TEXT}).` });
        continue;
      }
      const stats = await stat(path).catch(() => null);
      if (stats !== null) listed.files.push({ path, name, size: stats.size });
    }
    assertNotTooMany(listed);
  }
}

function assertNotTooMany(listed: ListedFiles): void {
  if (listed.files.length > MAX_LISTED_FILES) {
    throw new FactdeskError(
      'bad-input',
      `The folder holds more than ${MAX_LISTED_FILES.toLocaleString('en-US')} files to import. Choose a smaller folder; nothing was imported.`,
    );
  }
}

// What a drop holds, as files to import: files dropped one by one, and dropped folders walked to any depth
// (hidden files and folders left out, files of other formats listed as skipped).
import type { ImportFailure } from '../../../shared/api';
import { IMPORTABLE_FORMATS_TEXT, formatOfFileName } from '../../../shared/import-formats';

export interface DroppedFile {
  /** The file's name, with its folders from the dropped folder down ("reports/2024/a.html"). */
  name: string;
  file: File;
}

export interface DroppedFiles {
  files: DroppedFile[];
  skipped: ImportFailure[];
}

/** What a drop gave: a file, or a folder still to walk. */
export type DropEntry = File | FileSystemDirectoryEntry;

/** More than a newsroom imports at once: a dropped folder with more is probably not the one meant. */
export const MAX_DROPPED_FILES = 5_000;

/**
 * The drop's files and folders, taken during the drop event itself: its DataTransfer is emptied once the
 * handler returns. Where the browser gives no entries (or no folders), its plain file list is used.
 */
export function takeDropEntries(transfer: DataTransfer | null): DropEntry[] {
  if (!transfer) return [];
  const taken: DropEntry[] = [];
  for (const item of [...transfer.items]) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry !== null && isDirectoryEntry(entry)) {
      taken.push(entry);
      continue;
    }
    const file = item.getAsFile();
    if (file) taken.push(file);
  }
  return taken.length > 0 ? taken : [...transfer.files];
}

/** The files to import from what a drop gave, in the order given, each folder's contents sorted by name. */
export async function readDropEntries(entries: readonly DropEntry[]): Promise<DroppedFiles> {
  const found: DroppedFiles = { files: [], skipped: [] };
  for (const entry of entries) {
    if (entry instanceof File) found.files.push({ name: entry.name, file: entry });
    else await walkFolder(entry, found);
  }
  return found;
}

function isDirectoryEntry(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFileEntry(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

/** "/reports/2024/a.html" → "reports/2024/a.html". */
function nameOf(entry: FileSystemEntry): string {
  return entry.fullPath.replace(/^\/+/u, '') || entry.name;
}

async function walkFolder(folder: FileSystemDirectoryEntry, found: DroppedFiles): Promise<void> {
  let entries: FileSystemEntry[];
  try {
    entries = await readAllEntries(folder);
  } catch {
    found.skipped.push({ name: nameOf(folder), message: `The folder "${nameOf(folder)}" could not be read.` });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (isDirectoryEntry(entry)) {
      await walkFolder(entry, found);
    } else if (isFileEntry(entry)) {
      const name = nameOf(entry);
      if (formatOfFileName(entry.name) === null) {
        found.skipped.push({ name, message: `Not an article format (Factdesk imports ${IMPORTABLE_FORMATS_TEXT}).` });
        continue;
      }
      try {
        found.files.push({ name, file: await fileOf(entry) });
      } catch {
        found.skipped.push({ name, message: `"${name}" could not be read: it was moved, deleted, or cannot be opened.` });
      }
      if (found.files.length > MAX_DROPPED_FILES) {
        throw new Error(
          `The folder holds more than ${MAX_DROPPED_FILES.toLocaleString('en-US')} files to import. Drop a smaller folder; nothing was imported.`,
        );
      }
    }
  }
}

/** Every entry of a folder: the browser hands them over in batches, until an empty one. */
async function readAllEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

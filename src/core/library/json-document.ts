// One JSON file of the library (an article), read and written whole through lowdb, with an adapter of our own:
// lowdb's JSONFile writes through steno, which renames a temporary file into place but never flushes it to the
// disk. This adapter does both (see write-file-atomic.ts): a reader never sees half a file, and with
// `isDurable` a change the store acknowledged survives a power loss, not only a crash. A file that fails to
// parse is reported and never overwritten. The text is what JSONFile wrote: two-space indents.
import { readFile } from 'node:fs/promises';
import { Low, type Adapter } from 'lowdb';
import { FactdeskError } from '../errors';
import { DamagedFileError } from './damaged-file-error';
import { writeFileAtomic } from '../fs/write-file-atomic';

export interface JsonDocument<T> {
  data: T;
  /**
   * Writes the file. When durable, the folder is flushed too, unless the caller takes that on (`isFolderSyncDeferred`,
   * then `syncDirectory` of the folder) to do it at the same time as its next write.
   */
  write(options?: { isFolderSyncDeferred?: boolean }): Promise<void>;
}

export interface JsonDocumentOptions {
  isDurable: boolean;
}

/** The file's parsed text; null when it does not exist. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new FactdeskError('io', `The library file ${path} could not be read (${String(error)}). It was left untouched.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DamagedFileError(`The library file ${path} is damaged (it is not valid JSON). It was left untouched.`);
  }
}

/** lowdb's two-method adapter: read the parsed file, write it atomically (and durably when asked). */
class DurableJsonFile<T> implements Adapter<T> {
  /** Set for the next write only: the caller flushes the folder itself, together with its other writes. */
  isFolderSyncDeferred = false;

  constructor(
    readonly path: string,
    readonly isDurable: boolean,
  ) {}

  async read(): Promise<T | null> {
    return (await readJsonFile(this.path)) as T | null;
  }

  async write(data: T): Promise<void> {
    const isFolderSyncDeferred = this.isFolderSyncDeferred;
    this.isFolderSyncDeferred = false;
    await writeFileAtomic(this.path, JSON.stringify(data, null, 2), { isDurable: this.isDurable, isFolderSyncDeferred });
  }
}

/** Reads the file (null when it does not exist yet); `check` migrates or rejects what was read. */
export async function readJsonDocument<T>(
  path: string,
  check: (data: unknown) => T | Promise<T>,
  options: JsonDocumentOptions,
): Promise<JsonDocument<T> | null> {
  const raw = await readJsonFile(path);
  if (raw === null) return null;
  return createJsonDocument(path, await check(raw), options);
}

/** A document for a file that may not exist yet; nothing is written until `write()`. */
export function createJsonDocument<T>(path: string, data: T, { isDurable }: JsonDocumentOptions): JsonDocument<T> {
  const adapter = new DurableJsonFile<T>(path, isDurable);
  const db = new Low<T>(adapter, data);
  return {
    get data() {
      return db.data;
    },
    set data(next: T) {
      db.data = next;
    },
    write({ isFolderSyncDeferred = false } = {}) {
      adapter.isFolderSyncDeferred = isFolderSyncDeferred;
      return db.write();
    },
  };
}

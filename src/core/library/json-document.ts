// One JSON file of the library, read and written through lowdb. lowdb's JSONFile writes with steno:
// the new text goes to a temporary file that is then renamed over the old one, so a reader never
// sees half a file. A file that fails to parse is reported and never overwritten.
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { FactdeskError } from '../errors';

export interface JsonDocument<T> {
  data: T;
  write(): Promise<void>;
}

/** Reads the file (null when it does not exist yet); `check` migrates or rejects what was read. */
export async function readJsonDocument<T>(
  path: string,
  check: (data: unknown) => T | Promise<T>,
): Promise<JsonDocument<T> | null> {
  const db = new Low<T | null>(new JSONFile<T | null>(path), null);
  try {
    await db.read();
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'is damaged (it is not valid JSON)' : `could not be read (${String(error)})`;
    throw new FactdeskError('io', `The library file ${path} ${reason}. It was left untouched.`);
  }
  if (db.data === null) return null;
  const data = await check(db.data);
  return wrap(db as Low<T>, data);
}

/** A document for a file that does not exist yet; nothing is written until `write()`. */
export function createJsonDocument<T>(path: string, data: T): JsonDocument<T> {
  return wrap(new Low<T>(new JSONFile<T>(path), data), data);
}

function wrap<T>(db: Low<T>, data: T): JsonDocument<T> {
  db.data = data;
  return {
    get data() {
      return db.data;
    },
    set data(next: T) {
      db.data = next;
    },
    write: () => db.write(),
  };
}

// The user's preferences, in <dataDir>/preferences.json beside the library (so the app and the CLI share
// them). A missing file means the defaults. A damaged one also means the defaults, with a warning, and it
// is left as it is until the user saves new preferences: a typo made by hand is not wiped on start.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as v from 'valibot';
import type { Preferences } from '../shared/preferences';
import { MAX_USER_NAME_CHARS, isClaimThreshold, normalizeUserName, roundClaimThreshold } from '../shared/preferences';
import { CLAIM_THRESHOLD } from './detect';
import { FactdeskError } from './errors';
import { writeFileAtomic } from './fs/write-file-atomic';

export const PREFERENCES_FILE = 'preferences.json';
export const PREFERENCES_VERSION = 1;

export type Warn = (message: string) => void;

export function defaultPreferences(): Preferences {
  return { claimThreshold: roundClaimThreshold(CLAIM_THRESHOLD), userName: '' };
}

/** Each field on its own: one bad value costs only that value, not the others. */
const fieldSchemas: { [K in keyof Preferences]: v.GenericSchema<unknown, Preferences[K]> } = {
  claimThreshold: v.pipe(v.number(), v.check(isClaimThreshold), v.transform(roundClaimThreshold)),
  userName: v.pipe(v.string(), v.transform(normalizeUserName), v.maxLength(MAX_USER_NAME_CHARS)),
};

/** Sets one field from an untrusted value if its schema accepts it; false (and nothing set) otherwise. */
function assignField<K extends keyof Preferences>(target: Preferences, key: K, value: unknown): boolean {
  const parsed = v.safeParse(fieldSchemas[key], value);
  if (parsed.success) target[key] = parsed.output as Preferences[K];
  return parsed.success;
}

interface ReadOutcome {
  preferences: Preferences;
  /** Fields this version does not know (written by a newer Factdesk), kept when saving. */
  extra: Record<string, unknown>;
  /** The file's schema version when a newer Factdesk wrote it: read as far as it can be, never overwritten. */
  newerVersion: number | null;
  problem: string | null;
}

const defaultsWith = (problem: string | null): ReadOutcome => ({ preferences: defaultPreferences(), extra: {}, newerVersion: null, problem });

function parsePreferences(text: string): ReadOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return defaultsWith('it is not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return defaultsWith('it is not a preferences file');
  }
  const record = data as Record<string, unknown>;
  const version = record['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return defaultsWith('it has no valid schema version');
  }
  const preferences = defaultPreferences();
  const bad: string[] = [];
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'schemaVersion') continue;
    if (!Object.hasOwn(fieldSchemas, key)) {
      extra[key] = value;
      continue;
    }
    if (!assignField(preferences, key as keyof Preferences, value)) bad.push(key);
  }
  return {
    preferences,
    extra,
    newerVersion: version > PREFERENCES_VERSION ? version : null,
    problem: bad.length > 0 ? `its ${bad.join(', ')} ${bad.length === 1 ? 'is' : 'are'} not valid` : null,
  };
}

/** Reads the preferences once (for the CLI); never writes. */
export async function readPreferences(dataDir: string, warn: Warn = console.warn): Promise<Preferences> {
  return (await read(join(dataDir, PREFERENCES_FILE), warn)).preferences;
}

async function read(path: string, warn: Warn): Promise<ReadOutcome> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`Factdesk could not read ${path} (${String(error)}); using the default preferences.`);
    return defaultsWith(null);
  }
  const outcome = parsePreferences(text);
  if (outcome.problem) {
    warn(`The preferences file ${path} is damaged (${outcome.problem}); using the defaults for it. It is left untouched until you save preferences.`);
  }
  return outcome;
}

/** The app's preferences: read once on open, written (atomically, one change at a time) when the user saves. */
export class PreferencesStore {
  readonly #path: string;
  #preferences: Preferences;
  readonly #extra: Record<string, unknown>;
  readonly #newerVersion: number | null;
  #queue: Promise<unknown> = Promise.resolve();
  #isClosed = false;

  private constructor(path: string, { preferences, extra, newerVersion }: ReadOutcome) {
    this.#path = path;
    this.#preferences = preferences;
    this.#extra = extra;
    this.#newerVersion = newerVersion;
  }

  static async open(dataDir: string, warn: Warn = console.warn): Promise<PreferencesStore> {
    const path = join(dataDir, PREFERENCES_FILE);
    return new PreferencesStore(path, await read(path, warn));
  }

  get(): Preferences {
    return { ...this.#preferences };
  }

  /** Saves the given fields over the current ones; memory changes only once the file is written. */
  set(changes: Partial<Preferences>): Promise<Preferences> {
    if (this.#isClosed) return Promise.reject(new FactdeskError('conflict', 'Factdesk is closing; the preferences were not saved.'));
    const run = this.#queue.then(async () => {
      // Saving under our version would mislabel the newer Factdesk's file (and could drop what it means).
      if (this.#newerVersion !== null) {
        throw new FactdeskError(
          'conflict',
          `The preferences file ${this.#path} was written by a newer Factdesk (preferences version ${this.#newerVersion}, ` +
            `this app writes version ${PREFERENCES_VERSION}). Update Factdesk to change preferences; nothing was changed.`,
        );
      }
      const next: Preferences = { ...this.#preferences };
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) continue;
        if (!Object.hasOwn(fieldSchemas, key) || !assignField(next, key as keyof Preferences, value)) {
          throw new FactdeskError('invalid-input', `"${key}" is not a valid preference value.`);
        }
      }
      const file = { ...this.#extra, schemaVersion: PREFERENCES_VERSION, ...next };
      try {
        await mkdir(dirname(this.#path), { recursive: true });
        await writeFileAtomic(this.#path, `${JSON.stringify(file, null, 2)}\n`);
      } catch (error) {
        throw new FactdeskError('io', `The preferences could not be saved (${String(error)}). Nothing was changed.`);
      }
      this.#preferences = next;
      return { ...next };
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Waits for every save on its way to be written; later saves are refused. */
  async close(): Promise<void> {
    this.#isClosed = true;
    await this.#queue;
  }
}

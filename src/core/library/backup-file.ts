// The whole library as one JSON file: every article (its text, claims and all the work on them) and the
// preferences. Two backups of the same library differ only in `createdAt` and the app's version: articles
// are sorted by id, every object's keys are sorted, claims stay in their stored order. A restore goes only
// into an empty library, and writes nothing until the whole file has been read and checked.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ArticleDocument } from '../../shared/model';
import type { Preferences } from '../../shared/preferences';
import { FactdeskError } from '../errors';
import { writeFileAtomic } from '../fs/write-file-atomic';
import { isArticleId } from '../ids';
import type { LibraryStore } from './library-store';
import { SCHEMA_VERSION, migrateArticleFile } from './schema';

export const BACKUP_FORMAT = 'factdesk-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** What a backup reads of the library. */
export type BackupSource = Pick<LibraryStore, 'listArticles' | 'readArticle'>;
/** What a restore writes to. */
export type RestoreTarget = Pick<LibraryStore, 'listArticles' | 'addArticles'>;
/** The preferences a restore sets (the app's open store, or one the CLI opens). */
export interface PreferencesTarget {
  get(): Preferences;
  set(changes: Partial<Preferences>): Promise<Preferences>;
}

export interface BackupOptions {
  preferences: Preferences;
  createdAt: Date;
  appVersion: string;
}

/** A backup file read and checked: its articles migrated to the current schema, ready to add. */
export interface LibraryBackup {
  /** The file's name, for messages. */
  name: string;
  /** The library schema the file was written at. */
  schemaVersion: number;
  createdAt: string;
  appVersion: string | null;
  /** As the file has them; only the fields this version knows are restored (and checked when set). */
  preferences: Record<string, unknown>;
  articles: ArticleDocument[];
}

/** `factdesk-backup-2025-09-04.json`, by the local date. */
export function suggestBackupFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `factdesk-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys by code unit, so the order never depends on the machine's locale. */
const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

function withSortedKeys(value: unknown): unknown {
  return isRecord(value) ? Object.fromEntries(Object.entries(value).sort(byKey)) : value;
}

/** JSON with two-space indents and every object's keys sorted; lines after the first indented by `indent`. */
function stringifyStable(value: unknown, indent: string): string {
  return JSON.stringify(value, (_key, item: unknown) => withSortedKeys(item), 2).replaceAll('\n', `\n${indent}`);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Writes the backup atomically (a temporary file renamed into place) and durably: the file at `path` is
 * either the old one or the whole backup. Articles are read one at a time; only the text being built is held whole.
 */
export async function writeLibraryBackup(path: string, library: BackupSource, options: BackupOptions): Promise<{ articleCount: number }> {
  const summaries = [...library.listArticles()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The header in the format's own order, its objects' keys sorted; the same text as JSON.stringify of the
  // whole backup with two-space indents, built an article at a time.
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    createdAt: options.createdAt.toISOString(),
    app: { version: options.appVersion },
    preferences: options.preferences,
  };
  const headerText = JSON.stringify(header, (_key, item: unknown) => (item === header ? item : withSortedKeys(item)), 2);
  const chunks = [headerText.slice(0, -'\n}'.length), ',\n  "articles": ['];
  for (const [index, { id, title }] of summaries.entries()) {
    let doc: ArticleDocument;
    try {
      doc = await library.readArticle(id);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new FactdeskError('io', `“${title}” (${id}) could not be read, so no backup was written: ${reason}`);
    }
    chunks.push(`${index === 0 ? '' : ','}\n    ${stringifyStable(doc, '    ')}`);
  }
  chunks.push(summaries.length === 0 ? ']\n}\n' : '\n  ]\n}\n');
  try {
    // Flushed to the disk: a backup is what the user falls back on.
    await writeFileAtomic(path, chunks.join(''), { isDurable: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new FactdeskError('io', `The backup could not be written to ${path} (${reason}). Nothing was written.`);
  }
  return { articleCount: summaries.length };
}

function badBackup(name: string, problem: string): FactdeskError {
  return new FactdeskError('bad-input', `“${name}” ${problem}. Nothing was restored.`);
}

function readVersion(data: Data, field: string, name: string): number {
  const version = data[field];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw badBackup(name, `is damaged (its ${field} is missing or not a version number)`);
  }
  return version;
}

/** One article of the file, migrated from the file's schema and checked as the library checks its own files. */
async function readBackupArticle(entry: unknown, index: number, schemaVersion: number, name: string): Promise<ArticleDocument> {
  const id = isRecord(entry) && isRecord(entry['article']) ? entry['article']['id'] : undefined;
  const which = `article ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
  if (!isRecord(entry) || typeof id !== 'string' || !isArticleId(id)) {
    throw badBackup(name, `is damaged (${which} has no valid article id)`);
  }
  try {
    const file = await migrateArticleFile({ ...entry, schemaVersion }, `${which} of ${name}`);
    return { article: file.article, claims: file.claims, unplacedClaims: file.unplacedClaims };
  } catch (error) {
    if (error instanceof FactdeskError && error.code === 'io') throw badBackup(name, `is damaged (${which} is not a complete Factdesk article)`);
    throw error;
  }
}

/**
 * Reads and checks a whole backup file: the format marker, its versions (a newer one is refused), every
 * article's shape, after migrating it from the file's schema as the library migrates its own files.
 * Throws a FactdeskError saying what is wrong; nothing is written either way.
 */
export async function readLibraryBackup(path: string): Promise<LibraryBackup> {
  const name = basename(path);
  let data: unknown;
  try {
    // The text is dropped once parsed; the articles are then replaced one by one by their migrated copies.
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw badBackup(name, 'is damaged or cut short (it is not complete JSON)');
    const code = (error as NodeJS.ErrnoException).code;
    throw badBackup(name, code === 'ENOENT' ? 'does not exist' : `could not be read (${code ?? String(error)})`);
  }
  if (!isRecord(data) || data['format'] !== BACKUP_FORMAT) throw badBackup(name, 'is not a Factdesk library backup');
  const formatVersion = readVersion(data, 'formatVersion', name);
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    throw badBackup(
      name,
      `was written by a newer Factdesk (backup format ${formatVersion}; this one reads up to ${BACKUP_FORMAT_VERSION}). Update Factdesk to restore it`,
    );
  }
  const schemaVersion = readVersion(data, 'schemaVersion', name);
  if (schemaVersion > SCHEMA_VERSION) {
    throw badBackup(
      name,
      `was written by a newer Factdesk (library version ${schemaVersion}; this one reads up to ${SCHEMA_VERSION}). Update Factdesk to restore it`,
    );
  }
  const { createdAt, app, preferences = {}, articles } = data;
  if (typeof createdAt !== 'string') throw badBackup(name, 'is damaged (it has no creation time)');
  if (!isRecord(preferences)) throw badBackup(name, 'is damaged (its preferences are not a record)');
  if (!Array.isArray(articles)) throw badBackup(name, 'is damaged (it has no list of articles)');
  const seen = new Set<string>();
  for (let index = 0; index < articles.length; index += 1) {
    const doc = await readBackupArticle(articles[index], index, schemaVersion, name);
    if (seen.has(doc.article.id)) throw badBackup(name, `is damaged (article ${doc.article.id} is in it twice)`);
    seen.add(doc.article.id);
    articles[index] = doc;
  }
  const appVersion = isRecord(app) && typeof app['version'] === 'string' ? app['version'] : null;
  return { name, schemaVersion, createdAt, appVersion, preferences, articles: articles as ArticleDocument[] };
}

/** Refuses a restore into a library that has articles; `remedy` says what to do instead. */
export function refuseUnlessEmpty(library: Pick<LibraryStore, 'listArticles'>, remedy: string): void {
  const count = library.listArticles().length;
  if (count > 0) {
    throw new FactdeskError('bad-input', `The library is not empty (${plural(count, 'article')}). Restore into an empty library: ${remedy}. Nothing was changed.`);
  }
}

/**
 * Adds a checked backup to an empty library: the preferences first (they are checked as they are set, so
 * a bad value stops the restore before any article is written), then every article with its id, in one
 * step. If the articles cannot be written, the preferences are put back.
 */
export async function restoreLibraryBackup(
  backup: LibraryBackup,
  target: { library: RestoreTarget; preferences: PreferencesTarget },
  remedy: string,
): Promise<{ articleCount: number }> {
  refuseUnlessEmpty(target.library, remedy);
  const previous = target.preferences.get();
  // Fields this version knows; a newer Factdesk's other preferences are left out.
  const known = Object.fromEntries(Object.entries(backup.preferences).filter(([key]) => Object.hasOwn(previous, key))) as Partial<Preferences>;
  const hasPreferences = Object.keys(known).length > 0;
  if (hasPreferences) {
    try {
      await target.preferences.set(known);
    } catch (error) {
      if (error instanceof FactdeskError && error.code === 'invalid-input') {
        throw badBackup(backup.name, `has preferences this Factdesk cannot use (${error.message})`);
      }
      throw error;
    }
  }
  try {
    // Again: an import may have finished while the preferences were written.
    refuseUnlessEmpty(target.library, remedy);
    await target.library.addArticles(backup.articles);
  } catch (error) {
    if (hasPreferences) await target.preferences.set(previous).catch(() => undefined);
    throw error;
  }
  return { articleCount: backup.articles.length };
}

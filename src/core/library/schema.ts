// The on-disk schema of the library: its version and the migrations that bring older files up to date.
import * as v from 'valibot';
import type { ArticleDocument, ArticleSummary } from '../../shared/model';
import { FactdeskError } from '../errors';

export const SCHEMA_VERSION = 1;

export interface IndexFile {
  schemaVersion: number;
  articles: ArticleSummary[];
}

export interface ArticleFile extends ArticleDocument {
  schemaVersion: number;
}

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** Migrations from version N to N+1, keyed by N. Empty until the schema first changes. */
const indexMigrations: Record<number, Migration> = {};
const articleMigrations: Record<number, Migration> = {};

function migrate(data: unknown, migrations: Record<number, Migration>, fileName: string): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FactdeskError('io', `${fileName} is not a Factdesk library file.`);
  }
  let current = data as Record<string, unknown>;
  let version = current['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FactdeskError('io', `${fileName} has no valid schema version.`);
  }
  if (version > SCHEMA_VERSION) {
    throw new FactdeskError(
      'conflict',
      `${fileName} was written by a newer Factdesk (library version ${version}, this app reads up to ${SCHEMA_VERSION}). ` +
        'Update Factdesk to open this library; nothing was changed.',
    );
  }
  while (version < SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) throw new FactdeskError('internal', `No migration from library version ${version}.`);
    current = { ...step(current), schemaVersion: version + 1 };
    version += 1;
  }
  return current;
}

// The shape every file must have once migrated: enough to catch a file that is valid JSON but not
// ours, or cut down, before any code relies on it.
const idField = v.string();
const indexShape = v.looseObject({ articles: v.array(v.looseObject({ id: idField, title: v.string(), importedAt: v.string() })) });
const articleShape = v.looseObject({
  article: v.looseObject({ id: idField, title: v.string(), body: v.string(), excluded: v.array(v.looseObject({ start: v.number(), end: v.number() })) }),
  claims: v.array(v.looseObject({ id: idField, start: v.number(), end: v.number(), status: v.string(), history: v.array(v.unknown()) })),
});

function checkShape(data: Record<string, unknown>, shape: v.GenericSchema, fileName: string): void {
  if (!v.is(shape, data)) {
    throw new FactdeskError('io', `The library file ${fileName} is damaged (its content is not a Factdesk library). It was left untouched.`);
  }
}

export function migrateIndexFile(data: unknown, fileName: string): IndexFile {
  const migrated = migrate(data, indexMigrations, fileName);
  checkShape(migrated, indexShape, fileName);
  return migrated as unknown as IndexFile;
}

export function migrateArticleFile(data: unknown, fileName: string): ArticleFile {
  const migrated = migrate(data, articleMigrations, fileName);
  checkShape(migrated, articleShape, fileName);
  return migrated as unknown as ArticleFile;
}

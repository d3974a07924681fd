// The on-disk schema of the library: its version and the migrations that bring older files up to date.
import * as v from 'valibot';
import type { ArticleDocument, ArticleSummary } from '../../shared/model';
import { EXCLUSION_REASONS, LANGUAGES, SCORE_BUCKETS } from '../../shared/model';
import { detectClaims } from '../detect';
import { FactdeskError } from '../errors';

/**
 * 1: the first library.
 * 2: articles and their summaries carry the sentence-score histogram; claims carry their checkable parts.
 */
export const SCHEMA_VERSION = 2;

export interface IndexFile {
  schemaVersion: number;
  articles: ArticleSummary[];
}

export interface ArticleFile extends ArticleDocument {
  schemaVersion: number;
}

/** What an index migration may read: an article's file, migrated; null when it is missing or damaged. */
export interface MigrationContext {
  readArticle(articleId: string): Promise<ArticleFile | null>;
}

type Data = Record<string, unknown>;
type Migration<Context> = (data: Data, context: Context) => Data | Promise<Data>;

// The shape of a version-1 article file, as far as its migration relies on it; anything else is left for
// the final shape check to report as damaged.
const articleV1Shape = v.looseObject({
  article: v.looseObject({
    body: v.string(),
    language: v.picklist(LANGUAGES),
    excluded: v.array(v.object({ start: v.number(), end: v.number(), reason: v.picklist(EXCLUSION_REASONS), isIncluded: v.boolean() })),
  }),
  claims: v.array(v.looseObject({ start: v.number(), end: v.number() })),
});

/** Migrations from version N to N+1, keyed by N. */
const articleMigrations: Record<number, Migration<void>> = {
  1: (data) => {
    if (!v.is(articleV1Shape, data)) return data;
    const { article, claims } = data;
    // Threshold 0: every sentence is returned, so each claim finds its sentence whatever it scored.
    const detection = detectClaims(article.body, article.language, article.excluded, 0);
    const checkables = new Map(detection.claims.map((found) => [`${found.start}:${found.end}`, found.checkables]));
    return {
      ...data,
      article: { ...article, scoreHistogram: detection.scoreHistogram },
      claims: claims.map((claim) => ({ ...claim, checkables: checkables.get(`${claim.start}:${claim.end}`) ?? [] })),
    };
  },
};

const indexV1Shape = v.looseObject({ articles: v.array(v.looseObject({ id: v.string() })) });

const indexMigrations: Record<number, Migration<MigrationContext>> = {
  // A summary's histogram comes from its article; an article that cannot be read counts no sentences
  // until it is repaired and detection runs on it again.
  1: async (data, context) => {
    if (!v.is(indexV1Shape, data)) return data;
    const articles = [];
    for (const summary of data.articles) {
      const file = await context.readArticle(summary.id);
      articles.push({ ...summary, scoreHistogram: file?.article.scoreHistogram ?? new Array<number>(SCORE_BUCKETS).fill(0) });
    }
    return { ...data, articles };
  },
};

function versionOf(data: unknown, fileName: string): { record: Data; version: number } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FactdeskError('io', `${fileName} is not a Factdesk library file.`);
  }
  const record = data as Data;
  const version = record['schemaVersion'];
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
  return { record, version };
}

async function migrate<Context>(data: unknown, migrations: Record<number, Migration<Context>>, fileName: string, context: Context): Promise<Data> {
  let { record: current, version } = versionOf(data, fileName);
  while (version < SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) throw new FactdeskError('internal', `No migration from library version ${version}.`);
    current = { ...(await step(current, context)), schemaVersion: version + 1 };
    version += 1;
  }
  return current;
}

// The shape every file must have once migrated: enough to catch a file that is valid JSON but not
// ours, or cut down, before any code relies on it.
const idField = v.string();
const histogram = v.array(v.number());
const indexShape = v.looseObject({
  articles: v.array(v.looseObject({ id: idField, title: v.string(), importedAt: v.string(), scoreHistogram: histogram })),
});
const articleShape = v.looseObject({
  article: v.looseObject({
    id: idField,
    title: v.string(),
    body: v.string(),
    excluded: v.array(v.looseObject({ start: v.number(), end: v.number() })),
    scoreHistogram: histogram,
  }),
  claims: v.array(
    v.looseObject({
      id: idField,
      start: v.number(),
      end: v.number(),
      status: v.string(),
      history: v.array(v.unknown()),
      checkables: v.array(v.looseObject({ start: v.number(), end: v.number(), kind: v.string() })),
    }),
  ),
});

function checkShape(data: Data, shape: v.GenericSchema, fileName: string): void {
  if (!v.is(shape, data)) {
    throw new FactdeskError('io', `The library file ${fileName} is damaged (its content is not a Factdesk library). It was left untouched.`);
  }
}

/** The schema version a file says it has (after `migrate…File` accepted it). */
export function schemaVersionOf(data: unknown): number | null {
  const version = typeof data === 'object' && data !== null ? (data as Data)['schemaVersion'] : null;
  return typeof version === 'number' ? version : null;
}

export async function migrateIndexFile(data: unknown, fileName: string, context: MigrationContext): Promise<IndexFile> {
  const migrated = await migrate(data, indexMigrations, fileName, context);
  checkShape(migrated, indexShape, fileName);
  return migrated as unknown as IndexFile;
}

export async function migrateArticleFile(data: unknown, fileName: string): Promise<ArticleFile> {
  const migrated = await migrate(data, articleMigrations, fileName, undefined);
  checkShape(migrated, articleShape, fileName);
  return migrated as unknown as ArticleFile;
}

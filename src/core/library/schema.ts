// The on-disk schema of the library: its version and the migrations that bring older files up to date.
import * as v from 'valibot';
import type { Detection } from '../../shared/analysis';
import type { ArticleDocument, ArticleSummary } from '../../shared/model';
import { EXCLUSION_REASONS, LANGUAGES, buildScoreHistogram } from '../../shared/model';
import { detectClaims } from '../detect';
import { hashArticleBody } from './hash-article-body';
import { FactdeskError } from '../errors';
import { DamagedFileError } from './damaged-file-error';

/**
 * 1: the first library.
 * 2: articles and their summaries carry the sentence-score histogram; claims carry their checkable parts.
 * 3: articles and their summaries carry the body's hash (summaries the address too) to find duplicates; articles
 *    keep the claims a newer version of their text could not place.
 * 4: the index has a journal beside it (library.journal, see index-journal.ts): each change of summaries is a
 *    line appended there, replayed over library.json on opening and folded into it now and then, so a change
 *    no longer rewrites the whole index. library.json says which journal lines it already holds (`journalSeq`).
 *    Article files are unchanged. An older Factdesk must not open such a library: it would not read the journal.
 * 5: articles and their summaries (in library.json and in journal lines) carry tags.
 */
export const SCHEMA_VERSION = 5;
/** The first version with a journal: an index older than this holds every summary, and a journal beside it is not its own. */
export const FIRST_JOURNAL_VERSION = 4;

export interface IndexFile {
  schemaVersion: number;
  /** The last journal line this file holds: lines up to it are not replayed again. */
  journalSeq: number;
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

// What detection needs of a version-1 article to run on it. A file the first Factdesk opened may lack it
// (an unknown language, exclusions without a reason): such a file still opens, only without fresh counts.
const detectableV1Article = v.looseObject({
  body: v.string(),
  language: v.picklist(LANGUAGES),
  excluded: v.array(v.object({ start: v.number(), end: v.number(), reason: v.picklist(EXCLUSION_REASONS), isIncluded: v.boolean() })),
});

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Detection over a version-1 article at threshold 0 (every sentence), or null when it cannot run on it. */
function detectForMigration(article: Data): Detection | null {
  if (!v.is(detectableV1Article, article)) return null;
  try {
    return detectClaims(article.body, article.language, article.excluded, 0);
  } catch {
    // Odd offsets in an old file must not make it unreadable: it opens without fresh counts instead.
    return null;
  }
}

/** Migrations from version N to N+1, keyed by N. */
const articleMigrations: Record<number, Migration<void>> = {
  // Adds the score histogram and each claim's checkable parts. It is no stricter than the first Factdesk:
  // what it cannot work on is left for the final shape check, which asks no more than that version did.
  1: (data) => {
    const { article, claims } = data;
    if (!isRecord(article) || !Array.isArray(claims)) return data;
    // Every sentence is returned, so each claim finds its sentence whatever it scored.
    const detection = detectForMigration(article);
    const checkables = new Map(detection?.claims.map((found) => [`${found.start}:${found.end}`, found.checkables]));
    return {
      ...data,
      // No detection, no counts: the article counts no sentences until detection runs on it again.
      article: { ...article, scoreHistogram: detection?.scoreHistogram ?? buildScoreHistogram([]) },
      claims: claims.map((claim: unknown) => {
        if (!isRecord(claim)) return claim;
        // A span detection no longer finds keeps the parts it had, if any.
        const kept: unknown = claim['checkables'] ?? [];
        return { ...claim, checkables: checkables.get(`${String(claim['start'])}:${String(claim['end'])}`) ?? kept };
      }),
    };
  },
  // A body that is not text (a damaged file) gets no hash, so it matches no import, and the shape check decides.
  2: (data) => {
    const { article } = data;
    if (!isRecord(article)) return data;
    const body = article['body'];
    return {
      ...data,
      article: { ...article, contentHash: typeof body === 'string' ? hashArticleBody(body) : '' },
      unplacedClaims: data['unplacedClaims'] ?? [],
    };
  },
  // Only the index changed.
  3: (data) => data,
  4: (data) => (isRecord(data['article']) ? { ...data, article: { tags: [], ...data['article'] } } : data),
};

/** A summary of an older version as the current one has it: what a journal line of that version says. */
export function migrateSummary(summary: unknown, version: number): unknown {
  return version < 5 && isRecord(summary) ? { tags: [], ...summary } : summary;
}

const indexEntriesShape = v.looseObject({ articles: v.array(v.looseObject({ id: v.string() })) });

const indexMigrations: Record<number, Migration<MigrationContext>> = {
  // A summary's histogram comes from its article; an article that cannot be read counts no sentences
  // until it is repaired and detection runs on it again.
  1: async (data, context) => {
    if (!v.is(indexEntriesShape, data)) return data;
    const articles = [];
    for (const summary of data.articles) {
      const file = await context.readArticle(summary.id);
      articles.push({ ...summary, scoreHistogram: file?.article.scoreHistogram ?? buildScoreHistogram([]) });
    }
    return { ...data, articles };
  },
  // From the article: an entry whose file cannot be read matches no import until the file is repaired.
  2: async (data, context) => {
    if (!v.is(indexEntriesShape, data)) return data;
    const articles = [];
    for (const summary of data.articles) {
      const file = await context.readArticle(summary.id);
      articles.push({ ...summary, url: file?.article.url ?? null, contentHash: file?.article.contentHash ?? '' });
    }
    return { ...data, articles };
  },
  // An index from before the journal holds every summary itself.
  3: (data) => ({ ...data, journalSeq: 0 }),
  4: (data) => (v.is(indexEntriesShape, data) ? { ...data, articles: data.articles.map((summary) => migrateSummary(summary, 4)) } : data),
};

function versionOf(data: unknown, fileName: string): { record: Data; version: number } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DamagedFileError(`${fileName} is not a Factdesk library file.`);
  }
  const record = data as Data;
  const version = record['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DamagedFileError(`${fileName} has no valid schema version.`);
  }
  if (version > SCHEMA_VERSION) throw newerVersionError(fileName, version);
  return { record, version };
}

/** What opening a file written by a newer Factdesk says. */
export function newerVersionError(fileName: string, version: number): FactdeskError {
  return new FactdeskError(
    'conflict',
    `${fileName} was written by a newer Factdesk (library version ${version}, this app reads up to ${SCHEMA_VERSION}). ` +
      'Update Factdesk to open this library; nothing was changed.',
  );
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
const tagsShape = v.array(v.string());
const indexEntryShape = v.looseObject({ id: idField, title: v.string(), importedAt: v.string(), scoreHistogram: histogram, contentHash: v.string(), tags: tagsShape });
const indexShape = v.looseObject({
  journalSeq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  articles: v.array(indexEntryShape),
});
const articleShape = v.looseObject({
  article: v.looseObject({
    id: idField,
    title: v.string(),
    body: v.string(),
    excluded: v.array(v.looseObject({ start: v.number(), end: v.number() })),
    scoreHistogram: histogram,
    contentHash: v.string(),
    tags: tagsShape,
  }),
  unplacedClaims: v.array(v.looseObject({ id: idField, quote: v.string(), status: v.string() })),
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
    throw new DamagedFileError(`The library file ${fileName} is damaged (its content is not a Factdesk library). It was left untouched.`);
  }
}

/** Whether a summary read from the journal has the shape of an index entry. */
export function isIndexEntry(data: unknown): data is ArticleSummary {
  return v.is(indexEntryShape, data);
}

/** Whether file data was written at an older schema version (and so needs saving once migrated). */
export function isOlderSchema(data: unknown, than = SCHEMA_VERSION): boolean {
  const version = typeof data === 'object' && data !== null ? (data as Data)['schemaVersion'] : null;
  return typeof version === 'number' && version < than;
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

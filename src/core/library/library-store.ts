// The library on disk: a small index (one summary per article) plus one document per article.
// A change writes only the article it touches and the index. One writer at a time: a writable store
// holds the library's lock file, and every change runs through a queue, so interleaved requests never
// lose each other's writes. A read-only store (the CLI's `list`, `claims`, `export`) takes no lock, creates
// nothing, and migrates an older library in memory only as far as it reads it.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ArticleDocument, ArticleSummary } from '../../shared/model';
import { FactdeskError, notFound } from '../errors';
import { isArticleId } from '../ids';
import { summarizeArticle } from './article-summary';
import { createJsonDocument, readJsonDocument, type JsonDocument } from './json-document';
import { acquireLibraryLock, type LibraryLock } from './library-lock';
import { SCHEMA_VERSION, isOlderSchema, migrateArticleFile, migrateIndexFile, type ArticleFile, type IndexFile } from './schema';

const INDEX_FILE = 'library.json';
const ARTICLES_DIR = 'articles';

function articlePathIn(dataDir: string, articleId: string): string {
  return join(dataDir, ARTICLES_DIR, `${articleId}.json`);
}

/** An article's file, brought up to the current schema; `wasMigrated` when it was older. Null when missing. */
async function readArticleFile(path: string): Promise<{ file: JsonDocument<ArticleFile>; wasMigrated: boolean } | null> {
  let wasMigrated = false;
  const file = await readJsonDocument(path, (data) => {
    wasMigrated = isOlderSchema(data);
    return migrateArticleFile(data, path);
  });
  return file ? { file, wasMigrated } : null;
}

export type LibraryAccess = 'read' | 'write';

/** Equal as they would be on disk (a field holding undefined is no field in JSON). */
function isSameJson(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));
}

export class LibraryStore {
  readonly #dataDir: string;
  readonly #index: JsonDocument<IndexFile>;
  readonly #lock: LibraryLock | null;
  /** Open article documents; the promise is cached so concurrent readers share one load. */
  readonly #articles = new Map<string, Promise<JsonDocument<ArticleFile>>>();
  /** Articles migrated in memory on opening whose file is still at an older version. */
  readonly #migratedIds = new Set<string>();
  #queue: Promise<unknown> = Promise.resolve();
  #isFolderReady = false;
  #isClosed = false;

  private constructor(dataDir: string, index: JsonDocument<IndexFile>, lock: LibraryLock | null) {
    this.#dataDir = dataDir;
    this.#index = index;
    this.#lock = lock;
  }

  static async open(dataDir: string, access: LibraryAccess = 'write'): Promise<LibraryStore> {
    let lock: LibraryLock | null = null;
    if (access === 'write') {
      await mkdir(dataDir, { recursive: true });
      lock = await acquireLibraryLock(dataDir);
    }
    try {
      const path = join(dataDir, INDEX_FILE);
      // Migrating the index may need its articles (their score histograms): those read on the way are kept.
      const readDuringMigration = new Map<string, { file: JsonDocument<ArticleFile>; wasMigrated: boolean }>();
      const readArticle = async (articleId: string): Promise<ArticleFile | null> => {
        // A reader saves nothing, so it would redo this on every run: it migrates the index from its
        // summaries alone (sentences not counted yet), and each article when it is read (see readArticle).
        if (access === 'read' || !isArticleId(articleId)) return null;
        try {
          const read = await readArticleFile(articlePathIn(dataDir, articleId));
          if (read) readDuringMigration.set(articleId, read);
          return read?.file.data ?? null;
        } catch {
          // A damaged article keeps its place in the list; opening it reports the damage.
          return null;
        }
      };
      let isIndexMigrated = false;
      const index =
        (await readJsonDocument(path, (data) => {
          isIndexMigrated = isOlderSchema(data);
          return migrateIndexFile(data, path, { readArticle });
        })) ?? createJsonDocument<IndexFile>(path, { schemaVersion: SCHEMA_VERSION, articles: [] });
      const store = new LibraryStore(dataDir, index, lock);
      for (const [articleId, { file }] of readDuringMigration) store.#articles.set(articleId, Promise.resolve(file));
      if (isIndexMigrated && lock) {
        // Saved once, so later starts need not migrate again: articles first, the index last, each file
        // atomically; if this stops halfway the index is still old and the next start finishes the job.
        for (const { file, wasMigrated } of readDuringMigration.values()) if (wasMigrated) await file.write();
        await index.write();
      }
      return store;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  get dataDir(): string {
    return this.#dataDir;
  }

  /** Newest import first. */
  listArticles(): ArticleSummary[] {
    return [...this.#index.data.articles].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  }

  hasArticle(articleId: string): boolean {
    return this.#index.data.articles.some((summary) => summary.id === articleId);
  }

  async readArticle(articleId: string): Promise<ArticleDocument> {
    const file = await this.#openArticle(articleId);
    await this.#catchUp(articleId, file);
    const { data } = file;
    return structuredClone({ article: data.article, claims: data.claims, unplacedClaims: data.unplacedClaims });
  }

  /**
   * An article migrated on opening, or whose index entry no longer matches it (a damaged file since
   * repaired counted no sentences): a writer saves the article and its entry; a reader fixes memory only.
   */
  async #catchUp(articleId: string, file: JsonDocument<ArticleFile>): Promise<void> {
    const entryOf = () => this.#index.data.articles.find((entry) => entry.id === articleId);
    const isCurrent = () => !this.#migratedIds.has(articleId) && isSameJson(entryOf(), summarizeArticle(file.data));
    if (isCurrent()) return;
    if (!this.#lock) {
      const summary = summarizeArticle(file.data);
      this.#index.data.articles = this.#index.data.articles.map((entry) => (entry.id === articleId ? summary : entry));
      return;
    }
    try {
      await this.#enqueueWrite(async () => {
        // Deleted, or brought up to date by a change, while this waited.
        if (!this.hasArticle(articleId) || isCurrent()) return;
        if (this.#migratedIds.has(articleId)) {
          await file.write();
          this.#migratedIds.delete(articleId);
        }
        const summary = summarizeArticle(file.data);
        if (!isSameJson(entryOf(), summary)) {
          await this.#writeIndex(this.#index.data.articles.map((entry) => (entry.id === articleId ? summary : entry)));
        }
      });
    } catch {
      // The read itself is good: memory has the migrated article, and the next opening saves it again.
    }
  }

  addArticle(doc: ArticleDocument): Promise<ArticleSummary> {
    return this.addArticles([doc]).then(([summary]) => summary as ArticleSummary);
  }

  /**
   * Adds new articles: their documents first, then the index once, so the index never names a missing
   * file; if the index cannot be written, the new documents are removed again.
   */
  addArticles(docs: ArticleDocument[]): Promise<ArticleSummary[]> {
    return this.#enqueueWrite(async () => {
      const ids = docs.map((doc) => doc.article.id);
      if (new Set(ids).size !== ids.length || ids.some((id) => !isArticleId(id) || this.hasArticle(id))) {
        throw new FactdeskError('conflict', 'An article with this id already exists.');
      }
      const files = docs.map((doc) => ({
        id: doc.article.id,
        file: createJsonDocument<ArticleFile>(this.#articlePath(doc.article.id), { schemaVersion: SCHEMA_VERSION, ...doc }),
      }));
      try {
        for (const { file } of files) await file.write();
        const summaries = docs.map(summarizeArticle);
        await this.#writeIndex([...this.#index.data.articles, ...summaries]);
        for (const { id, file } of files) this.#articles.set(id, Promise.resolve(file));
        return summaries;
      } catch (error) {
        await Promise.all(docs.map((doc) => rm(this.#articlePath(doc.article.id), { force: true })));
        throw error;
      }
    });
  }

  /**
   * Changes one article: `change` edits a copy of its document and returns a value; the document and
   * the index are written only when `change` succeeds, so a failed change leaves nothing half-done.
   */
  updateArticle<T>(articleId: string, change: (doc: ArticleDocument) => T): Promise<{ value: T; summary: ArticleSummary }> {
    return this.#enqueueWrite(async () => {
      const file = await this.#openArticle(articleId);
      const draft = structuredClone({ article: file.data.article, claims: file.data.claims, unplacedClaims: file.data.unplacedClaims });
      const value = change(draft);
      const previous = file.data;
      file.data = { schemaVersion: SCHEMA_VERSION, ...draft };
      try {
        await file.write();
      } catch (error) {
        file.data = previous;
        throw error;
      }
      this.#migratedIds.delete(articleId);
      const summary = summarizeArticle(draft);
      await this.#writeIndex(this.#index.data.articles.map((entry) => (entry.id === articleId ? summary : entry)));
      return { value, summary };
    });
  }

  deleteArticle(articleId: string): Promise<void> {
    return this.#enqueueWrite(async () => {
      if (!this.hasArticle(articleId)) throw notFound('The article');
      // The index first: an article file the index no longer names is harmless, the reverse is not.
      await this.#writeIndex(this.#index.data.articles.filter((summary) => summary.id !== articleId));
      this.#articles.delete(articleId);
      this.#migratedIds.delete(articleId);
      await rm(this.#articlePath(articleId), { force: true });
    });
  }

  /** Waits for every queued change to be written and lets go of the library. */
  async close(): Promise<void> {
    this.#isClosed = true;
    await this.#queue.catch(() => undefined);
    await this.#lock?.release();
  }

  #openArticle(articleId: string): Promise<JsonDocument<ArticleFile>> {
    if (!isArticleId(articleId) || !this.hasArticle(articleId)) return Promise.reject(notFound('The article'));
    const cached = this.#articles.get(articleId);
    if (cached) return cached;
    const path = this.#articlePath(articleId);
    const loading = readArticleFile(path).then((read) => {
      if (!read) throw new FactdeskError('io', `The library lists article ${articleId}, but its file ${path} is missing.`);
      if (read.wasMigrated) this.#migratedIds.add(articleId);
      return read.file;
    });
    this.#articles.set(articleId, loading);
    loading.catch(() => this.#articles.delete(articleId));
    return loading;
  }

  /** Writes the index with new entries; memory keeps the old ones if the write fails. */
  async #writeIndex(articles: ArticleSummary[]): Promise<void> {
    const previous = this.#index.data.articles;
    this.#index.data.articles = articles;
    try {
      await this.#index.write();
    } catch (error) {
      this.#index.data.articles = previous;
      throw error;
    }
  }

  #articlePath(articleId: string): string {
    return articlePathIn(this.#dataDir, articleId);
  }

  /** Runs a change after every earlier one, in a library opened for writing, with its folders in place. */
  #enqueueWrite<T>(task: () => Promise<T>): Promise<T> {
    // Changes queued before close() still run; later ones are refused, as the lock will be gone.
    if (this.#isClosed) return Promise.reject(new FactdeskError('conflict', 'The library was closed; the change was not saved.'));
    const write = async () => {
      if (!this.#lock) throw new FactdeskError('internal', 'This library was opened read-only.');
      if (!this.#isFolderReady) {
        await mkdir(join(this.#dataDir, ARTICLES_DIR), { recursive: true });
        this.#isFolderReady = true;
      }
      return task();
    };
    const run = this.#queue.then(write, write);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

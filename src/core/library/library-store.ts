// The library on disk: a small index (one summary per article) plus one document per article.
// A change writes only the article it touches and the index. One writer at a time: every change
// runs through a queue, so interleaved requests never lose each other's writes.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleDocument, ArticleSummary } from '../../shared/model';
import { FactdeskError, notFound } from '../errors';
import { summarizeArticle } from './article-summary';
import { createJsonDocument, readJsonDocument, type JsonDocument } from './json-document';
import { SCHEMA_VERSION, migrateArticleFile, migrateIndexFile, type ArticleFile, type IndexFile } from './schema';

const ARTICLE_ID = /^a[0-9a-f]{12}$/;
const INDEX_FILE = 'library.json';
const ARTICLES_DIR = 'articles';

export class LibraryStore {
  readonly #dataDir: string;
  readonly #index: JsonDocument<IndexFile>;
  readonly #articles = new Map<string, JsonDocument<ArticleFile>>();
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(dataDir: string, index: JsonDocument<IndexFile>) {
    this.#dataDir = dataDir;
    this.#index = index;
  }

  static async open(dataDir: string): Promise<LibraryStore> {
    await mkdir(join(dataDir, ARTICLES_DIR), { recursive: true });
    const path = join(dataDir, INDEX_FILE);
    const index =
      (await readJsonDocument(path, (data) => migrateIndexFile(data, path))) ??
      createJsonDocument<IndexFile>(path, { schemaVersion: SCHEMA_VERSION, articles: [] });
    return new LibraryStore(dataDir, index);
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
    const { data } = await this.#openArticle(articleId);
    return { article: data.article, claims: data.claims };
  }

  /** Adds a new article (its document first, then the index, so the index never names a missing file). */
  addArticle(doc: ArticleDocument): Promise<ArticleSummary> {
    return this.#enqueue(async () => {
      assertArticleId(doc.article.id);
      if (this.hasArticle(doc.article.id)) throw new FactdeskError('conflict', 'An article with this id already exists.');
      const file = createJsonDocument<ArticleFile>(this.#articlePath(doc.article.id), { schemaVersion: SCHEMA_VERSION, ...doc });
      await file.write();
      this.#articles.set(doc.article.id, file);
      return this.#writeSummary(file.data);
    });
  }

  /**
   * Changes one article: `change` edits a copy of its document and returns a value; the document and
   * the index are written only when `change` succeeds, so a failed change leaves nothing half-done.
   */
  updateArticle<T>(articleId: string, change: (doc: ArticleDocument) => T): Promise<{ value: T; summary: ArticleSummary }> {
    return this.#enqueue(async () => {
      const file = await this.#openArticle(articleId);
      const draft = structuredClone({ article: file.data.article, claims: file.data.claims });
      const value = change(draft);
      const previous = file.data;
      file.data = { schemaVersion: SCHEMA_VERSION, ...draft };
      try {
        await file.write();
      } catch (error) {
        file.data = previous;
        throw error;
      }
      return { value, summary: await this.#writeSummary(file.data) };
    });
  }

  deleteArticle(articleId: string): Promise<void> {
    return this.#enqueue(async () => {
      assertArticleId(articleId);
      if (!this.hasArticle(articleId)) throw notFound('The article');
      // The index first: an article file the index no longer names is harmless, the reverse is not.
      this.#index.data.articles = this.#index.data.articles.filter((summary) => summary.id !== articleId);
      await this.#index.write();
      this.#articles.delete(articleId);
      await rm(this.#articlePath(articleId), { force: true });
    });
  }

  /** Waits for every queued change to be written. */
  async flush(): Promise<void> {
    await this.#queue.catch(() => undefined);
  }

  async #openArticle(articleId: string): Promise<JsonDocument<ArticleFile>> {
    assertArticleId(articleId);
    const cached = this.#articles.get(articleId);
    if (cached) return cached;
    if (!this.hasArticle(articleId)) throw notFound('The article');
    const path = this.#articlePath(articleId);
    const file = await readJsonDocument(path, (data) => migrateArticleFile(data, path));
    if (!file) throw new FactdeskError('io', `The library lists article ${articleId}, but its file ${path} is missing.`);
    this.#articles.set(articleId, file);
    return file;
  }

  async #writeSummary(doc: ArticleDocument): Promise<ArticleSummary> {
    const summary = summarizeArticle(doc);
    const others = this.#index.data.articles.filter((entry) => entry.id !== summary.id);
    this.#index.data.articles = [...others, summary];
    await this.#index.write();
    return summary;
  }

  #articlePath(articleId: string): string {
    return join(this.#dataDir, ARTICLES_DIR, `${articleId}.json`);
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

function assertArticleId(articleId: string): void {
  if (!ARTICLE_ID.test(articleId)) throw notFound(`Article "${articleId}"`);
}

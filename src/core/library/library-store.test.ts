import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../shared/model';
import { FactdeskError } from '../errors';
import { LibraryStore } from './library-store';
import { SCHEMA_VERSION } from './schema';
import { makeDocument } from '../test-fixtures';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'factdesk-store-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('LibraryStore', () => {
  it('keeps an index plus one file per article, each with a schema version', async () => {
    const store = await LibraryStore.open(dataDir);
    const doc = makeDocument();
    const summary = await store.addArticle(doc);
    expect(summary).toMatchObject({ id: doc.article.id, claimCount: 2, decidedCount: 0 });

    const index = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'));
    expect(index.schemaVersion).toBe(SCHEMA_VERSION);
    expect(index.articles.map((entry: { id: string }) => entry.id)).toEqual([doc.article.id]);
    expect(index.articles[0]).not.toHaveProperty('body');
    const file = JSON.parse(await readFile(join(dataDir, 'articles', `${doc.article.id}.json`), 'utf8'));
    expect(file.schemaVersion).toBe(SCHEMA_VERSION);
    expect(file.article.body).toBe(doc.article.body);
    expect(file.claims).toHaveLength(2);
  });

  it('persists changes across reopening and writes only the article it touches', async () => {
    const store = await LibraryStore.open(dataDir);
    const first = makeDocument();
    const second = makeDocument();
    await store.addArticle(first);
    await store.addArticle(second);
    const secondPath = join(dataDir, 'articles', `${second.article.id}.json`);
    const before = await readFile(secondPath, 'utf8');

    const { summary } = await store.updateArticle(first.article.id, (doc) => {
      doc.claims[0]!.status = 'verified';
    });
    expect(summary.decidedCount).toBe(1);
    expect(await readFile(secondPath, 'utf8')).toBe(before);

    const reopened = await LibraryStore.open(dataDir);
    expect((await reopened.readArticle(first.article.id)).claims[0]!.status).toBe('verified');
    expect(reopened.listArticles().find((entry) => entry.id === first.article.id)?.decidedCount).toBe(1);
  });

  it('leaves the files untouched when a change fails', async () => {
    const store = await LibraryStore.open(dataDir);
    const doc = makeDocument();
    await store.addArticle(doc);
    const path = join(dataDir, 'articles', `${doc.article.id}.json`);
    const before = await readFile(path, 'utf8');
    await expect(
      store.updateArticle(doc.article.id, (draft) => {
        draft.claims[0]!.status = 'false';
        throw new FactdeskError('invalid-input', 'nope');
      }),
    ).rejects.toThrow('nope');
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await store.readArticle(doc.article.id)).claims[0]!.status).toBe('unverified');
  });

  it('runs concurrent changes one after another without losing any', async () => {
    const store = await LibraryStore.open(dataDir);
    const doc = makeDocument();
    await store.addArticle(doc);
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        store.updateArticle(doc.article.id, (draft) => {
          draft.claims[0]!.note += `${index},`;
        }),
      ),
    );
    const reopened = await LibraryStore.open(dataDir);
    expect((await reopened.readArticle(doc.article.id)).claims[0]!.note.split(',').filter(Boolean)).toHaveLength(20);
  });

  it('deletes an article and its file', async () => {
    const store = await LibraryStore.open(dataDir);
    const doc = makeDocument();
    await store.addArticle(doc);
    await store.deleteArticle(doc.article.id);
    expect(store.listArticles()).toEqual([]);
    expect(await readdir(join(dataDir, 'articles'))).toEqual([]);
    await expect(store.readArticle(doc.article.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses ids that are not article ids (no path tricks)', async () => {
    const store = await LibraryStore.open(dataDir);
    await expect(store.readArticle('../library')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a library written by a newer version and leaves it untouched', async () => {
    const text = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, articles: [] });
    await writeFile(join(dataDir, 'library.json'), text);
    await expect(LibraryStore.open(dataDir)).rejects.toThrow(/newer Factdesk/);
    expect(await readFile(join(dataDir, 'library.json'), 'utf8')).toBe(text);
  });

  it('reports a damaged index clearly and never overwrites it', async () => {
    await writeFile(join(dataDir, 'library.json'), '{"schemaVersion": 1, "articles": [');
    await expect(LibraryStore.open(dataDir)).rejects.toThrow(/damaged.*left untouched/);
    expect(await readFile(join(dataDir, 'library.json'), 'utf8')).toBe('{"schemaVersion": 1, "articles": [');
  });

  it('reads an article document written before without changing it', async () => {
    const store = await LibraryStore.open(dataDir);
    const doc: ArticleDocument = makeDocument();
    await store.addArticle(doc);
    const reopened = await LibraryStore.open(dataDir);
    expect(await reopened.readArticle(doc.article.id)).toEqual(doc);
  });
});

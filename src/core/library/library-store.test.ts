import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../shared/model';
import { FactdeskError } from '../errors';
import { LibraryStore } from './library-store';
import { SCHEMA_VERSION } from './schema';
import { makeDocument } from '../test-fixtures';

let dataDir: string;
const opened: LibraryStore[] = [];
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'factdesk-store-'));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  await rm(dataDir, { recursive: true, force: true });
});

async function open(access: 'read' | 'write' = 'write'): Promise<LibraryStore> {
  const store = await LibraryStore.open(dataDir, access);
  opened.push(store);
  return store;
}

/** Closes a store, then opens the library again, as a restart does. */
async function reopen(store: LibraryStore): Promise<LibraryStore> {
  await store.close();
  return open();
}

describe('LibraryStore', () => {
  it('keeps an index (library.json and its journal) plus one file per article, each with a schema version', async () => {
    const store = await open();
    const doc = makeDocument();
    const summary = await store.addArticle(doc);
    expect(summary).toMatchObject({ id: doc.article.id, claimCount: 2, decidedCount: 0 });

    // The change is one line of the journal; library.json, written before it, names the version.
    const lines = (await readFile(join(dataDir, 'library.journal'), 'utf8')).split('\n');
    expect(lines.map((line) => (line ? JSON.parse(line) : line))).toEqual([{ v: SCHEMA_VERSION, seq: 1, put: [JSON.parse(JSON.stringify(summary))] }, '']);
    expect(lines[0]).not.toContain('body');
    expect(JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    const file = JSON.parse(await readFile(join(dataDir, 'articles', `${doc.article.id}.json`), 'utf8'));
    expect(file.schemaVersion).toBe(SCHEMA_VERSION);
    expect(file.article.body).toBe(doc.article.body);
    expect(file.claims).toHaveLength(2);

    // Closing folds the journal into library.json, which then holds the whole index by itself.
    await store.close();
    const index = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'));
    expect(index.schemaVersion).toBe(SCHEMA_VERSION);
    expect(index.journalSeq).toBe(1);
    expect(index.articles.map((entry: { id: string }) => entry.id)).toEqual([doc.article.id]);
    expect(index.articles[0]).not.toHaveProperty('body');
    await expect(readFile(join(dataDir, 'library.journal'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('persists changes across reopening and writes only the article it touches', async () => {
    const store = await open();
    const first = makeDocument();
    const second = makeDocument();
    await store.addArticle(first);
    await store.addArticle(second);
    const secondPath = join(dataDir, 'articles', `${second.article.id}.json`);
    const before = await readFile(secondPath, 'utf8');
    const revision = store.revision;
    await store.readArticle(first.article.id);
    expect(store.revision, 'a read changes no summary').toBe(revision);

    const { summary } = await store.updateArticle(first.article.id, (doc) => {
      doc.claims[0]!.status = 'verified';
    });
    expect(summary.decidedCount).toBe(1);
    expect(store.revision).toBeGreaterThan(revision);
    expect(await readFile(secondPath, 'utf8')).toBe(before);

    const reopened = await reopen(store);
    expect((await reopened.readArticle(first.article.id)).claims[0]!.status).toBe('verified');
    expect(reopened.listArticles().find((entry) => entry.id === first.article.id)?.decidedCount).toBe(1);
  });

  it('leaves the files untouched when a change fails', async () => {
    const store = await open();
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
    const store = await open();
    const doc = makeDocument();
    await store.addArticle(doc);
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        store.updateArticle(doc.article.id, (draft) => {
          draft.claims[0]!.note += `${index},`;
        }),
      ),
    );
    const reopened = await reopen(store);
    expect((await reopened.readArticle(doc.article.id)).claims[0]!.note.split(',').filter(Boolean)).toHaveLength(20);
  });

  it('reads an article for a one-off caller without caching it, and from the cache when it is there', async () => {
    const doc = makeDocument();
    const writer = await open();
    await writer.addArticle(doc);
    const store = await reopen(writer);
    const path = join(dataDir, 'articles', `${doc.article.id}.json`);
    const retitle = async (title: string) => {
      const file = JSON.parse(await readFile(path, 'utf8')) as { article: { title: string } };
      file.article.title = title;
      await writeFile(path, JSON.stringify(file));
    };
    expect((await store.readArticle(doc.article.id, { isCached: false })).article.title).toBe(doc.article.title);
    await retitle('Changed on disk');
    // Not cached by the one-off read: the next read goes to the file.
    expect((await store.readArticle(doc.article.id)).article.title).toBe('Changed on disk');
    await retitle('Changed again');
    // Now cached: the one-off read sees what the app sees, and gets its own copy.
    const copy = await store.readArticle(doc.article.id, { isCached: false });
    expect(copy.article.title).toBe('Changed on disk');
    copy.article.title = 'Mine';
    expect((await store.readArticle(doc.article.id)).article.title).toBe('Changed on disk');
  });

  it('deletes an article and its file', async () => {
    const store = await open();
    const doc = makeDocument();
    await store.addArticle(doc);
    await store.deleteArticle(doc.article.id);
    expect(store.listArticles()).toEqual([]);
    expect(await readdir(join(dataDir, 'articles'))).toEqual([]);
    await expect(store.readArticle(doc.article.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses ids that are not article ids (no path tricks)', async () => {
    const store = await open();
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
    const store = await open();
    const doc: ArticleDocument = makeDocument();
    await store.addArticle(doc);
    const reopened = await reopen(store);
    expect(await reopened.readArticle(doc.article.id)).toEqual(doc);
  });

  it('lets only one writer open the library, and takes over a lock left by a dead process', async () => {
    const store = await open();
    await expect(LibraryStore.open(dataDir)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already open in Factdesk/) });
    await store.close();
    const again = await open();
    await again.close();

    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await writeFile(join(dataDir, 'library.lock'), JSON.stringify({ pid: Number(dead.stdout), host: (await import('node:os')).hostname(), since: '' }));
    const afterCrash = await open();
    expect(afterCrash.listArticles()).toEqual([]);
    await afterCrash.close();

    // A lock naming no owner (left half-written by an older Factdesk) is a live writer's only for a few seconds.
    const lock = join(dataDir, 'library.lock');
    await writeFile(lock, '');
    await expect(LibraryStore.open(dataDir)).rejects.toMatchObject({ code: 'conflict' });
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock, minuteAgo, minuteAgo);
    await (await open()).close();
  });

  it('refuses changes once closed, since its lock is gone', async () => {
    const store = await open();
    const doc = makeDocument();
    await store.addArticle(doc);
    const queued = store.updateArticle(doc.article.id, (draft) => {
      draft.claims[0]!.status = 'verified';
    });
    await store.close();
    await expect(queued).resolves.toMatchObject({ summary: { decidedCount: 1 } });
    await expect(store.updateArticle(doc.article.id, () => undefined)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('reads without a lock and creates nothing when opened read-only', async () => {
    const missing = join(dataDir, 'not-yet');
    const store = await LibraryStore.open(missing, 'read');
    expect(store.listArticles()).toEqual([]);
    await expect(store.addArticle(makeDocument())).rejects.toThrow(/read-only/);
    await store.close();
    await expect(readdir(missing)).rejects.toThrow();
  });

  it('never lets a read that races an update bring back old data', async () => {
    let store = await open();
    const doc = makeDocument();
    await store.addArticle(doc);
    store = await reopen(store);
    const [, first] = await Promise.all([
      store.readArticle(doc.article.id),
      store.updateArticle(doc.article.id, (draft) => {
        draft.claims[0]!.status = 'verified';
      }),
    ]);
    expect(first.summary.decidedCount).toBe(1);
    await store.updateArticle(doc.article.id, (draft) => {
      draft.claims[1]!.status = 'false';
    });
    const onDisk = JSON.parse(await readFile(join(dataDir, 'articles', `${doc.article.id}.json`), 'utf8'));
    expect(onDisk.claims.map((claim: { status: string }) => claim.status)).toEqual(['verified', 'false']);
  });

  it('keeps memory and disk in step when the index cannot be written', async () => {
    const store = await open();
    const first = makeDocument();
    await store.addArticle(first);
    // A non-empty folder where the journal should be: appending a line to it fails.
    await rm(join(dataDir, 'library.journal'));
    await mkdir(join(dataDir, 'library.journal', 'blocker'), { recursive: true });
    const second = makeDocument();
    await expect(store.addArticle(second)).rejects.toThrow();
    expect(store.listArticles().map((entry) => entry.id)).toEqual([first.article.id]);
    expect(await readdir(join(dataDir, 'articles'))).toEqual([`${first.article.id}.json`]);
    await expect(store.deleteArticle(first.article.id)).rejects.toThrow();
    expect(store.hasArticle(first.article.id)).toBe(true);
    await expect(store.updateArticle(first.article.id, (draft) => void (draft.claims[0]!.status = 'false'))).rejects.toThrow();
    expect(store.listArticles()[0]!.decidedCount).toBe(0);
  });

  it('reports a file that is JSON but not a library as damaged', async () => {
    await writeFile(join(dataDir, 'library.json'), JSON.stringify({ schemaVersion: 1, articles: 'nope' }));
    await expect(LibraryStore.open(dataDir)).rejects.toThrow(/damaged.*left untouched/);
  });

  it('adds several articles at once, or none of them', async () => {
    const store = await open();
    const docs = [makeDocument(), makeDocument()];
    const duplicate = { ...docs[0]!, article: { ...docs[0]!.article } };
    await expect(store.addArticles([...docs, duplicate])).rejects.toMatchObject({ code: 'conflict' });
    expect(store.listArticles()).toEqual([]);
    await store.addArticles(docs);
    expect(store.listArticles()).toHaveLength(2);
  });
});

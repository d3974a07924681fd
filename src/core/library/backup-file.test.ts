// Backing up the library to one file and restoring it, on real library folders in a temporary directory.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../shared/model';
import { detectClaims } from '../detect';
import type { AppHost } from '../app-host';
import { openFactdesk } from '../app';
import { PreferencesStore } from '../preferences';
import { callApi, createTestHost } from '../test-app';
import { makeDocument } from '../test-fixtures';
import { summarizeArticle } from './article-summary';
import { readLibraryBackup, restoreLibraryBackup, suggestBackupFileName, writeLibraryBackup, type LibraryBackup } from './backup-file';
import { hashArticleBody } from './hash-article-body';
import { LibraryStore } from './library-store';
import { SCHEMA_VERSION } from './schema';

let dir: string;
const open: Array<{ close(): Promise<void> }> = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-backup-'));
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

const quiet = () => undefined;
const REMEDY = 'use another folder';

async function openLibrary(name: string): Promise<{ library: LibraryStore; preferences: PreferencesStore; dataDir: string }> {
  const dataDir = join(dir, name);
  const library = await LibraryStore.open(dataDir);
  const preferences = await PreferencesStore.open(dataDir, quiet);
  open.push(library, preferences);
  return { library, preferences, dataDir };
}

/** Three articles with work on them: a status, a note, a source, a claim kept from an older version. */
function workedOnDocuments(): ArticleDocument[] {
  const [first, second, third] = [makeDocument(), makeDocument(), makeDocument({ body: 'Exports rose 12 percent to $3.4 billion in 2024, the ministry said.' })];
  Object.assign(first.claims[0]!, { status: 'verified', note: 'Customs table 3, «2024» — 中国' });
  first.claims[1]!.sources.push({ id: 'sabcdef0123', url: 'https://example.org/t', title: 'Table', note: '', addedAt: '2025-09-05T08:00:00.000Z' });
  second.unplacedClaims.push({ ...second.claims[1]!, id: `${second.article.id}-0000beef`, status: 'false' });
  second.claims.reverse(); // claims keep their stored order, whatever it is
  return [first, second, third];
}

async function backUp(library: LibraryStore, preferences: PreferencesStore, path: string, createdAt = new Date('2025-09-06T10:00:00Z'), appVersion = '1.0.0') {
  return writeLibraryBackup(path, library, { preferences: preferences.get(), createdAt, appVersion });
}

/** The text with the two lines that may differ between backups of the same library taken out. */
const withoutTimestamps = (text: string) => text.replace(/\n {2}"createdAt": "[^"]*",\n/, '\n').replace(/\n {2}"app": \{\n {4}"version": "[^"]*"\n {2}\},\n/, '\n');

describe('backing up the library', () => {
  it('writes one pretty-printed JSON file: articles by id, every key sorted, claims in their stored order', async () => {
    const { library, preferences } = await openLibrary('a');
    const docs = workedOnDocuments();
    await library.addArticles(docs);
    await preferences.set({ claimThreshold: 0.3 });
    const path = join(dir, 'backup.json');
    expect(await backUp(library, preferences, path)).toEqual({ articleCount: 3 });

    const text = await readFile(path, 'utf8');
    const data = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(data, null, 2)}\n`);
    expect(Object.keys(data)).toEqual(['format', 'formatVersion', 'schemaVersion', 'createdAt', 'app', 'preferences', 'articles']);
    expect(data).toMatchObject({ format: 'factdesk-backup', formatVersion: 1, schemaVersion: SCHEMA_VERSION, createdAt: '2025-09-06T10:00:00.000Z', app: { version: '1.0.0' } });
    expect(data.preferences).toEqual(preferences.get());
    const ids = docs.map((doc) => doc.article.id).sort();
    expect(data.articles.map((doc: ArticleDocument) => doc.article.id)).toEqual(ids);
    for (const doc of docs) expect(data.articles.find((entry: ArticleDocument) => entry.article.id === doc.article.id)).toEqual(doc);
    const second = data.articles.find((entry: ArticleDocument) => entry.article.id === docs[1]!.article.id);
    expect(second.claims.map((claim: { id: string }) => claim.id)).toEqual(docs[1]!.claims.map((claim) => claim.id));
    const isSorted = (value: unknown): boolean => {
      if (Array.isArray(value)) return value.every(isSorted);
      if (typeof value !== 'object' || value === null) return true;
      const keys = Object.keys(value);
      return keys.join('\n') === [...keys].sort().join('\n') && Object.values(value).every(isSorted);
    };
    expect(data.articles.every(isSorted)).toBe(true);
  });

  it('writes the same text for the same library, whatever order its keys were stored in', async () => {
    const docs = workedOnDocuments();
    const reversedKeys = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversedKeys);
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)]));
    };
    const a = await openLibrary('a');
    const b = await openLibrary('b');
    await a.library.addArticles(docs);
    await b.library.addArticles([...docs].reverse().map((doc) => reversedKeys(doc) as ArticleDocument));
    await backUp(a.library, a.preferences, join(dir, 'a.json'));
    await backUp(b.library, b.preferences, join(dir, 'b.json'));
    expect(await readFile(join(dir, 'b.json'), 'utf8')).toBe(await readFile(join(dir, 'a.json'), 'utf8'));
  });

  it('backs up an empty library, and suggests a dated file name', async () => {
    const { library, preferences } = await openLibrary('a');
    const path = join(dir, 'empty.json');
    expect(await backUp(library, preferences, path)).toEqual({ articleCount: 0 });
    const text = await readFile(path, 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text).articles).toEqual([]);
    expect(suggestBackupFileName(new Date(2025, 0, 5, 23, 59))).toBe('factdesk-backup-2025-01-05.json');
  });

  it('says so when the file cannot be written, and leaves nothing behind', async () => {
    const { library, preferences } = await openLibrary('a');
    await library.addArticles([makeDocument()]);
    const path = join(dir, 'missing-folder', 'backup.json');
    await expect(backUp(library, preferences, path)).rejects.toThrow(`The backup could not be written to ${path} (ENOENT). Nothing was written.`);
    expect(await readdir(dir)).toEqual(['a']);
  });
});

describe('restoring a backup', () => {
  it('round trip: backup, restore into an empty library, backup again: the same file apart from its timestamps', async () => {
    const source = await openLibrary('a');
    const docs = workedOnDocuments();
    await source.library.addArticles(docs);
    await source.preferences.set({ claimThreshold: 0.3 });
    const first = join(dir, 'first.json');
    await backUp(source.library, source.preferences, first);

    const target = await openLibrary('b');
    const backup = await readLibraryBackup(first);
    expect(backup).toMatchObject({ name: 'first.json', schemaVersion: SCHEMA_VERSION, createdAt: '2025-09-06T10:00:00.000Z', appVersion: '1.0.0' });
    expect(await restoreLibraryBackup(backup, target, REMEDY)).toEqual({ articleCount: 3 });
    await target.library.close();
    await target.preferences.close();

    // From disk again: what was restored is what the files hold.
    const reopened = await openLibrary('b');
    expect(reopened.preferences.get().claimThreshold).toBe(0.3);
    expect(reopened.library.listArticles().map((summary) => summary.id).sort()).toEqual(docs.map((doc) => doc.article.id).sort());
    for (const doc of docs) expect(await reopened.library.readArticle(doc.article.id)).toEqual(doc);
    expect(reopened.library.listArticles()).toEqual(expect.arrayContaining(docs.map(summarizeArticle)));
    const second = join(dir, 'second.json');
    await backUp(reopened.library, reopened.preferences, second, new Date('2026-01-01T00:00:00Z'), '2.0.0');

    const [firstText, secondText] = [await readFile(first, 'utf8'), await readFile(second, 'utf8')];
    expect(secondText).not.toBe(firstText);
    expect(withoutTimestamps(secondText)).toBe(withoutTimestamps(firstText));
    expect(withoutTimestamps(firstText)).not.toContain('2025-09-06T10:00:00.000Z');
  });

  it('refuses a library that is not empty, and changes nothing', async () => {
    const source = await openLibrary('a');
    await source.library.addArticles(workedOnDocuments());
    await source.preferences.set({ claimThreshold: 0.3 });
    const path = join(dir, 'backup.json');
    await backUp(source.library, source.preferences, path);

    const target = await openLibrary('b');
    const existing = makeDocument();
    await target.library.addArticles([existing]);
    const backup = await readLibraryBackup(path);
    await expect(restoreLibraryBackup(backup, target, REMEDY)).rejects.toThrow(
      'The library is not empty (1 article). Restore into an empty library: use another folder. Nothing was changed.',
    );
    expect(target.library.listArticles().map((summary) => summary.id)).toEqual([existing.article.id]);
    expect(target.preferences.get().claimThreshold).not.toBe(0.3);
    await expect(readdir(join(dir, 'b'))).resolves.not.toContain('preferences.json');
  });

  describe('refuses a bad file with a clear message, writing nothing', () => {
    let backupText: string;
    let target: Awaited<ReturnType<typeof openLibrary>>;
    beforeEach(async () => {
      const source = await openLibrary('a');
      await source.library.addArticles(workedOnDocuments());
      await source.preferences.set({ claimThreshold: 0.3 });
      await backUp(source.library, source.preferences, join(dir, 'good.json'));
      backupText = await readFile(join(dir, 'good.json'), 'utf8');
      target = await openLibrary('b');
    });

    async function expectRefused(text: string, message: string | RegExp): Promise<void> {
      const path = join(dir, 'bad.json');
      await writeFile(path, text);
      await expect(readLibraryBackup(path).then((backup) => restoreLibraryBackup(backup, target, REMEDY))).rejects.toThrow(message);
      expect(target.library.listArticles()).toEqual([]);
      await expect(readdir(join(dir, 'b'))).resolves.toEqual(['library.lock']);
    }

    const edit = (change: (data: Record<string, unknown> & { articles: Array<Record<string, unknown>> }) => void) => {
      const data = JSON.parse(backupText);
      change(data);
      return JSON.stringify(data);
    };

    it('a file cut short, or not JSON', async () => {
      await expectRefused(backupText.slice(0, Math.floor(backupText.length * 0.6)), '“bad.json” is damaged or cut short (it is not complete JSON). Nothing was restored.');
      await expectRefused('', /“bad\.json” is damaged or cut short/);
      await expect(readLibraryBackup(join(dir, 'nowhere.json'))).rejects.toThrow('“nowhere.json” does not exist. Nothing was restored.');
    });

    it('a file that is not a backup', async () => {
      await expectRefused(JSON.stringify({ schemaVersion: 3, articles: [] }), '“bad.json” is not a Factdesk library backup. Nothing was restored.');
      await expectRefused('[1, 2]', /is not a Factdesk library backup/);
    });

    it('one damaged article among good ones: none of them is added', async () => {
      await expectRefused(
        edit((data) => delete (data.articles[1]!['claims'])),
        /^“bad\.json” is damaged \(article 2 \(a[0-9a-f]{12}\) is not a complete Factdesk article\)\. Nothing was restored\.$/,
      );
      await expectRefused(edit((data) => ((data.articles[2]!['article'] as Record<string, unknown>)['body'] = 42)), /article 3 .* is not a complete Factdesk article/);
      await expectRefused(edit((data) => ((data.articles[0]!['article'] as Record<string, unknown>)['id'] = '../../etc')), /article 1 \(\.\.\/\.\.\/etc\) has no valid article id/);
      await expectRefused(edit((data) => data.articles.push(data.articles[0]!)), /is damaged \(article a[0-9a-f]{12} is in it twice\)/);
      await expectRefused(edit((data) => delete (data as Record<string, unknown>)['articles']), /has no list of articles/);
    });

    it('a backup from a newer Factdesk', async () => {
      await expectRefused(
        edit((data) => (data['schemaVersion'] = SCHEMA_VERSION + 1)),
        `“bad.json” was written by a newer Factdesk (library version ${SCHEMA_VERSION + 1}; this one reads up to ${SCHEMA_VERSION}). Update Factdesk to restore it. Nothing was restored.`,
      );
      await expectRefused(edit((data) => (data['formatVersion'] = 2)), /newer Factdesk \(backup format 2; this one reads up to 1\)/);
      await expectRefused(edit((data) => (data['schemaVersion'] = 'three')), /its schemaVersion is missing or not a version number/);
    });

    it('preferences this Factdesk cannot use', async () => {
      await expectRefused(edit((data) => (data['preferences'] = { claimThreshold: 7 })), /^“bad\.json” has preferences this Factdesk cannot use \(.*claimThreshold.*\)\. Nothing was restored\.$/);
    });
  });

  it('keeps only the preferences this version knows, and restores a backup without any', async () => {
    const source = await openLibrary('a');
    const docs = workedOnDocuments();
    await source.library.addArticles(docs);
    await backUp(source.library, source.preferences, join(dir, 'good.json'));
    const data = JSON.parse(await readFile(join(dir, 'good.json'), 'utf8'));
    data.preferences = { claimThreshold: 0.7, colourScheme: 'dark' };
    await writeFile(join(dir, 'newer.json'), JSON.stringify(data));
    const target = await openLibrary('b');
    await restoreLibraryBackup(await readLibraryBackup(join(dir, 'newer.json')), target, REMEDY);
    expect(target.preferences.get().claimThreshold).toBe(0.7);
    expect(JSON.parse(await readFile(join(dir, 'b', 'preferences.json'), 'utf8'))).not.toHaveProperty('colourScheme');

    delete data.preferences;
    await writeFile(join(dir, 'plain.json'), JSON.stringify(data));
    const other = await openLibrary('c');
    expect(await restoreLibraryBackup(await readLibraryBackup(join(dir, 'plain.json')), other, REMEDY)).toEqual({ articleCount: 3 });
    await expect(readdir(join(dir, 'c'))).resolves.not.toContain('preferences.json');
  });

  it('puts the preferences back when the articles cannot be added', async () => {
    const source = await openLibrary('a');
    await source.library.addArticles(workedOnDocuments());
    await source.preferences.set({ claimThreshold: 0.3 });
    await backUp(source.library, source.preferences, join(dir, 'good.json'));
    const target = await openLibrary('b');
    const before = target.preferences.get();
    const failing = { listArticles: () => [], addArticles: async () => Promise.reject(new Error('disk full')) };
    await expect(
      restoreLibraryBackup(await readLibraryBackup(join(dir, 'good.json')), { library: failing, preferences: target.preferences }, REMEDY),
    ).rejects.toThrow('disk full');
    expect(target.preferences.get()).toEqual(before);
  });
});

describe('restoring a backup from an older Factdesk', () => {
  /** A document as Factdesk 1 stored it: no histogram or hash on the article, no checkable parts on claims. */
  function toVersion1(doc: ArticleDocument) {
    const { scoreHistogram: _histogram, contentHash: _hash, ...article } = doc.article;
    return { article, claims: doc.claims.map(({ checkables: _checkables, ...claim }) => claim) };
  }

  it('migrates each article as the library migrates its own files, keeping all work', async () => {
    const docs = workedOnDocuments().map((doc) => ({ ...doc, unplacedClaims: [] }));
    const backup = {
      format: 'factdesk-backup',
      formatVersion: 1,
      schemaVersion: 1,
      createdAt: '2024-05-01T09:00:00.000Z',
      app: { version: '0.0.1' },
      preferences: { claimThreshold: 0.6 },
      articles: docs.map(toVersion1),
    };
    const path = join(dir, 'old.json');
    await writeFile(path, JSON.stringify(backup, null, 2));

    // The same articles as an old library on disk, opened (and migrated) by the library itself.
    const oldLibrary = join(dir, 'old-library');
    await mkdir(join(oldLibrary, 'articles'), { recursive: true });
    for (const doc of docs) await writeFile(join(oldLibrary, 'articles', `${doc.article.id}.json`), JSON.stringify({ schemaVersion: 1, ...toVersion1(doc) }));
    const summaries = docs.map((doc) => {
      const { scoreHistogram: _h, url: _u, contentHash: _c, ...summary } = summarizeArticle(doc);
      return summary;
    });
    await writeFile(join(oldLibrary, 'library.json'), JSON.stringify({ schemaVersion: 1, articles: summaries }));
    const migratedByLibrary = await LibraryStore.open(oldLibrary, 'read');

    const read: LibraryBackup = await readLibraryBackup(path);
    expect(read.schemaVersion).toBe(1);
    const target = await openLibrary('b');
    expect(await restoreLibraryBackup(read, target, REMEDY)).toEqual({ articleCount: 3 });
    expect(target.preferences.get().claimThreshold).toBe(0.6);
    for (const doc of docs) {
      const restored = await target.library.readArticle(doc.article.id);
      expect(restored).toEqual(await migratedByLibrary.readArticle(doc.article.id));
      const detection = detectClaims(doc.article.body, doc.article.language, doc.article.excluded, 0);
      expect(restored.article.scoreHistogram).toEqual(detection.scoreHistogram);
      expect(restored.article.contentHash).toBe(hashArticleBody(doc.article.body));
      expect(restored.unplacedClaims).toEqual([]);
      expect(restored.claims.map(({ status, note, sources, history }) => ({ status, note, sources, history }))).toEqual(
        doc.claims.map(({ status, note, sources, history }) => ({ status, note, sources, history })),
      );
    }
    await migratedByLibrary.close();
    // Backed up again, the restored library is a backup at the current version.
    const again = join(dir, 'again.json');
    await backUp(target.library, target.preferences, again);
    expect(JSON.parse(await readFile(again, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('the app’s Back Up Library… and Restore Library…', () => {
  async function openApp(name: string) {
    const dialogs = { backupPath: null as string | null, restorePath: null as string | null, asked: [] as string[] };
    const host: AppHost = {
      ...createTestHost(),
      chooseBackupPath: async (suggestedName) => {
        dialogs.asked.push(`save ${suggestedName}`);
        return dialogs.backupPath;
      },
      chooseBackupToRestore: async () => {
        dialogs.asked.push('open');
        return dialogs.restorePath;
      },
    };
    const now = () => new Date(2025, 8, 6, 12, 0);
    const app = await openFactdesk({ dataDir: join(dir, name), host, now, appVersion: '3.1.4', log: () => undefined });
    open.push(app);
    return { app, dialogs };
  }

  it('backs up to the chosen file, and restores it into an empty library; a cancelled dialog does nothing', async () => {
    const source = await openApp('a');
    const docs = workedOnDocuments();
    await source.app.library.addArticles(docs);
    expect(await source.app.dispatch('backupLibrary', undefined)).toEqual({ ok: true, value: { isCancelled: true, path: null, articleCount: 0 } });
    expect(await readdir(dir)).toEqual(['a']);
    const path = join(dir, 'backup.json');
    source.dialogs.backupPath = path;
    expect(await source.app.dispatch('backupLibrary', {})).toEqual({ ok: true, value: { isCancelled: false, path, articleCount: 3 } });
    expect(source.dialogs.asked).toEqual(['save factdesk-backup-2025-09-06.json', 'save factdesk-backup-2025-09-06.json']);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ createdAt: new Date(2025, 8, 6, 12, 0).toISOString(), app: { version: '3.1.4' } });

    const target = await openApp('b');
    expect(await target.app.dispatch('restoreLibrary', undefined)).toEqual({ ok: true, value: { isCancelled: true, path: null, articleCount: 0 } });
    target.dialogs.restorePath = path;
    expect(await target.app.dispatch('restoreLibrary', undefined)).toEqual({ ok: true, value: { isCancelled: false, path, articleCount: 3 } });
    const listed = await callApi(target.app, 'listArticles');
    expect(listed.map((summary) => summary.id).sort()).toEqual(docs.map((doc) => doc.article.id).sort());
    expect(await target.app.dispatch('getArticle', { articleId: docs[0]!.article.id })).toEqual({ ok: true, value: docs[0] });
  });

  it('refuses a restore into a library with articles before asking for a file, and reports a damaged file', async () => {
    const { app, dialogs } = await openApp('a');
    await app.library.addArticles([makeDocument(), makeDocument()]);
    dialogs.restorePath = join(dir, 'whatever.json');
    expect(await app.dispatch('restoreLibrary', undefined)).toEqual({
      ok: false,
      error: {
        code: 'bad-input',
        message: 'The library is not empty (2 articles). Restore into an empty library: back up these articles if you want them, delete them, then restore. Nothing was changed.',
      },
    });
    expect(dialogs.asked).toEqual([]);

    const empty = await openApp('b');
    const damaged = join(dir, 'damaged.json');
    await writeFile(damaged, '{"format": "factdesk-backup", "formatVersion": 1, "schemaVersion": 3, "articles": [');
    empty.dialogs.restorePath = damaged;
    expect(await empty.app.dispatch('restoreLibrary', undefined)).toEqual({
      ok: false,
      error: { code: 'bad-input', message: '“damaged.json” is damaged or cut short (it is not complete JSON). Nothing was restored.' },
    });
    expect(empty.app.library.listArticles()).toEqual([]);
  });
});

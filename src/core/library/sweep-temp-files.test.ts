import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from './library-store';
import { sweepTempFiles, sweepUnlistedArticles } from './sweep-temp-files';
import { makeDocument } from '../test-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-sweep-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sweepTempFiles', () => {
  it('removes the temporary files a killed writer left, and nothing else', async () => {
    const articles = join(dir, 'articles');
    await mkdir(articles);
    const left = ['.library.json.0a1b2c3d.tmp', 'library.lock.deadbeef.tmp'];
    const leftInArticles = ['.a0123456789ab.json.12345678.tmp'];
    const kept = ['library.json', 'library.journal', 'notes.tmp', '.hidden', 'a.b.12345678.tmp'];
    for (const name of [...left, ...kept]) await writeFile(join(dir, name), 'x');
    for (const name of [...leftInArticles, 'a0123456789ab.json']) await writeFile(join(articles, name), 'x');

    expect(await sweepTempFiles([dir, articles, join(dir, 'missing')])).toBe(3);
    expect((await readdir(dir)).sort()).toEqual([...kept, 'articles'].sort());
    expect(await readdir(articles)).toEqual(['a0123456789ab.json']);
  });

  it('runs when the library is opened for writing, never for reading', async () => {
    await (await LibraryStore.open(dir)).close();
    const temp = join(dir, 'articles', '.a0123456789ab.json.12345678.tmp');
    await mkdir(join(dir, 'articles'), { recursive: true });
    await writeFile(temp, 'half an article');
    await (await LibraryStore.open(dir, 'read')).close();
    expect(await readdir(join(dir, 'articles'))).toContain('.a0123456789ab.json.12345678.tmp');
    await (await LibraryStore.open(dir)).close();
    expect(await readdir(join(dir, 'articles'))).not.toContain('.a0123456789ab.json.12345678.tmp');
  });
});

describe('sweepUnlistedArticles', () => {
  it('removes article files the index does not list, and nothing else', async () => {
    await writeFile(join(dir, 'a0123456789ab.json'), 'listed');
    await writeFile(join(dir, 'a99999999999f.json'), 'unlisted');
    await writeFile(join(dir, 'notes.json'), 'not an article');
    await writeFile(join(dir, 'a99999999999f.txt'), 'not json');
    expect(await sweepUnlistedArticles(dir, (id) => id === 'a0123456789ab')).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['a0123456789ab.json', 'a99999999999f.txt', 'notes.json']);
    expect(await sweepUnlistedArticles(join(dir, 'missing'), () => false)).toBe(0);
  });

  it('runs when a writer opens a library whose index is whole: an add killed before its index line leaves nothing', async () => {
    const store = await LibraryStore.open(dir);
    const listed = makeDocument();
    await store.addArticle(listed);
    await store.close();
    const orphan = makeDocument();
    await writeFile(join(dir, 'articles', `${orphan.article.id}.json`), JSON.stringify({ schemaVersion: 5, ...orphan }));

    await (await LibraryStore.open(dir, 'read')).close();
    expect(await readdir(join(dir, 'articles'))).toHaveLength(2);
    const writer = await LibraryStore.open(dir);
    expect(writer.listArticles().map((summary) => summary.id)).toEqual([listed.article.id]);
    await writer.close();
    expect(await readdir(join(dir, 'articles'))).toEqual([`${listed.article.id}.json`]);
  });

  it('leaves every article file when the index is missing: they are all the library has', async () => {
    await mkdir(join(dir, 'articles'));
    const doc = makeDocument();
    await writeFile(join(dir, 'articles', `${doc.article.id}.json`), JSON.stringify({ schemaVersion: 5, ...doc }));
    await (await LibraryStore.open(dir)).close();
    expect(await readdir(join(dir, 'articles'))).toEqual([`${doc.article.id}.json`]);
  });
});

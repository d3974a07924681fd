import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from './library-store';
import { sweepTempFiles } from './sweep-temp-files';

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

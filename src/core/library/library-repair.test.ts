// A self-repairing store on damaged files: the damaged file is set aside untouched, its last good copy comes back
// from the daily backups, the library always opens, and a notice says what happened.
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../shared/model';
import { setStatus } from '../claims/claim-edits';
import { makeDocument } from '../test-fixtures';
import { summarizeArticle } from './article-summary';
import { LibraryStore } from './library-store';
import { SCHEMA_VERSION } from './schema';

let dataDir: string;
let today: Date;
const opened: LibraryStore[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'factdesk-repair-'));
  today = new Date(2025, 8, 1, 12, 0, 0);
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  await rm(dataDir, { recursive: true, force: true });
});

/** Opens the library on `day` of September 2025 and waits for that day's backup. */
async function openOn(day: number): Promise<LibraryStore> {
  today = new Date(2025, 8, day, 12, 0, 0);
  const store = await LibraryStore.open(dataDir, 'write', { isSelfRepairing: true, now: () => today });
  opened.push(store);
  await store.waitForBackup();
  return store;
}

async function close(store: LibraryStore): Promise<void> {
  opened.splice(opened.indexOf(store), 1);
  await store.close();
}

/** The writer gone without closing: its journal stays as it was. */
async function crash(store: LibraryStore): Promise<void> {
  await store.waitForBackup();
  opened.splice(opened.indexOf(store), 1);
  await rm(join(dataDir, 'library.lock'));
}

const day = (n: number) => `2025-09-${String(n).padStart(2, '0')}`;
const backupDays = async () => (await readdir(join(dataDir, 'backups'))).sort();
const articlePath = (id: string) => join(dataDir, 'articles', `${id}.json`);

/** The files set aside in damaged/ with their bytes. */
async function damagedFiles(): Promise<Map<string, Buffer>> {
  const names = await readdir(join(dataDir, 'damaged')).catch(() => [] as string[]);
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dataDir, 'damaged', name))] as const)));
}

function titled(title: string): ArticleDocument {
  const doc = makeDocument();
  doc.article.title = title;
  return doc;
}

/** Four ways a file is found damaged: cut short, garbage bytes, JSON of the wrong shape, empty. */
const DAMAGE: Array<[string, (bytes: Buffer) => Buffer]> = [
  ['cut short', (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2))],
  ['garbage bytes', (bytes) => Buffer.concat([bytes.subarray(0, 40), Buffer.from([0, 0xff, 0xfe, 0x13, 0x88]), bytes.subarray(45)])],
  ['valid JSON of the wrong shape', () => Buffer.from(JSON.stringify({ schemaVersion: SCHEMA_VERSION, journalSeq: 'x', articles: {}, article: [] }))],
  ['empty', () => Buffer.alloc(0)],
];

async function damage(path: string, how: (bytes: Buffer) => Buffer): Promise<Buffer> {
  const bytes = how(await readFile(path));
  await writeFile(path, bytes);
  return bytes;
}

describe('daily backups', () => {
  it('copies the index and every article into backups/<day>/ once a day, and keeps the last 7 days', async () => {
    let store = await openOn(1);
    const doc = makeDocument();
    await store.addArticle(doc);
    await close(store);
    store = await openOn(2);
    const backedUp = join(dataDir, 'backups', day(2));
    expect((await readdir(join(backedUp, 'articles'))).sort()).toEqual([`${doc.article.id}.json`]);
    expect(await readFile(join(backedUp, 'articles', `${doc.article.id}.json`))).toEqual(await readFile(articlePath(doc.article.id)));
    expect(await readFile(join(backedUp, 'library.json'))).toEqual(await readFile(join(dataDir, 'library.json')));
    // A change and a second opening the same day leave that day's backup as it was.
    await store.updateArticle(doc.article.id, (draft) => setStatus(draft.claims[0]!, 'false', today));
    await close(store);
    const before = await readFile(join(backedUp, 'articles', `${doc.article.id}.json`));
    await close(await openOn(2));
    expect(await readFile(join(backedUp, 'articles', `${doc.article.id}.json`))).toEqual(before);
    expect(before).not.toEqual(await readFile(articlePath(doc.article.id)));

    for (let n = 3; n <= 10; n += 1) await close(await openOn(n));
    expect(await backupDays()).toEqual([4, 5, 6, 7, 8, 9, 10].map(day));
    // Unchanged since the day before: linked to that day's copy, never to the live file.
    const inode = async (path: string) => (await stat(path)).ino;
    const copyOn = (n: number) => join(dataDir, 'backups', day(n), 'articles', `${doc.article.id}.json`);
    expect(await inode(copyOn(10))).toBe(await inode(copyOn(9)));
    expect(await inode(copyOn(10))).not.toBe(await inode(articlePath(doc.article.id)));
  });

  it('backs an older library up before migrating it', async () => {
    const doc = makeDocument();
    const index = JSON.stringify({ schemaVersion: 3, articles: [summarizeArticle(doc)] });
    const article = JSON.stringify({ schemaVersion: 3, ...doc });
    await writeFile(join(dataDir, 'library.json'), index);
    await mkdir(join(dataDir, 'articles'));
    await writeFile(articlePath(doc.article.id), article);

    const store = await openOn(3);
    expect(JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    expect(await readFile(join(dataDir, 'backups', day(3), 'library.json'), 'utf8')).toBe(index);
    expect(await readFile(join(dataDir, 'backups', day(3), 'articles', `${doc.article.id}.json`), 'utf8')).toBe(article);
    expect((await store.readArticle(doc.article.id)).article.title).toBe(doc.article.title);
  });
});

describe.each(DAMAGE)('a damaged file (%s)', (_name, how) => {
  it('library.json: set aside, restored from the newest good backup, later articles found from their files', async () => {
    let store = await openOn(1);
    const [a, b] = [titled('A'), titled('B')];
    await store.addArticles([a, b]);
    await close(store);
    store = await openOn(2);
    const backedUp = await readFile(join(dataDir, 'backups', day(2), 'library.json'), 'utf8');
    const c = titled('C');
    await store.addArticle(c);
    await store.deleteArticle(b.article.id);
    await close(store);

    const damaged = await damage(join(dataDir, 'library.json'), how);
    store = await openOn(3);
    expect([...(await damagedFiles()).values()]).toEqual([damaged]);
    expect(JSON.parse(backedUp).articles.map((entry: { title: string }) => entry.title).sort()).toEqual(['A', 'B']);
    expect(store.listArticles().map((entry) => entry.title).sort()).toEqual(['A', 'C']);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toMatchObject({ level: 'info', file: 'library.json', movedTo: expect.stringMatching(/^damaged[/\\]library\.json\.2025-09-0/) });
    expect(store.notices[0]!.message).toMatch(/library\.json\) was damaged .* backed up on 2025-09-02 was restored/);
    // The repaired list is written whole, and opens again without notices.
    await close(store);
    store = await openOn(3);
    expect(store.notices).toEqual([]);
    expect(store.listArticles().map((entry) => entry.title).sort()).toEqual(['A', 'C']);
    expect([...(await damagedFiles()).values()]).toEqual([damaged]);
  });

  it('an article: set aside, its newest good backup restored, the loss named', async () => {
    let store = await openOn(1);
    const doc = titled('Grain exports');
    await store.addArticle(doc);
    await store.updateArticle(doc.article.id, (draft) => setStatus(draft.claims[0]!, 'verified', today));
    await close(store);
    store = await openOn(2);
    const backedUp = JSON.parse(await readFile(join(dataDir, 'backups', day(2), 'articles', `${doc.article.id}.json`), 'utf8'));
    await store.updateArticle(doc.article.id, (draft) => setStatus(draft.claims[0]!, 'false', today));
    await close(store);

    const damaged = await damage(articlePath(doc.article.id), how);
    // Today's backup, taken on opening, holds the damaged copy: the one before it is restored.
    store = await openOn(3);
    expect(store.notices).toEqual([]);
    const read = await store.readArticle(doc.article.id);
    expect(read.claims[0]!.status).toBe('verified');
    expect({ ...read, schemaVersion: SCHEMA_VERSION }).toEqual(backedUp);
    expect(JSON.parse(await readFile(articlePath(doc.article.id), 'utf8'))).toEqual(backedUp);
    expect([...(await damagedFiles()).values()]).toEqual([damaged]);
    expect(store.notices).toMatchObject([{ level: 'error', file: join('articles', `${doc.article.id}.json`) }]);
    expect(store.notices[0]!.message).toMatch(/“Grain exports”.* was damaged\. It was moved to damaged.* backed up on 2025-09-02 was restored; changes made to it after that day are lost/);
  });

  it('an article with no good copy anywhere: set aside and dropped from the list, saying so', async () => {
    let store = await openOn(1);
    const [kept, lost] = [titled('Kept'), titled('Lost')];
    await store.addArticle(kept);
    await store.addArticle(lost);
    await close(store);
    await rm(join(dataDir, 'backups'), { recursive: true });
    const damaged = await damage(articlePath(lost.article.id), how);
    store = await openOn(2);
    await rm(join(dataDir, 'backups'), { recursive: true });

    await expect(store.readArticle(lost.article.id)).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/“Lost”.*no backup held a good copy.*removed from the library/) });
    await close(store);
    store = await openOn(3);
    expect(store.listArticles().map((entry) => entry.title)).toEqual(['Kept']);
    expect([...(await damagedFiles()).values()]).toEqual([damaged]);
    await expect(readFile(articlePath(lost.article.id))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('a damaged journal', () => {
  it('is set aside; the library opens from library.json, the good lines, and the article files', async () => {
    const store = await openOn(1);
    const docs = ['One', 'Two', 'Three', 'Four'].map(titled);
    for (const doc of docs) await store.addArticle(doc);
    await store.updateArticle(docs[0]!.article.id, (draft) => setStatus(draft.claims[0]!, 'false', today));
    await crash(store);
    const journalPath = join(dataDir, 'library.journal');
    const lines = (await readFile(journalPath, 'utf8')).split('\n');
    // Line 2 (article Two added) damaged; the last line (the status change) cut, as a crash would leave it.
    lines[1] = `${lines[1]!.slice(0, 30)}\u0000garbage`;
    lines[4] = '';
    const damaged = Buffer.from(lines.join('\n'));
    await writeFile(journalPath, damaged);

    const again = await openOn(1);
    expect(again.listArticles().map((entry) => entry.title).sort()).toEqual(['Four', 'One', 'Three', 'Two']);
    expect([...(await damagedFiles()).values()]).toEqual([damaged]);
    await expect(readFile(journalPath)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(again.notices).toMatchObject([{ level: 'info', file: 'library.journal' }]);
    expect(again.notices[0]!.message).toMatch(/library\.journal\) was damaged \(line 2\)\. It was moved to damaged.*opened from library\.json and the 3 good changes/);
    // The status change of the damaged line is still in the article, and its summary follows once it is read.
    expect((await again.readArticle(docs[0]!.article.id)).claims[0]!.status).toBe('false');
    await close(again);
    const third = await openOn(1);
    expect(third.listArticles().find((entry) => entry.title === 'One')?.statusCounts.false).toBe(1);
  });

  it('without repairs (the default) a damaged library is still refused and left untouched', async () => {
    const store = await openOn(1);
    await store.addArticle(makeDocument());
    await close(store);
    const damaged = await damage(join(dataDir, 'library.json'), (bytes) => bytes.subarray(0, 10));
    await expect(LibraryStore.open(dataDir)).rejects.toThrow(/damaged.*left untouched/);
    expect(await readFile(join(dataDir, 'library.json'))).toEqual(damaged);
  });
});

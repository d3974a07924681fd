// The store over its journal: what opening finds after a crash (the writer simulated as gone: its lock
// removed, the store never closed), compaction in the background and at close, readers, and memory limits.
import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSummary, ClaimStatus } from '../../shared/model';
import { setStatus } from '../claims/claim-edits';
import { makeDocument } from '../test-fixtures';
import { summarizeArticle } from './article-summary';
import { formatJournalRecord, parseIndexJournal } from './index-journal';
import { LibraryStore, type LibraryAccess, type LibraryOptions } from './library-store';
import { SCHEMA_VERSION } from './schema';

let dataDir: string;
const opened: LibraryStore[] = [];
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'factdesk-journal-store-'));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  await rm(dataDir, { recursive: true, force: true });
});

const journalPath = () => join(dataDir, 'library.journal');
const indexPath = () => join(dataDir, 'library.json');

async function open(access: LibraryAccess = 'write', options: LibraryOptions = {}): Promise<LibraryStore> {
  const store = await LibraryStore.open(dataDir, access, options);
  opened.push(store);
  return store;
}

/** As if the writer's process died now: nothing more is written for it, and its lock is gone. */
async function crash(store: LibraryStore): Promise<void> {
  opened.splice(opened.indexOf(store), 1);
  await rm(join(dataDir, 'library.lock'));
}

const STATUSES: ClaimStatus[] = ['verified', 'false', 'disputed', 'misleading', 'in-progress', 'unverified'];

/** A library of `count` articles and `changes` status changes on them; returns the list as the store has it. */
async function makeChanges(store: LibraryStore, count: number, changes: number): Promise<ArticleSummary[]> {
  const docs = Array.from({ length: count }, () => makeDocument());
  await store.addArticles(docs);
  for (let index = 0; index < changes; index += 1) {
    const doc = docs[index % docs.length]!;
    await store.updateArticle(doc.article.id, (draft) => setStatus(draft.claims[index % 2]!, STATUSES[index % STATUSES.length]!, new Date()));
  }
  return store.listArticles();
}

const byId = (summaries: ArticleSummary[]) => [...summaries].sort((a, b) => a.id.localeCompare(b.id));

async function filesOf(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

describe('the library journal', () => {
  it('holds every acknowledged change after a crash, with no compaction on the way', async () => {
    const store = await open();
    const listed = await makeChanges(store, 3, 12);
    await crash(store);
    // library.json holds only the empty library written before the first change; the rest is in the journal.
    expect(JSON.parse(await readFile(indexPath(), 'utf8'))).toEqual({ schemaVersion: SCHEMA_VERSION, journalSeq: 0, articles: [] });
    const reader = await open('read');
    expect(reader.listArticles()).toEqual(listed);
    const writer = await open();
    expect(writer.listArticles()).toEqual(listed);
    for (const summary of listed) expect(summarizeArticle(await writer.readArticle(summary.id))).toEqual(summary);
    expect(listed.map((summary) => summary.decidedCount).reduce((sum, count) => sum + count)).toBeGreaterThan(0);
  });

  it('ignores a last line a crash cut short, and writes the next change over it', async () => {
    const store = await open();
    const listed = await makeChanges(store, 2, 4);
    await crash(store);
    const whole = await readFile(journalPath());
    // Half of a change of the first article's summary that was never acknowledged.
    const half = formatJournalRecord({ seq: 99, put: [{ ...listed[0]!, title: 'never acknowledged' }], delete: [] });
    await appendFile(journalPath(), half.slice(0, half.length / 2));

    const reader = await open('read');
    expect(reader.listArticles()).toEqual(listed);
    const writer = await open();
    expect(writer.listArticles()).toEqual(listed);
    const { summary } = await writer.updateArticle(listed[1]!.id, (draft) => setStatus(draft.claims[0]!, 'false', new Date()));
    await crash(writer);

    const text = await readFile(journalPath());
    expect(text.subarray(0, whole.length)).toEqual(whole);
    expect(text.toString('utf8')).not.toContain('never acknowledged');
    const parsed = parseIndexJournal(text, 'library.journal');
    expect(parsed.ignoredBytes).toBe(0);
    expect(parsed.records.at(-1)?.put).toEqual([JSON.parse(JSON.stringify(summary))]);
    const again = await open();
    expect(again.listArticles().find((entry) => entry.id === summary.id)).toEqual(summary);
  });

  it('refuses a journal damaged before its last line, or written by a newer Factdesk, and leaves it untouched', async () => {
    const store = await open();
    await makeChanges(store, 2, 2);
    await crash(store);
    const lines = (await readFile(journalPath(), 'utf8')).split('\n');
    const damaged = [lines[0], '{"v":4,"seq":', ...lines.slice(1)].join('\n');
    await writeFile(journalPath(), damaged);
    await expect(open()).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/library\.journal is damaged.*left untouched/) });
    await expect(open('read')).rejects.toMatchObject({ code: 'io' });
    expect(await readFile(journalPath(), 'utf8')).toBe(damaged);

    const newer = `${lines.slice(0, -1).join('\n')}\n${JSON.stringify({ v: SCHEMA_VERSION + 1, seq: 50, put: [] })}\n`;
    await writeFile(journalPath(), newer);
    await expect(open()).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/newer Factdesk/) });
    expect(await readFile(journalPath(), 'utf8')).toBe(newer);
    // The failed openings let go of the lock.
    await expect(readFile(join(dataDir, 'library.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('folds the journal into library.json in the background as it grows: the same library, read any way', async () => {
    const store = await open('write', { compactAtBytes: 4000 });
    const listed = await makeChanges(store, 4, 40);
    await store.compact();
    const index = JSON.parse(await readFile(indexPath(), 'utf8'));
    expect(index.journalSeq).toBe(41);
    expect(byId(index.articles)).toEqual(byId(JSON.parse(JSON.stringify(listed))));
    await expect(readFile(journalPath())).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await open('read')).listArticles()).toEqual(listed);

    // More changes after it: they go to a new journal over the new library.json.
    const more = await makeChanges(store, 1, 3);
    await crash(store);
    expect(parseIndexJournal(await readFile(journalPath()), 'library.journal').records.map((record) => record.seq)).toEqual([42, 43, 44, 45]);
    expect((await open()).listArticles()).toEqual(more);
  });

  it('compacts on its own once the journal passes the limit', async () => {
    const store = await open('write', { compactAtBytes: 3000 });
    const listed = await makeChanges(store, 2, 12);
    // About 1 KB a line: folded in on the way (no compact(), no close), and the lines it holds dropped.
    await vi.waitFor(async () => {
      const { journalSeq } = JSON.parse(await readFile(indexPath(), 'utf8')) as { journalSeq: number };
      expect(journalSeq).toBeGreaterThan(0);
      const seqs = parseIndexJournal(await readFile(journalPath()).catch(() => Buffer.alloc(0)), 'library.journal').records.map((record) => record.seq);
      expect(seqs.every((seq) => seq > journalSeq)).toBe(true);
      expect(seqs.length).toBeLessThan(13);
    });
    await crash(store);
    expect((await open('read')).listArticles()).toEqual(listed);
  });

  it('keeps the changes made while a compaction runs', async () => {
    const store = await open();
    const docs = Array.from({ length: 3 }, () => makeDocument());
    await store.addArticles(docs);
    const compacting = store.compact();
    const changes = docs.map((doc, index) => store.updateArticle(doc.article.id, (draft) => setStatus(draft.claims[0]!, STATUSES[index]!, new Date())));
    const results = await Promise.all(changes);
    await compacting;
    await crash(store);
    // library.json holds the add the compaction started from; the journal the changes made meanwhile.
    expect(JSON.parse(await readFile(indexPath(), 'utf8')).journalSeq).toBe(1);
    expect(parseIndexJournal(await readFile(journalPath()), 'library.journal').records.map((record) => record.seq)).toEqual([2, 3, 4]);
    const reader = await open('read');
    for (const { summary } of results) expect(reader.listArticles().find((entry) => entry.id === summary.id)).toEqual(summary);
    expect(reader.listArticles()).toHaveLength(3);
  });

  it('reads the journal when opened read-only, and changes no file', async () => {
    const store = await open();
    const listed = await makeChanges(store, 3, 5);
    await crash(store);
    await appendFile(journalPath(), '{"v":4,"seq":77,"pu');
    const before = await filesOf(dataDir);
    const reader = await open('read');
    expect(reader.listArticles()).toEqual(listed);
    await reader.readArticle(listed[0]!.id);
    await reader.close();
    expect(await filesOf(dataDir)).toEqual(before);
  });

  it('works the same without flushing to the disk (durable against a crash, not a power loss)', async () => {
    const store = await open('write', { isDurable: false });
    const listed = await makeChanges(store, 2, 6);
    await crash(store);
    expect((await open()).listArticles()).toEqual(listed);
  });

  it('keeps only a few documents in memory, and never loses a change to that', async () => {
    const store = await open('write', { cachedArticles: 2 });
    const docs = Array.from({ length: 6 }, () => makeDocument());
    await store.addArticles(docs);
    // Reads of other articles race each change, so documents are dropped and loaded again meanwhile.
    await Promise.all(
      docs.flatMap((doc, index) => [
        store.updateArticle(doc.article.id, (draft) => setStatus(draft.claims[0]!, 'verified', new Date())),
        store.readArticle(docs[(index + 1) % docs.length]!.article.id),
        store.updateArticle(doc.article.id, (draft) => setStatus(draft.claims[1]!, 'false', new Date())),
        store.readArticle(docs[(index + 2) % docs.length]!.article.id),
      ]),
    );
    for (const doc of docs) {
      expect((await store.readArticle(doc.article.id)).claims.map((claim) => claim.status)).toEqual(['verified', 'false']);
    }
    const reopened = await (async () => {
      await store.close();
      opened.splice(opened.indexOf(store), 1);
      return open();
    })();
    expect(reopened.listArticles().map((summary) => summary.decidedCount)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('never lets a document dropped from memory bring back old data while a change writes it', async () => {
    const store = await open('write', { cachedArticles: 1 });
    const [target, other] = [makeDocument(), makeDocument()];
    await store.addArticles([target, other]);
    let reads: Promise<unknown>[] = [];
    await store.updateArticle(target.article.id, (draft) => {
      setStatus(draft.claims[0]!, 'verified', new Date());
      // Read while the change is about to be written: the other article takes the one place in memory.
      reads = [store.readArticle(other.article.id), store.readArticle(target.article.id)];
    });
    await Promise.all(reads);
    await store.updateArticle(target.article.id, (draft) => setStatus(draft.claims[1]!, 'false', new Date()));
    expect((await store.readArticle(target.article.id)).claims.map((claim) => claim.status)).toEqual(['verified', 'false']);
  });

  it('brings a summary a crash left behind up to date from the article as it is now, not as it was read', async () => {
    const store = await open();
    const [target, other] = [makeDocument(), makeDocument()];
    await store.addArticles([target, other]);
    await crash(store);
    // The article's file written, its journal line lost: the index says no claim is decided.
    const path = join(dataDir, 'articles', `${target.article.id}.json`);
    const file = JSON.parse(await readFile(path, 'utf8'));
    file.claims[0].status = 'verified';
    await writeFile(path, JSON.stringify(file));

    const writer = await open('write', { cachedArticles: 1 });
    expect(writer.listArticles().find((entry) => entry.id === target.article.id)?.decidedCount).toBe(0);
    // A read that will find the summary stale, a read that drops it from memory, and a change queued before the fix.
    const read = writer.readArticle(target.article.id);
    const readOther = writer.readArticle(other.article.id);
    const change = writer.updateArticle(target.article.id, (draft) => setStatus(draft.claims[1]!, 'false', new Date()));
    const [, , { summary }] = await Promise.all([read, readOther, change]);
    expect(summary.decidedCount).toBe(2);
    // Checked before reading it again, which would repair a stale summary.
    expect(writer.listArticles().find((entry) => entry.id === target.article.id)).toEqual(summary);
    const doc = await writer.readArticle(target.article.id);
    expect(doc.claims.map((claim) => claim.status)).toEqual(['verified', 'false']);
    expect(summarizeArticle(doc)).toEqual(summary);
  });

  it('lists the newest import first through changes, deletes and adds, as a fresh opening does', async () => {
    const store = await open();
    const docs = [3, 1, 4, 1, 5, 9, 2, 6].map((day) => {
      const doc = makeDocument();
      doc.article.importedAt = new Date(Date.UTC(2025, 0, day)).toISOString();
      return doc;
    });
    await store.addArticles(docs.slice(0, 6));
    const order = () => store.listArticles().map((summary) => summary.importedAt.slice(8, 10));
    expect(order()).toEqual(['09', '05', '04', '03', '01', '01']);
    await store.updateArticle(docs[3]!.article.id, (draft) => setStatus(draft.claims[0]!, 'false', new Date()));
    await store.updateArticle(docs[1]!.article.id, (draft) => {
      draft.article.importedAt = new Date(Date.UTC(2025, 0, 8)).toISOString();
    });
    expect(order()).toEqual(['09', '08', '05', '04', '03', '01']);
    await store.deleteArticle(docs[5]!.article.id);
    await store.addArticles(docs.slice(6));
    expect(order()).toEqual(['08', '06', '05', '04', '03', '02', '01']);
    expect(store.listArticles().find((summary) => summary.id === docs[3]!.article.id)?.decidedCount).toBe(1);
    await crash(store);
    expect((await open('read')).listArticles()).toEqual(store.listArticles());
  });
});

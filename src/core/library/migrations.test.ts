// Opening a library written by an older Factdesk: a version-1 library on disk, in a temporary folder, with the
// real detector (which marks checkable parts itself).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../shared/model';
import { SCORE_BUCKETS, countAtThreshold } from '../../shared/model';
import { detectClaims } from '../detect';
import { makeDocument } from '../test-fixtures';
import { summarizeArticle } from './article-summary';
import { LibraryStore } from './library-store';
import { SCHEMA_VERSION } from './schema';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'factdesk-migrate-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const indexPath = () => join(dataDir, 'library.json');
const articlePath = (id: string) => join(dataDir, 'articles', `${id}.json`);
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

/** A document as Factdesk 1 wrote it: no histogram on the article, no checkable parts on claims. */
function toVersion1(doc: ArticleDocument) {
  const { scoreHistogram: _histogram, contentHash: _hash, ...article } = doc.article;
  return { schemaVersion: 1, article, claims: doc.claims.map(({ checkables: _checkables, ...claim }) => claim) };
}

function summaryVersion1(doc: ArticleDocument) {
  const { scoreHistogram: _histogram, url: _url, contentHash: _hash, ...summary } = summarizeArticle(doc);
  return summary;
}

/** Writes a version-1 library of these documents; `damaged` ids get a file that is not JSON. */
async function writeVersion1Library(docs: ArticleDocument[], damaged: string[] = []): Promise<void> {
  await mkdir(join(dataDir, 'articles'), { recursive: true });
  for (const doc of docs) {
    const id = doc.article.id;
    await writeFile(articlePath(id), damaged.includes(id) ? '{"schemaVersion": 1, "article": {' : JSON.stringify(toVersion1(doc), null, 2));
  }
  await writeFile(indexPath(), JSON.stringify({ schemaVersion: 1, articles: docs.map(summaryVersion1) }, null, 2));
}

/** The first claim's sentence, worked on; the second a claim by hand on words that are no sentence. */
function workedOnDocument(): ArticleDocument {
  const doc = makeDocument();
  Object.assign(doc.claims[0]!, { status: 'verified', note: 'Customs table 3' });
  const words = doc.article.body.indexOf('trade grew');
  Object.assign(doc.claims[1]!, { start: words, end: words + 10, quote: 'trade grew', text: 'trade grew', origin: 'manual' });
  return doc;
}

describe('migrating a version-1 library', () => {
  it('adds score histograms to articles and summaries, and checkable parts to claims, keeping all work', async () => {
    const doc = workedOnDocument();
    const other = makeDocument();
    await writeVersion1Library([doc, other]);

    const store = await LibraryStore.open(dataDir);
    const expected = detectClaims(doc.article.body, doc.article.language, doc.article.excluded, 0);
    const summary = store.listArticles().find((entry) => entry.id === doc.article.id)!;
    expect(summary.scoreHistogram).toEqual(expected.scoreHistogram);
    expect(summary.scoreHistogram).toHaveLength(SCORE_BUCKETS);
    // The library can count claims at any threshold right away.
    const flagged = detectClaims(doc.article.body, doc.article.language, doc.article.excluded, 0.5).claims;
    expect(countAtThreshold(summary.scoreHistogram, 0.5)).toBe(flagged.length);

    const migrated = await store.readArticle(doc.article.id);
    expect(migrated.article.scoreHistogram).toEqual(expected.scoreHistogram);
    const [sentence, manual] = migrated.claims;
    const found = expected.claims.find((claim) => claim.start === sentence!.start && claim.end === sentence!.end)!;
    expect(sentence!.checkables).toEqual(found.checkables);
    expect(sentence!.checkables.length).toBeGreaterThan(0);
    expect(manual!.checkables).toEqual([]);
    // Nothing else changed: status, note, wording, history.
    const { checkables: _a, ...sentenceRest } = sentence!;
    const { checkables: _b, ...manualRest } = manual!;
    expect([sentenceRest, manualRest]).toEqual(toVersion1(doc).claims);
    await store.close();

    // Saved once at the new version, so the next start reads it as it is.
    const index = await readJson(indexPath());
    expect(index.schemaVersion).toBe(SCHEMA_VERSION);
    expect(index.articles.map((entry: { scoreHistogram: number[] }) => entry.scoreHistogram)).toEqual(
      [doc, other].map((d) => detectClaims(d.article.body, d.article.language, d.article.excluded, 0).scoreHistogram),
    );
    const file = await readJson(articlePath(doc.article.id));
    expect(file.schemaVersion).toBe(SCHEMA_VERSION);
    expect(file.claims[1].checkables).toEqual([]);
    expect(file.claims[0].note).toBe('Customs table 3');
  });

  it('migrates only what it reads when opened read-only (the CLI), running no detection until then and writing nothing', async () => {
    const doc = makeDocument();
    const other = makeDocument();
    await writeVersion1Library([doc, other]);
    const before = [await readFile(indexPath(), 'utf8'), await readFile(articlePath(doc.article.id), 'utf8'), await readFile(articlePath(other.article.id), 'utf8')];
    const zeros = new Array(SCORE_BUCKETS).fill(0);

    const store = await LibraryStore.open(dataDir, 'read');
    // The list comes from the index alone: no article was read, so no sentence was counted yet.
    expect(store.listArticles().map((summary) => summary.scoreHistogram)).toEqual([zeros, zeros]);
    expect(store.listArticles().map((summary) => summary.id).sort()).toEqual([doc.article.id, other.article.id].sort());

    // An article read is migrated then, and its summary counted, in memory; the other one still is not.
    const read = await store.readArticle(doc.article.id);
    const expected = detectClaims(doc.article.body, doc.article.language, doc.article.excluded, 0);
    expect(read.article.scoreHistogram).toEqual(expected.scoreHistogram);
    expect(read.claims[0]!.checkables.length).toBeGreaterThan(0);
    const histogramOf = (id: string) => store.listArticles().find((summary) => summary.id === id)!.scoreHistogram;
    expect(histogramOf(doc.article.id)).toEqual(expected.scoreHistogram);
    expect(histogramOf(other.article.id)).toEqual(zeros);
    await store.close();

    expect([await readFile(indexPath(), 'utf8'), await readFile(articlePath(doc.article.id), 'utf8'), await readFile(articlePath(other.article.id), 'utf8')]).toEqual(before);
  });

  it('opens a library with a damaged article: that one counts no sentences and is left untouched', async () => {
    const good = makeDocument();
    const bad = makeDocument();
    await writeVersion1Library([good, bad], [bad.article.id]);

    const store = await LibraryStore.open(dataDir);
    const summaries = store.listArticles();
    expect(summaries).toHaveLength(2);
    expect(summaries.find((entry) => entry.id === bad.article.id)!.scoreHistogram).toEqual(new Array(SCORE_BUCKETS).fill(0));
    expect(countAtThreshold(summaries.find((entry) => entry.id === good.article.id)!.scoreHistogram, 0.05)).toBeGreaterThan(0);
    await expect(store.readArticle(bad.article.id)).rejects.toThrow(/damaged.*left untouched/);
    await store.close();
    expect(await readFile(articlePath(bad.article.id), 'utf8')).toBe('{"schemaVersion": 1, "article": {');
  });

  it('finishes an upgrade that stopped halfway: an article still at version 1 under a new index', async () => {
    const doc = workedOnDocument();
    await writeVersion1Library([doc]);
    const store = await LibraryStore.open(dataDir);
    await store.close();
    // As if the article file had been put back from a backup made before the upgrade.
    await writeFile(articlePath(doc.article.id), JSON.stringify(toVersion1(doc)));

    const again = await LibraryStore.open(dataDir);
    const migrated = await again.readArticle(doc.article.id);
    expect(migrated.article.scoreHistogram).toHaveLength(SCORE_BUCKETS);
    expect(migrated.claims[0]).toMatchObject({ status: 'verified', note: 'Customs table 3' });
    expect(migrated.claims[0]!.checkables.length).toBeGreaterThan(0);
    await again.close();
    // Saved on opening, so it is not migrated again.
    expect((await readJson(articlePath(doc.article.id))).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('counts a damaged article once it is repaired: opening it saves the article and its summary', async () => {
    const good = makeDocument();
    const bad = workedOnDocument();
    await writeVersion1Library([good, bad], [bad.article.id]);
    const store = await LibraryStore.open(dataDir);
    await store.close();
    expect((await readJson(indexPath())).articles.find((entry: { id: string }) => entry.id === bad.article.id).scoreHistogram).toEqual(
      new Array(SCORE_BUCKETS).fill(0),
    );
    // Put back from a backup made before the upgrade.
    await writeFile(articlePath(bad.article.id), JSON.stringify(toVersion1(bad)));

    const again = await LibraryStore.open(dataDir);
    const expected = detectClaims(bad.article.body, bad.article.language, bad.article.excluded, 0).scoreHistogram;
    expect((await again.readArticle(bad.article.id)).article.scoreHistogram).toEqual(expected);
    const summary = again.listArticles().find((entry) => entry.id === bad.article.id)!;
    expect(summary.scoreHistogram).toEqual(expected);
    expect(summary).toMatchObject({ claimCount: 2, decidedCount: 1 });
    await again.close();

    // Saved: the article at the current version, the index with its counts; the work is all there.
    const file = await readJson(articlePath(bad.article.id));
    expect(file.schemaVersion).toBe(SCHEMA_VERSION);
    expect(file.article.scoreHistogram).toEqual(expected);
    expect(file.claims[0]).toMatchObject({ status: 'verified', note: 'Customs table 3' });
    const entry = (await readJson(indexPath())).articles.find((item: { id: string }) => item.id === bad.article.id);
    expect(entry.scoreHistogram).toEqual(expected);
  });

  it('opens a version-1 article detection cannot run on, as the first Factdesk did: no counts, its parts kept', async () => {
    const doc = makeDocument();
    const first = doc.claims[0]!;
    await writeVersion1Library([doc]);
    // An older file: a language this version does not know, exclusions without a reason, a claim with parts.
    const old = toVersion1(doc);
    const oldFile = {
      ...old,
      article: { ...old.article, language: 'fr', excluded: [{ start: 0, end: 11 }] },
      claims: [{ ...old.claims[0]!, checkables: [{ start: 0, end: 5, kind: 'name' }] }, old.claims[1]!],
    };
    await writeFile(articlePath(doc.article.id), JSON.stringify(oldFile));

    const store = await LibraryStore.open(dataDir);
    const opened = await store.readArticle(doc.article.id);
    expect(opened.article.scoreHistogram).toEqual(new Array(SCORE_BUCKETS).fill(0));
    expect(opened.claims.map((claim) => claim.checkables)).toEqual([[{ start: 0, end: 5, kind: 'name' }], []]);
    expect(opened.claims[0]).toMatchObject({ id: first.id, status: first.status });
    expect(opened.article.body).toBe(doc.article.body);
    await store.close();
  });

  it('keeps the parts a version-1 claim had when detection no longer finds its span', async () => {
    const doc = workedOnDocument();
    await writeVersion1Library([doc]);
    const old = toVersion1(doc);
    const parts = [{ start: 0, end: 5, kind: 'name' }];
    await writeFile(articlePath(doc.article.id), JSON.stringify({ ...old, claims: [old.claims[0]!, { ...old.claims[1]!, checkables: parts }] }));

    const store = await LibraryStore.open(dataDir);
    const [sentence, manual] = (await store.readArticle(doc.article.id)).claims;
    expect(sentence!.checkables.length).toBeGreaterThan(0);
    expect(manual!.checkables).toEqual(parts);
    await store.close();
  });

  it('reports a version-1 article file that is cut down as damaged, not as a crash', async () => {
    const doc = makeDocument();
    await writeVersion1Library([doc]);
    await writeFile(articlePath(doc.article.id), JSON.stringify({ schemaVersion: 1, article: { id: doc.article.id }, claims: [] }));
    const store = await LibraryStore.open(dataDir);
    await expect(store.readArticle(doc.article.id)).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/damaged/) });
    await store.close();
  });
});

describe('migrating a version-2 library', () => {
  it('adds the body hash to articles and summaries, the address to summaries, and an empty review list', async () => {
    const doc = workedOnDocument();
    doc.article.url = 'https://example.org/news/1';
    const { contentHash: _hash, ...articleV2 } = doc.article;
    const { url: _url, contentHash: _summaryHash, ...summaryV2 } = summarizeArticle(doc);
    await mkdir(join(dataDir, 'articles'), { recursive: true });
    await writeFile(articlePath(doc.article.id), JSON.stringify({ schemaVersion: 2, article: articleV2, claims: doc.claims }));
    await writeFile(indexPath(), JSON.stringify({ schemaVersion: 2, articles: [summaryV2] }));

    const store = await LibraryStore.open(dataDir);
    const [summary] = store.listArticles();
    expect(summary).toMatchObject({ url: 'https://example.org/news/1', contentHash: doc.article.contentHash });
    const migrated = await store.readArticle(doc.article.id);
    expect(migrated.article.contentHash).toBe(doc.article.contentHash);
    expect(migrated.unplacedClaims).toEqual([]);
    expect(migrated.claims).toEqual(doc.claims);
    await store.close();
    expect((await readJson(articlePath(doc.article.id))).schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('migrating a version-3 library (from before the journal)', () => {
  async function writeVersion3Library(docs: ArticleDocument[]): Promise<void> {
    await mkdir(join(dataDir, 'articles'), { recursive: true });
    for (const doc of docs) await writeFile(articlePath(doc.article.id), JSON.stringify({ schemaVersion: 3, ...doc }, null, 2));
    await writeFile(indexPath(), JSON.stringify({ schemaVersion: 3, articles: docs.map(summarizeArticle) }, null, 2));
  }

  it('saves library.json at the new version at once, and each article, unchanged but for its version, once read', async () => {
    const docs = [workedOnDocument(), makeDocument()];
    await writeVersion3Library(docs);
    const otherBefore = await readFile(articlePath(docs[1]!.article.id), 'utf8');

    const store = await LibraryStore.open(dataDir);
    expect(store.listArticles().map((summary) => summary.id).sort()).toEqual(docs.map((doc) => doc.article.id).sort());
    const index = await readJson(indexPath());
    expect(index).toMatchObject({ schemaVersion: SCHEMA_VERSION, journalSeq: 0 });
    expect(index.articles).toEqual(JSON.parse(JSON.stringify(docs.map(summarizeArticle))));
    expect(await readFile(articlePath(docs[1]!.article.id), 'utf8')).toBe(otherBefore);

    expect(await store.readArticle(docs[0]!.article.id)).toEqual(docs[0]);
    await store.close();
    expect(await readJson(articlePath(docs[0]!.article.id))).toEqual(JSON.parse(JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...docs[0]! })));
    expect(await readFile(articlePath(docs[1]!.article.id), 'utf8')).toBe(otherBefore);
  });

  it('does not replay a journal found beside a version-3 index (it cannot be its own); a writer removes it', async () => {
    const doc = makeDocument();
    await writeVersion3Library([doc]);
    const stranger = `${JSON.stringify({ v: SCHEMA_VERSION, seq: 1, put: [{ ...summarizeArticle(doc), title: 'From another library' }] })}\n`;
    await writeFile(join(dataDir, 'library.journal'), stranger);

    const reader = await LibraryStore.open(dataDir, 'read');
    expect(reader.listArticles().map((summary) => summary.title)).toEqual([doc.article.title]);
    await reader.close();
    expect(await readFile(join(dataDir, 'library.journal'), 'utf8')).toBe(stranger);

    const writer = await LibraryStore.open(dataDir);
    expect(writer.listArticles().map((summary) => summary.title)).toEqual([doc.article.title]);
    await writer.close();
    await expect(readFile(join(dataDir, 'library.journal'))).rejects.toMatchObject({ code: 'ENOENT' });
    const again = await LibraryStore.open(dataDir, 'read');
    expect(again.listArticles().map((summary) => summary.title)).toEqual([doc.article.title]);
    await again.close();
  });
});

describe('migrating a version-4 library (before tags)', () => {
  const untagged = <T extends { tags: string[] }>({ tags: _tags, ...rest }: T) => rest;

  it('adds empty tags to articles and summaries, keeping the journal lines it had not folded in', async () => {
    const [kept, retitled, deleted] = [makeDocument(), makeDocument(), makeDocument()];
    const docs = [kept!, retitled!, deleted!];
    await mkdir(join(dataDir, 'articles'), { recursive: true });
    for (const doc of docs) {
      await writeFile(articlePath(doc.article.id), JSON.stringify({ schemaVersion: 4, ...doc, article: untagged(doc.article) }));
    }
    await writeFile(indexPath(), JSON.stringify({ schemaVersion: 4, journalSeq: 1, articles: docs.map((doc) => untagged(summarizeArticle(doc))) }));
    // Line 1 is in library.json already; lines 2 and 3 are not.
    const lines = [
      { v: 4, seq: 1, put: [{ ...untagged(summarizeArticle(kept!)), title: 'Folded in already' }] },
      { v: 4, seq: 2, put: [{ ...untagged(summarizeArticle(retitled!)), title: 'Retitled' }] },
      { v: 4, seq: 3, delete: [deleted!.article.id] },
    ];
    await writeFile(join(dataDir, 'library.journal'), lines.map((line) => `${JSON.stringify(line)}\n`).join(''));

    const store = await LibraryStore.open(dataDir);
    const titles = () => store.listArticles().map((summary) => [summary.title, summary.tags]).sort();
    expect(titles()).toEqual([[kept!.article.title, []], ['Retitled', []]].sort());
    const index = await readJson(indexPath());
    expect(index).toMatchObject({ schemaVersion: SCHEMA_VERSION, journalSeq: 3 });
    expect(index.articles.map((summary: { title: string }) => summary.title).sort()).toEqual([kept!.article.title, 'Retitled'].sort());
    await expect(readFile(join(dataDir, 'library.journal'))).rejects.toMatchObject({ code: 'ENOENT' });

    expect((await store.readArticle(kept!.article.id)).article.tags).toEqual([]);
    await store.close();
    expect(await readJson(articlePath(kept!.article.id))).toMatchObject({ schemaVersion: SCHEMA_VERSION, article: { tags: [] } });

    const again = await LibraryStore.open(dataDir, 'read');
    expect(again.listArticles().map((summary) => summary.title).sort()).toEqual([kept!.article.title, 'Retitled'].sort());
    await again.close();
  });
});

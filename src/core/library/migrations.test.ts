// Opening a library written by an older Factdesk: a version-1 library on disk, in a temporary folder.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleDocument } from '../../shared/model';
import { SCORE_BUCKETS, countAtThreshold } from '../../shared/model';
import type * as detect from '../detect';
import { detectClaims } from '../detect';
import { makeDocument } from '../test-fixtures';
import { summarizeArticle } from './article-summary';
import { LibraryStore } from './library-store';
import { SCHEMA_VERSION } from './schema';

// Until the detector marks checkable parts itself, give every detected sentence one (its first word), so
// the test can tell parts taken from detection from an empty list.
vi.mock('../detect', async (importOriginal) => {
  const actual = await importOriginal<typeof detect>();
  const withParts: typeof actual.detectClaims = (...args) => {
    const detection = actual.detectClaims(...args);
    return {
      ...detection,
      claims: detection.claims.map((claim) =>
        claim.checkables.length > 0 ? claim : { ...claim, checkables: [{ start: 0, end: claim.quote.indexOf(' '), kind: 'name' as const }] },
      ),
    };
  };
  return { ...actual, detectClaims: withParts };
});

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
  const { scoreHistogram: _histogram, ...article } = doc.article;
  return { schemaVersion: 1, article, claims: doc.claims.map(({ checkables: _checkables, ...claim }) => claim) };
}

function summaryVersion1(doc: ArticleDocument) {
  const { scoreHistogram: _histogram, ...summary } = summarizeArticle(doc);
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

  it('migrates in memory only when opened read-only (the CLI’s list), writing nothing', async () => {
    const doc = makeDocument();
    await writeVersion1Library([doc]);
    const before = [await readFile(indexPath(), 'utf8'), await readFile(articlePath(doc.article.id), 'utf8')];

    const store = await LibraryStore.open(dataDir, 'read');
    expect(store.listArticles()[0]!.scoreHistogram.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
    expect((await store.readArticle(doc.article.id)).claims[0]!.checkables).toBeInstanceOf(Array);
    await store.close();

    expect([await readFile(indexPath(), 'utf8'), await readFile(articlePath(doc.article.id), 'utf8')]).toEqual(before);
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

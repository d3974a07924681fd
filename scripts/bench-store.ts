// Library store benchmark at a newsroom's scale: a synthetic library of 5,000 articles and 100,000 claims
// (bodies of 3–8 KB, claims with quotes, context, history, notes and sources on some), built in a child
// process through the store's batch API so this process starts as the app does, with nothing in memory.
// Then, in this process: opening the library (the index: library.json plus its journal), opening one
// article, a status change persisted through `updateArticle` (200+ on random articles, awaited, with the
// main thread's event-loop delay sampled), the same with the disk flushes off, folding the journal in,
// opening again with a journal just short of being folded in, search (when the search module exists), and
// resident memory. Last, the same status change on one lowdb JSON file holding every article, the design
// the store replaced, for the speedup.
//
//   npm run bench:store -- [--articles N] [--claims N] [--samples N] [--single-file-samples N] [--skip-full-journal]
//
// --skip-full-journal leaves out the opening with a full journal (filling it takes seconds): its figures are null.
// The last line of the output is one JSON object with the figures.
import { createSeededRandom } from '../src/core/seeded-random';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { PerformanceObserver, monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { ArticleDocument, Claim, ClaimKind, ClaimStatus } from '../src/shared/model';
import { CLAIM_STATUSES, buildScoreHistogram } from '../src/shared/model';
import { addSource, createClaim, findClaim, setNote, setStatus } from '../src/core/claims/claim-edits';
import { newArticleId } from '../src/core/ids';
import { hashArticleBody } from '../src/core/library/hash-article-body';
import { LibraryStore } from '../src/core/library/library-store';
import { LibrarySearch } from '../src/core/search/library-search';
import { formatTable } from './lib/format-table';
import { parseArgs } from './lib/parse-args';
import { ScriptError } from './lib/script-error';
import type { ScriptIo } from './lib/script-io';
import { isEntryPoint, runScript } from './lib/script-io';
import { spawnScript } from './lib/spawn-script';

/**
 * The library's search, once it exists (issue 5: another change adds it). `prepare` builds whatever it needs
 * once the library is open (counted in the memory figure); `search` runs one query. While this is null the
 * benchmark reports `searchMedianMs: null`. To wire it: set LIBRARY_SEARCH below to an object calling the
 * search module.
 */
export interface SearchHook {
  prepare(library: LibraryStore): Promise<void>;
  search(query: string): Promise<unknown>;
}

/** The search module (src/core/search): its index built in `prepare`, then one query at a time. */
function createLibrarySearchHook(): SearchHook {
  let search: LibrarySearch | null = null;
  return {
    async prepare(library) {
      search = new LibrarySearch(library);
      const started = performance.now();
      await search.prepare();
      const { articles, documents } = search.indexedCount;
      console.info(`search index: ${articles} articles, ${documents} documents built in ${Math.round(performance.now() - started)} ms`);
    },
    search: (query) => {
      if (!search) throw new Error('The search was not prepared.');
      return search.search({ query, limit: 50 });
    },
  };
}

const LIBRARY_SEARCH: SearchHook | null = createLibrarySearchHook();

const SCRIPT = 'scripts/bench-store.ts';
const SEED = 20_250_904;
const DAY_MS = 86_400_000;

// ---- a synthetic newsroom library ---------------------------------------------------------------------

/** The same library for the same seed and sizes. */
const createRandom = createSeededRandom;

type Random = () => number;

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)] as T;
const between = (low: number, high: number, random: Random) => low + Math.floor(random() * (high - low + 1));

const WORDS = (
  'government ministry officials said report data budget trade exports imports growth percent year quarter ' +
  'region province city council police court election voters campaign parliament deputies law bill reform ' +
  'prices inflation wages pension hospital schools teachers students energy oil gas pipeline grain harvest ' +
  'drought water river border agreement talks delegation summit investment bank loan debt company workers ' +
  'factory plant construction railway airport flights tourists museum festival season weather record rose ' +
  'fell increased declined reached announced confirmed denied expected planned estimated according figures ' +
  'statistics survey residents families children million billion thousand average total annual monthly new ' +
  'local national foreign international public private official independent largest smallest highest lowest'
).split(' ');
const NAMES = ['Aigerim Sadykova', 'Marat Abenov', 'Li Wei', 'Olga Petrova', 'John Miller', 'Zhang Min', 'Dana Nurlanovna', 'Ivan Sokolov'];
const SOURCES = ['Example News', 'Daily Courier', 'Steppe Herald', 'Capital Times', 'Business Wire Desk', 'Regional Post'];
const KINDS: ClaimKind[] = ['statistic', 'quote', 'event', 'comparison', 'prediction', 'other'];
/** A desk's labels: most articles get one or two. */
const TAGS = ['elections', 'budget', 'energy', 'agriculture', 'health', 'education', 'trade', 'courts', 'transport', 'climate', 'housing', 'pensions'];
const SOURCE_TITLES = ['Customs statistics, table 3', 'Ministry press release', 'Central bank bulletin', 'Court records', 'Interview with the author'];

function sentence(random: Random): string {
  const words = Array.from({ length: between(10, 26, random) }, () => pick(WORDS, random));
  const roll = random();
  // Most check-worthy sentences carry a figure, a date or a name.
  if (roll < 0.3) words.splice(between(1, words.length - 1, random), 0, `${between(1, 99, random)}.${between(0, 9, random)} percent`);
  else if (roll < 0.5) words.splice(between(1, words.length - 1, random), 0, `$${between(1, 900, random)} million`);
  else if (roll < 0.65) words.splice(between(1, words.length - 1, random), 0, `in ${between(1995, 2025, random)}`);
  else if (roll < 0.8) words.unshift(`${pick(NAMES, random)} said`);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Text of about `length` characters in paragraphs (and at least `minSentences` sentences), and where each sentence is. */
function buildText(length: number, minSentences: number, random: Random): { text: string; sentences: { start: number; end: number }[] } {
  const sentences: { start: number; end: number }[] = [];
  let text = '';
  let leftInParagraph = 0;
  while (text.length < length || sentences.length < minSentences) {
    if (leftInParagraph === 0) {
      if (text.length > 0) text += '\n\n';
      leftInParagraph = between(2, 5, random);
    } else {
      text += ' ';
    }
    const next = sentence(random);
    sentences.push({ start: text.length, end: text.length + next.length });
    text += next;
    leftInParagraph -= 1;
  }
  return { text, sentences };
}

function buildClaim(articleId: string, body: string, span: { start: number; end: number }, at: Date, random: Random): Claim {
  const claim = createClaim(
    articleId,
    body,
    {
      ...span,
      score: Math.round(random() * 1000) / 1000,
      kind: pick(KINDS, random),
      reasons: ['figure: a number', 'attribution: said'].slice(0, between(0, 2, random)),
      checkables: random() < 0.6 ? [{ start: 0, end: Math.min(8, span.end - span.start), kind: 'figure' }] : [],
      speaker: random() < 0.2 ? pick(NAMES, random) : null,
    },
    'detected',
    at,
  );
  // The work on a library in use: verdicts on a third, notes on a quarter, sources on a tenth.
  const later = new Date(at.getTime() + between(1, 72, random) * 3_600_000);
  if (random() < 0.33) setStatus(claim, pick(CLAIM_STATUSES, random), later);
  if (random() < 0.25) setNote(claim, Array.from({ length: between(6, 50, random) }, () => pick(WORDS, random)).join(' '), later);
  if (random() < 0.1) addSource(claim, { url: `https://stats.example.org/${between(1, 99_999, random)}`, title: pick(SOURCE_TITLES, random), note: '' }, later);
  return claim;
}

/** One article with `claimCount` claims, each on a sentence of its own. */
export function buildArticle(index: number, claimCount: number, random: Random): ArticleDocument {
  const id = newArticleId();
  const importedAt = new Date(Date.UTC(2024, 0, 1) + index * 7 * 60_000);
  const title = sentence(random).slice(0, between(40, 110, random)).replace(/\s+\S*$/u, '');
  // A body of 3–8 KB, its title first.
  const { text, sentences } = buildText(between(3000, 8000, random) - title.length - 2, claimCount, random);
  const body = `${title}\n\n${text}`;
  const offset = title.length + 2;
  const chosen = [...sentences].sort(() => random() - 0.5).slice(0, claimCount);
  chosen.sort((a, b) => a.start - b.start);
  return {
    article: {
      id,
      title,
      source: pick(SOURCES, random),
      url: `https://news.example.org/${importedAt.toISOString().slice(0, 10)}/story-${index}`,
      author: random() < 0.8 ? pick(NAMES, random) : null,
      publishedAt: new Date(importedAt.getTime() - between(0, 3, random) * DAY_MS).toISOString().slice(0, 10),
      language: 'en',
      importedAt: importedAt.toISOString(),
      origin: `story-${index}.html`,
      rawText: body,
      body,
      excluded: [{ start: 0, end: title.length, reason: 'title', isIncluded: false }],
      scoreHistogram: buildScoreHistogram(sentences.map(() => random())),
      contentHash: hashArticleBody(body),
      tags: [...new Set(Array.from({ length: between(0, 2, random) }, () => pick(TAGS, random)))],
    },
    claims: chosen.map((span) => buildClaim(id, body, { start: span.start + offset, end: span.end + offset }, importedAt, random)),
    unplacedClaims: [],
  };
}

/**
 * Builds the library through the store's batch API, flushed to the disk as it goes: otherwise the first
 * flushes measured would wait for the system to write out hundreds of megabytes the build left in its cache.
 */
async function buildLibrary(dataDir: string, articles: number, claims: number): Promise<{ buildMs: number }> {
  const started = performance.now();
  const random = createRandom(SEED);
  const store = await LibraryStore.open(dataDir, 'write', { isDurable: true });
  try {
    const BATCH = 100;
    for (let first = 0; first < articles; first += BATCH) {
      const docs = [];
      for (let index = first; index < Math.min(articles, first + BATCH); index += 1) {
        // Claims spread evenly: the first (claims % articles) articles get one more.
        docs.push(buildArticle(index, Math.floor(claims / articles) + (index < claims % articles ? 1 : 0), random));
      }
      await store.addArticles(docs);
    }
  } finally {
    await store.close();
  }
  return { buildMs: Math.round(performance.now() - started) };
}

// ---- measuring -----------------------------------------------------------------------------------------

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? 0;
}

const median = (samples: readonly number[]) => percentile(samples, 0.5);

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** The longest garbage-collection pause seen since `start()`: a stall the store's code did not cause. */
function watchGarbageCollection(): { start(): void; longestMs(): number; stop(): void } {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  return {
    start: () => observer.observe({ entryTypes: ['gc'] }),
    longestMs: () => round(longest, 1),
    stop: () => observer.disconnect(),
  };
}

/**
 * Samples how late the main thread runs a 1 ms timer: its longest stall while `work` runs. On a busy machine
 * that includes time the process was not given a core at all.
 */
async function withStallMonitor<T>(work: () => Promise<T>): Promise<{ value: T; maxStallMs: number }> {
  const delay: IntervalHistogram = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  try {
    const value = await work();
    return { value, maxStallMs: round(delay.max / 1e6, 1) };
  } finally {
    delay.disable();
  }
}

interface StatusChangeFigures {
  changeMs: number[];
  openMs: number[];
}

/** Status changes on random articles: each article read first (as the window shows it), then the change timed. */
async function changeStatuses(store: LibraryStore, ids: readonly string[], count: number, random: Random): Promise<StatusChangeFigures> {
  const figures: StatusChangeFigures = { changeMs: [], openMs: [] };
  for (let sample = 0; sample < count; sample += 1) {
    const articleId = pick(ids, random);
    const { value: doc, ms: openMs } = await timed(() => store.readArticle(articleId));
    figures.openMs.push(openMs);
    const claim = doc.claims[Math.floor(random() * doc.claims.length)];
    if (!claim) continue;
    const status = pick(
      CLAIM_STATUSES.filter((candidate): candidate is ClaimStatus => candidate !== claim.status),
      random,
    );
    const { ms } = await timed(() => store.updateArticle(articleId, (draft) => setStatus(findClaim(draft, claim.id), status, new Date())));
    figures.changeMs.push(ms);
  }
  return figures;
}

async function sizeOf(file: string): Promise<number> {
  return stat(file).then(
    (info) => info.size,
    () => 0,
  );
}

/** Status changes until the journal is nearly as long as it gets before the store folds it in. */
async function fillJournal(dataDir: string, store: LibraryStore, ids: readonly string[], random: Random): Promise<number> {
  const limit = Math.max(1024 * 1024, (await sizeOf(path.join(dataDir, 'library.json'))) / 2);
  const journal = path.join(dataDir, 'library.journal');
  for (let size = await sizeOf(journal); size < limit * 0.9; size = await sizeOf(journal)) {
    await changeStatuses(store, ids, 50, random);
  }
  return sizeOf(journal);
}

interface SingleFileFigures {
  changeMs: number[];
  maxStallMs: number;
  fileBytes: number;
  claims: number;
  articleBytes: number;
}

/** Every article in one lowdb JSON file, as before the split: the same status change, written whole. */
async function measureSingleFile(dataDir: string, samples: number, random: Random): Promise<SingleFileFigures> {
  const articlesDir = path.join(dataDir, 'articles');
  const articles: ArticleDocument[] = [];
  let articleBytes = 0;
  for (const name of await readdir(articlesDir)) {
    if (!name.endsWith('.json')) continue;
    const text = await readFile(path.join(articlesDir, name), 'utf8');
    articleBytes += Buffer.byteLength(text);
    const { schemaVersion: _version, ...doc } = JSON.parse(text) as ArticleDocument & { schemaVersion: number };
    articles.push(doc);
  }
  const file = path.join(dataDir, 'single-file.json');
  const db = new Low(new JSONFile<{ articles: ArticleDocument[] }>(file), { articles });
  await db.write();
  const { value: changeMs, maxStallMs } = await withStallMonitor(async () => {
    const times: number[] = [];
    for (let sample = 0; sample < samples; sample += 1) {
      const doc = pick(articles, random);
      const claim = doc.claims[Math.floor(random() * doc.claims.length)];
      if (!claim) continue;
      const { ms } = await timed(async () => {
        setStatus(claim, pick(CLAIM_STATUSES.filter((candidate) => candidate !== claim.status), random), new Date());
        await db.write();
      });
      times.push(ms);
    }
    return times;
  });
  const figures = {
    changeMs,
    maxStallMs,
    fileBytes: await sizeOf(file),
    claims: articles.reduce((sum, doc) => sum + doc.claims.length, 0),
    articleBytes,
  };
  await rm(file, { force: true });
  return figures;
}

async function measureSearch(search: SearchHook | null, random: Random, count: number): Promise<number | null> {
  if (!search) return null;
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const query = `${pick(WORDS, random)} ${pick(WORDS, random)}`;
    times.push((await timed(() => search.search(query))).ms);
  }
  return round(median(times));
}

export async function runBenchStore(argv: string[], io: ScriptIo, search: SearchHook | null = LIBRARY_SEARCH): Promise<number> {
  const { options } = parseArgs(argv, {
    articles: 'integer',
    claims: 'integer',
    samples: 'integer',
    'single-file-samples': 'integer',
    'skip-full-journal': 'boolean',
    build: 'string',
  });
  const articles = Math.max(1, options.articles ?? 5000);
  const claims = options.claims ?? 100_000;
  if (options.build !== undefined) {
    // The child process: builds the library and says how long it took.
    io.stdout(JSON.stringify(await buildLibrary(options.build, articles, claims)));
    return 0;
  }
  const samples = Math.max(1, options.samples ?? 250);
  const singleFileSamples = Math.max(1, options['single-file-samples'] ?? 5);
  const random = createRandom(SEED + 1);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'factdesk-bench-store-'));
  try {
    io.stdout(`Building a library of ${articles} articles and ${claims} claims in ${dataDir} (a child process)…`);
    const built = await spawnScript(SCRIPT, ['--build', dataDir, '--articles', String(articles), '--claims', String(claims)]);
    if (built.code !== 0) throw new ScriptError(`building the library failed: ${built.stderr.trim() || built.stdout.trim()}`, 1);
    const { buildMs } = JSON.parse(built.stdout.trim().split('\n').at(-1) ?? '{}') as { buildMs: number };
    const indexBytes = await sizeOf(path.join(dataDir, 'library.json'));

    // This process has not touched the library yet: opening it is what the app does at start.
    const { value: store, ms: indexLoadMs } = await timed(() => LibraryStore.open(dataDir));
    const { value: listed, ms: listMs } = await timed(async () => store.listArticles());
    const ids = listed.map((summary) => summary.id);
    await search?.prepare(store);
    const rssMb = mb(process.memoryUsage().rss);

    // The longest stall with nothing to do: what the machine (other processes, the garbage collector) costs anyway.
    const { maxStallMs: idleMaxStallMs } = await withStallMonitor(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    io.stdout(`Timing ${samples} status changes on random articles, each flushed to the disk…`);
    const gc = watchGarbageCollection();
    gc.start();
    const { value: durable, maxStallMs } = await withStallMonitor(() => changeStatuses(store, ids, samples, random));
    const searchMedianMs = await measureSearch(search, random, 20);
    const rssAfterChangesMb = mb(process.memoryUsage().rss);
    const { value: compactionMs, maxStallMs: compactionMaxStallMs } = await withStallMonitor(async () => (await timed(() => store.compact())).ms);
    // Read once the observer has had a turn to deliver its entries.
    await new Promise((resolve) => setImmediate(resolve));
    const longestGcPauseMs = gc.longestMs();
    gc.stop();

    const { ms: closeMs } = await timed(() => store.close());

    // The same without flushes; then, to time opening at its slowest, the journal filled to just short of
    // the size at which the store folds it in (by these quicker changes: how the lines got there is no matter).
    const relaxedStore = await LibraryStore.open(dataDir, 'write', { isDurable: false });
    const relaxed = await changeStatuses(relaxedStore, ids, Math.min(samples, 100), random);
    let fullJournal: { bytes: number; openMs: number } | null = null;
    if (!options['skip-full-journal']) {
      io.stdout('Filling the journal to just short of its limit, then opening the library read-only…');
      const bytes = await fillJournal(dataDir, relaxedStore, ids, random);
      const { value: reader, ms: openMs } = await timed(() => LibraryStore.open(dataDir, 'read'));
      await reader.close();
      fullJournal = { bytes, openMs };
    }
    await relaxedStore.close();

    io.stdout(`Timing ${singleFileSamples} status changes on one lowdb file holding every article…`);
    const single = await measureSingleFile(dataDir, singleFileSamples, random);

    const statusChangeMedianMs = round(median(durable.changeMs));
    const singleFileMedianMs = round(median(single.changeMs));
    const figures = {
      articles: ids.length,
      claims: single.claims,
      indexLoadMs: round(indexLoadMs, 1),
      articleOpenMs: round(median(durable.openMs)),
      statusChangeMedianMs,
      statusChangeP99Ms: round(percentile(durable.changeMs, 0.99)),
      singleFileMedianMs,
      speedup: round(singleFileMedianMs / Math.max(statusChangeMedianMs, 0.001), 1),
      searchMedianMs,
      rssMb,
      maxMainThreadStallMs: maxStallMs,
      idleMaxStallMs,
      longestGcPauseMs,
      loadAverage: round(loadavg()[0] ?? 0, 1),
      statusChangeSamples: durable.changeMs.length,
      statusChangeNoFsyncMedianMs: round(median(relaxed.changeMs)),
      statusChangeNoFsyncP99Ms: round(percentile(relaxed.changeMs, 0.99)),
      indexLoadFullJournalMs: fullJournal && round(fullJournal.openMs, 1),
      journalMb: fullJournal && mb(fullJournal.bytes),
      compactionMs: round(compactionMs, 1),
      compactionMaxStallMs,
      closeMs: round(closeMs, 1),
      listArticlesMs: round(listMs, 1),
      rssAfterChangesMb,
      indexMb: mb(indexBytes),
      articleFilesMb: mb(single.articleBytes),
      singleFileMb: mb(single.fileBytes),
      singleFileSamples: single.changeMs.length,
      singleFileMaxStallMs: single.maxStallMs,
      buildSeconds: round(buildMs / 1000, 1),
    };

    const rows = [
      ['library', `${figures.articles} articles, ${figures.claims} claims; library.json ${figures.indexMb} MB, articles ${figures.articleFilesMb} MB`],
      [
        'open the library (index load)',
        `${figures.indexLoadMs} ms` + (fullJournal ? `; with a journal of ${figures.journalMb} MB: ${figures.indexLoadFullJournalMs} ms` : ''),
      ],
      ['open one article', `${figures.articleOpenMs} ms median`],
      [
        'status change, flushed to disk',
        `${statusChangeMedianMs} ms median, ${figures.statusChangeP99Ms} ms p99 (${figures.statusChangeSamples} changes)`,
      ],
      ['status change, no flush', `${figures.statusChangeNoFsyncMedianMs} ms median, ${figures.statusChangeNoFsyncP99Ms} ms p99`],
      ['same change, one lowdb file', `${singleFileMedianMs} ms median (${figures.singleFileMb} MB file, ${figures.singleFileSamples} changes)`],
      ['speedup', `${figures.speedup}x`],
      [
        'main thread, longest stall',
        `${figures.maxMainThreadStallMs} ms during the changes; ${figures.compactionMaxStallMs} ms while folding the journal in (${figures.compactionMs} ms); ` +
          `${idleMaxStallMs} ms idle; longest GC pause ${longestGcPauseMs} ms`,
      ],
      ['machine', `load average ${figures.loadAverage} on ${availableParallelism()} cores while it ran`],
      ['search', searchMedianMs === null ? 'no search module yet' : `${searchMedianMs} ms median`],
      ['resident memory', `${rssMb} MB once open; ${rssAfterChangesMb} MB after the changes`],
    ];
    for (const line of formatTable(rows)) io.stdout(line);
    io.stdout(JSON.stringify(figures));
    return 0;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = await runScript(runBenchStore);

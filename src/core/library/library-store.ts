// The library on disk: one document per article (articles/<id>.json) plus the index, one summary per article,
// which is library.json and the journal beside it (library.journal, see index-journal.ts). A change writes
// the article it touches, atomically, then appends one line to the journal; it never rewrites the whole
// index, which at a newsroom's thousands of articles is megabytes. The journal is folded into library.json
// in the background once it grows, and when the store closes.
//
// When a change's promise resolves its files are written: by default flushed to the disk, so the change
// survives a power loss as well as a crash (`isDurable: false` keeps them in the system's cache: they survive
// the process being killed, not the machine losing power).
//
// One writer at a time: a writable store holds the library's lock file, and every change runs through a
// queue, so interleaved requests never lose each other's writes. A read-only store (the CLI's `list`,
// `claims`, `export`) takes no lock, creates nothing, reads the journal too, and migrates an older library
// in memory only as far as it reads it.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ArticleDocument, ArticleSummary } from '../../shared/model';
import { FactdeskError, notFound } from '../errors';
import { syncDirectory } from '../fs/write-file-atomic';
import { isArticleId } from '../ids';
import { summarizeArticle } from './article-summary';
import { JournalWriter, applyJournalRecord, parseIndexJournal, readJournalBytes, replayJournal, type JournalRecord } from './index-journal';
import { readIndexSnapshot, writeIndexSnapshot } from './index-snapshot';
import { createJsonDocument, type JsonDocument } from './json-document';
import { ARTICLES_DIR, articlePathIn, readArticleFile } from './article-file';
import { DamagedFileError } from './damaged-file-error';
import type { LibraryNotice } from './damage-recovery';
import { backUpLibrary, formatBackupDay } from './library-backups';
import { sweepTempFiles, sweepUnlistedArticles } from './sweep-temp-files';
import { acquireLibraryLock, type LibraryLock } from './library-lock';
import { INDEX_FILE, JOURNAL_FILE, reconcileWithArticleFiles, repairArticleFile, repairIndexFile, setJournalAside, type RepairContext } from './repair-library';
import { FIRST_JOURNAL_VERSION, SCHEMA_VERSION, isOlderSchema, migrateIndexFile, type ArticleFile, type IndexFile } from './schema';

/** Below this the journal is not worth folding in while the app runs: replaying it costs a few ms. */
const COMPACT_AT_BYTES = 1024 * 1024;
/** At close the journal is folded in when library.json is this small (cheap), or the journal is 1/16 of it. */
const SMALL_INDEX_BYTES = 1024 * 1024;
const CACHED_ARTICLES = 64;

export type LibraryAccess = 'read' | 'write';

export interface LibraryOptions {
  /** Flush each change to the disk before it resolves (the default): it survives a power loss, not only a crash. */
  isDurable?: boolean;
  /**
   * The journal is folded into library.json in the background once it holds this many bytes, or half as many
   * as library.json, whichever is more (so opening never replays more than half an index's worth of lines).
   */
  compactAtBytes?: number;
  /** How many article documents stay in memory, the most recently used. */
  cachedArticles?: number;
  /**
   * A writable store backs the library up once a day (backups/, the last 7 days) and before migrating it, and
   * repairs damage instead of refusing the library: a damaged file is moved to damaged/ and its last good copy
   * restored (see repair-library.ts), with a notice (`notices`). Off, damage is reported and left untouched.
   */
  isSelfRepairing?: boolean;
  /** The clock for backup days and the names of damaged files set aside. */
  now?: () => Date;
}

/** Equal as they would be on disk (a field holding undefined is no field in JSON). */
function isSameJson(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));
}

export class LibraryStore {
  readonly #dataDir: string;
  readonly #lock: LibraryLock | null;
  /** Null when read-only. */
  readonly #journal: JournalWriter | null;
  readonly #isDurable: boolean;
  readonly #compactAtBytes: number;
  readonly #cachedArticles: number;
  /** Every summary by article id, in the order library.json keeps them. */
  readonly #entries: Map<string, ArticleSummary>;
  /** `listArticles` sorted, until the next change. */
  #sorted: ArticleSummary[] | null = null;
  #revision = 0;
  /** The last journal line written (or replayed). */
  #seq: number;
  #snapshotBytes: number;
  #hasSnapshot: boolean;
  /** Open article documents, least recently used first; the promise is cached so concurrent readers share one load. */
  readonly #articles = new Map<string, Promise<JsonDocument<ArticleFile>>>();
  /** Articles migrated in memory on opening whose file is still at an older version. */
  readonly #migratedIds = new Set<string>();
  /** The article the running change is writing: never dropped from memory mid-change. */
  #busyArticleId: string | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #compaction: Promise<void> | null = null;
  /** After a failed compaction, the journal size at which to try again. */
  #retryCompactionAt = 0;
  #isFolderReady = false;
  #isClosed = false;
  /** Set when the store repairs damage (a writer with `isSelfRepairing`). */
  #repair: RepairContext | null = null;
  #backup: Promise<void> = Promise.resolve();

  private constructor(
    dataDir: string,
    lock: LibraryLock | null,
    journal: JournalWriter | null,
    index: { entries: Map<string, ArticleSummary>; seq: number; snapshotBytes: number; hasSnapshot: boolean },
    options: LibraryOptions,
  ) {
    this.#dataDir = dataDir;
    this.#lock = lock;
    this.#journal = journal;
    this.#entries = index.entries;
    this.#seq = index.seq;
    this.#snapshotBytes = index.snapshotBytes;
    this.#hasSnapshot = index.hasSnapshot;
    this.#isDurable = options.isDurable ?? true;
    this.#compactAtBytes = options.compactAtBytes ?? COMPACT_AT_BYTES;
    this.#cachedArticles = Math.max(1, options.cachedArticles ?? CACHED_ARTICLES);
  }

  static async open(dataDir: string, access: LibraryAccess = 'write', options: LibraryOptions = {}): Promise<LibraryStore> {
    const isDurable = options.isDurable ?? true;
    const now = options.now ?? (() => new Date());
    let lock: LibraryLock | null = null;
    if (access === 'write') {
      await mkdir(dataDir, { recursive: true });
      lock = await acquireLibraryLock(dataDir);
      // Holding the lock, no other writer's temporary file can be among these.
      await sweepTempFiles([dataDir, join(dataDir, ARTICLES_DIR)]);
    }
    // A reader creates nothing, so it repairs nothing either.
    const repair: RepairContext | null = lock && options.isSelfRepairing ? { dataDir, now, isDurable, notices: [] } : null;
    try {
      const indexPath = join(dataDir, INDEX_FILE);
      const journalPath = join(dataDir, JOURNAL_FILE);
      // The journal before the index: should a writer fold the journal into the index between the two reads
      // (a reader takes no lock), the lines read are then ones the new index holds too, never a gap.
      const journalBytes = await readJournalBytes(journalPath);

      // Migrating the index may need its articles (their score histograms): those read on the way are kept.
      const readDuringMigration = new Map<string, { file: JsonDocument<ArticleFile>; wasMigrated: boolean }>();
      const readArticle = async (articleId: string): Promise<ArticleFile | null> => {
        // A reader saves nothing, so it would redo this on every run: it migrates the index from its
        // summaries alone (sentences not counted yet), and each article when it is read (see readArticle).
        if (access === 'read' || !isArticleId(articleId)) return null;
        try {
          const read = await readArticleFile(articlePathIn(dataDir, articleId), isDurable);
          if (read) readDuringMigration.set(articleId, read);
          return read?.file.data ?? null;
        } catch {
          // A damaged article keeps its place in the list; opening it reports the damage.
          return null;
        }
      };
      const readIndex = async () => {
        const snapshot = await readIndexSnapshot(indexPath);
        // Backed up before anything is migrated (and so written), whatever today's backup already holds.
        if (repair && snapshot && isOlderSchema(snapshot.data)) await backUpLibrary(dataDir, formatBackupDay(now()), { isReplacing: true });
        const index: IndexFile = snapshot
          ? await migrateIndexFile(snapshot.data, indexPath, { readArticle })
          : { schemaVersion: SCHEMA_VERSION, journalSeq: 0, articles: [] };
        return { snapshot, index };
      };
      let isIndexRepaired = false;
      let read: Awaited<ReturnType<typeof readIndex>>;
      try {
        read = await readIndex();
      } catch (error) {
        if (!repair || !(error instanceof DamagedFileError)) throw error;
        await repairIndexFile(repair, error.message);
        isIndexRepaired = true;
        read = await readIndex();
      }
      const { snapshot, index } = read;
      const isIndexMigrated = snapshot !== null && isOlderSchema(snapshot.data);
      const entries = new Map(index.articles.map((summary) => [summary.id, summary]));
      // An index from before the journal holds everything; a journal beside it is not its own.
      const isFromBeforeJournal = snapshot !== null && isOlderSchema(snapshot.data, FIRST_JOURNAL_VERSION);
      const journal = journalBytes && !isFromBeforeJournal ? parseIndexJournal(journalBytes, journalPath, { isSkippingDamage: repair !== null }) : null;
      const seq = journal ? replayJournal(entries, journal.records, index.journalSeq) : index.journalSeq;
      const isJournalDamaged = journal?.damagedLines !== undefined;
      const reconciled = repair && (isIndexRepaired || isJournalDamaged) ? await reconcileWithArticleFiles(repair, entries) : new Map<string, never>();
      const writer = lock
        ? new JournalWriter(journalPath, {
            size: journal?.validBytes ?? 0,
            hasIgnoredBytes: (journal?.ignoredBytes ?? 0) > 0,
            exists: journalBytes !== null,
            isDurable,
          })
        : null;
      const store = new LibraryStore(
        dataDir,
        lock,
        writer,
        { entries, seq, snapshotBytes: snapshot?.bytes ?? 0, hasSnapshot: snapshot !== null && !isIndexMigrated },
        options,
      );
      store.#repair = repair;
      for (const [articleId, { file, wasMigrated }] of [...readDuringMigration, ...reconciled]) {
        store.#articles.set(articleId, Promise.resolve(file));
        if (wasMigrated && !isIndexMigrated) store.#migratedIds.add(articleId);
      }
      if (isIndexMigrated && writer) {
        // Saved once, so later starts need not migrate again: articles first, the index last, each file
        // atomically; if this stops halfway the index is still old and the next start finishes the job.
        for (const { file, wasMigrated } of readDuringMigration.values()) if (wasMigrated) await file.write();
        // A journal that is not the index's own goes before the new index could replay it; the index's own
        // journal goes only once the new index holds its lines.
        if (isFromBeforeJournal) await writer.remove();
        await store.#writeSnapshot();
        if (!isFromBeforeJournal) await writer.remove();
      } else if (repair && writer && (isIndexRepaired || isJournalDamaged)) {
        // library.json holds the repaired list, then the journal goes: moved aside when damaged, else folded in.
        await store.#writeSnapshot();
        if (isJournalDamaged) await setJournalAside(repair, journal?.damagedLines ?? [], journal?.records.length ?? 0);
        await writer.remove();
      }
      // Only an index read whole (a missing one lists nothing, a repaired one was rebuilt from these very files).
      if (writer && snapshot !== null && !isIndexRepaired && !isJournalDamaged) {
        await sweepUnlistedArticles(join(dataDir, ARTICLES_DIR), (articleId) => entries.has(articleId));
      }
      store.#evictArticles();
      if (repair) store.#backup = store.#backUpToday();
      return store;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  /** Today's backup, unless there is one already; a failure is a notice, never a failed start. */
  async #backUpToday(): Promise<void> {
    const repair = this.#repair;
    if (!repair) return;
    try {
      await backUpLibrary(this.#dataDir, formatBackupDay(repair.now()));
    } catch (error) {
      repair.notices.push({ level: 'error', file: 'backups', movedTo: null, message: `Today's automatic backup of the library could not be made (${String(error)}).` });
    }
  }

  /** Resolves once the backup started on opening is written (or has failed, with a notice). */
  waitForBackup(): Promise<void> {
    return this.#backup;
  }

  /** What repairs and backups did since the library was opened, oldest first. */
  get notices(): LibraryNotice[] {
    return [...(this.#repair?.notices ?? [])];
  }

  get dataDir(): string {
    return this.#dataDir;
  }

  /** Counts changes to the list of summaries: what has read it can tell, cheaply, that it has not changed. */
  get revision(): number {
    return this.#revision;
  }

  /** Newest import first. */
  listArticles(): ArticleSummary[] {
    this.#sorted ??= [...this.#entries.values()].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
    return [...this.#sorted];
  }

  hasArticle(articleId: string): boolean {
    return this.#entries.has(articleId);
  }

  /**
   * An article's document, a copy the caller may change. `isCached: false` is for reading many once (the
   * search's index): an article not already in memory is read from its file and not kept, so thousands of
   * reads do not churn the cache the app's own reads need.
   */
  async readArticle(articleId: string, { isCached = true }: { isCached?: boolean } = {}): Promise<ArticleDocument> {
    const isShared = isCached || this.#articles.has(articleId);
    const file = isShared ? await this.#openArticle(articleId) : await this.#loadArticle(articleId);
    await this.#catchUp(articleId, file);
    const { data } = file;
    const doc = { article: data.article, claims: data.claims, unplacedClaims: data.unplacedClaims };
    // A file read for this caller alone is its own already.
    return isShared ? structuredClone(doc) : doc;
  }

  /**
   * An article migrated on opening, or whose index entry no longer matches it (a damaged file since
   * repaired counted no sentences; a crash between its two writes): a writer saves the article and its
   * entry; a reader fixes memory only.
   */
  async #catchUp(articleId: string, file: JsonDocument<ArticleFile>): Promise<void> {
    const isCurrent = (doc: JsonDocument<ArticleFile>) =>
      !this.#migratedIds.has(articleId) && isSameJson(this.#entries.get(articleId), summarizeArticle(doc.data));
    if (isCurrent(file)) return;
    if (!this.#journal) {
      if (this.hasArticle(articleId)) this.#applyToEntries({ seq: this.#seq, put: [summarizeArticle(file.data)], delete: [] });
      return;
    }
    try {
      await this.#enqueueWrite(async () => {
        if (!this.hasArticle(articleId)) return;
        // The document as the queue has it now: a change since may have replaced the one read above.
        const current = await this.#openArticle(articleId);
        if (isCurrent(current)) return;
        if (this.#migratedIds.has(articleId)) {
          await current.write();
          this.#migratedIds.delete(articleId);
        }
        const summary = summarizeArticle(current.data);
        if (!isSameJson(this.#entries.get(articleId), summary)) await this.#writeEntries({ put: [summary] });
      }, articleId);
    } catch {
      // The read itself is good: memory has the migrated article, and the next opening saves it again.
    }
  }

  addArticle(doc: ArticleDocument): Promise<ArticleSummary> {
    return this.addArticles([doc]).then(([summary]) => summary as ArticleSummary);
  }

  /**
   * Adds new articles: their documents first, then one journal line naming them all, so the index never
   * names a missing file and a crash adds all of them or none; if the line cannot be written, the new
   * documents are removed again.
   */
  addArticles(docs: ArticleDocument[]): Promise<ArticleSummary[]> {
    return this.#enqueueWrite(async () => {
      const ids = docs.map((doc) => doc.article.id);
      if (new Set(ids).size !== ids.length || ids.some((id) => !isArticleId(id) || this.hasArticle(id))) {
        throw new FactdeskError('conflict', 'An article with this id already exists.');
      }
      const files = docs.map((doc) => ({
        id: doc.article.id,
        file: createJsonDocument<ArticleFile>(this.#articlePath(doc.article.id), { schemaVersion: SCHEMA_VERSION, ...doc }, { isDurable: this.#isDurable }),
      }));
      try {
        for (const { file } of files) await file.write({ isFolderSyncDeferred: true });
        const summaries = docs.map(summarizeArticle);
        await this.#writeEntriesWithFolder({ put: summaries });
        for (const { id, file } of files) this.#articles.set(id, Promise.resolve(file));
        this.#evictArticles();
        return summaries;
      } catch (error) {
        await Promise.all(docs.map((doc) => rm(this.#articlePath(doc.article.id), { force: true })));
        throw error;
      }
    });
  }

  /**
   * Changes one article: `change` edits a copy of its document and returns a value; the document and
   * the index are written only when `change` succeeds, so a failed change leaves nothing half-done.
   */
  updateArticle<T>(articleId: string, change: (doc: ArticleDocument) => T): Promise<{ value: T; summary: ArticleSummary }> {
    return this.#enqueueWrite(async () => {
      const file = await this.#openArticle(articleId);
      const draft = structuredClone({ article: file.data.article, claims: file.data.claims, unplacedClaims: file.data.unplacedClaims });
      const value = change(draft);
      const previous = file.data;
      file.data = { schemaVersion: SCHEMA_VERSION, ...draft };
      try {
        await file.write({ isFolderSyncDeferred: true });
      } catch (error) {
        file.data = previous;
        throw error;
      }
      this.#migratedIds.delete(articleId);
      const summary = summarizeArticle(draft);
      // The article's rename flushed while its journal line is written: two flushes at once, not one after the other.
      await this.#writeEntriesWithFolder({ put: [summary] });
      return { value, summary };
    }, articleId);
  }

  deleteArticle(articleId: string): Promise<void> {
    return this.#enqueueWrite(async () => {
      if (!this.hasArticle(articleId)) throw notFound('The article');
      // The index first: an article file the index no longer names is harmless, the reverse is not.
      await this.#writeEntries({ delete: [articleId] });
      this.#articles.delete(articleId);
      this.#migratedIds.delete(articleId);
      await rm(this.#articlePath(articleId), { force: true });
    });
  }

  /**
   * Folds the journal into library.json now, after every change queued before it: library.json then holds
   * the whole index by itself. Changes made meanwhile are not held up; they go on to the journal.
   */
  compact(): Promise<void> {
    if (!this.#journal) return Promise.reject(new FactdeskError('internal', 'This library was opened read-only.'));
    // Started at once when none runs, so it takes the summaries before any change asked for after this call.
    const running = this.#compaction;
    return running ? running.catch(() => undefined).then(() => this.#compact()) : this.#compact();
  }

  /** Waits for every queued change to be written, folds the journal in when worth it, and lets go of the library. */
  async close(): Promise<void> {
    this.#isClosed = true;
    await this.#queue.catch(() => undefined);
    await this.#compaction?.catch(() => undefined);
    await this.#backup;
    const journal = this.#journal;
    if (journal && journal.size > 0 && (this.#snapshotBytes <= SMALL_INDEX_BYTES || journal.size * 16 >= this.#snapshotBytes)) {
      // A journal that cannot be folded in stays as it is: opening replays it.
      await this.#compact().catch(() => undefined);
    }
    await this.#lock?.release();
  }

  #openArticle(articleId: string): Promise<JsonDocument<ArticleFile>> {
    if (!isArticleId(articleId) || !this.hasArticle(articleId)) return Promise.reject(notFound('The article'));
    const cached = this.#articles.get(articleId);
    if (cached) {
      // Most recently used last.
      this.#articles.delete(articleId);
      this.#articles.set(articleId, cached);
      return cached;
    }
    const loading = this.#loadArticle(articleId);
    this.#articles.set(articleId, loading);
    loading.catch(() => {
      if (this.#articles.get(articleId) === loading) this.#articles.delete(articleId);
    });
    this.#evictArticles();
    return loading;
  }

  /** Reads an article's file (repairing a damaged one), not through the cache. */
  #loadArticle(articleId: string): Promise<JsonDocument<ArticleFile>> {
    if (!isArticleId(articleId) || !this.hasArticle(articleId)) return Promise.reject(notFound('The article'));
    const path = this.#articlePath(articleId);
    return readArticleFile(path, this.#isDurable)
      .catch((error: unknown) => this.#repairArticle(articleId, error))
      .then((read) => {
        if (!read) throw new FactdeskError('io', `The library lists article ${articleId}, but its file ${path} is missing.`);
        if (read.wasMigrated) this.#migratedIds.add(articleId);
        return read.file;
      });
  }

  /**
   * A damaged article's file, moved aside and restored from a backup; with no good copy the article is dropped
   * from the list (a journal line queued after the running change, never awaited here: this may run inside one)
   * and the read fails saying so. Without repairs, the damage is reported as it is.
   */
  async #repairArticle(articleId: string, error: unknown): Promise<Awaited<ReturnType<typeof readArticleFile>>> {
    const repair = this.#repair;
    if (!repair || !(error instanceof DamagedFileError)) throw error;
    const repaired = await repairArticleFile(repair, articleId, this.#entries.get(articleId)?.title ?? null);
    if (repaired) return repaired;
    this.#enqueueWrite(async () => {
      if (this.hasArticle(articleId)) await this.#writeEntries({ delete: [articleId] });
    }).catch(() => {
      // The entry stays; opening the article again says its file is missing.
    });
    throw new FactdeskError('io', repair.notices.at(-1)?.message ?? `The article ${articleId} was damaged.`);
  }

  /**
   * Drops the least recently used documents past the limit; a reader that still holds one keeps it. Never
   * the one a change is writing: a read meanwhile would load the file from before the change and keep it.
   */
  #evictArticles(): void {
    for (const articleId of this.#articles.keys()) {
      if (this.#articles.size <= this.#cachedArticles) return;
      if (articleId !== this.#busyArticleId) this.#articles.delete(articleId);
    }
  }

  /** Appends a journal line, then applies it to memory; memory keeps the old entries if the write fails. */
  async #writeEntries({ put = [], delete: deleted = [] }: { put?: ArticleSummary[]; delete?: string[] }): Promise<void> {
    const journal = this.#requireJournal();
    const record: JournalRecord = { seq: this.#seq + 1, put, delete: deleted };
    await journal.append(record);
    this.#seq = record.seq;
    this.#applyToEntries(record);
    this.#compactIfDue(journal);
  }

  #applyToEntries(record: JournalRecord): void {
    this.#revision += 1;
    const sorted = this.#sorted;
    for (const summary of record.put) {
      // A summary replaced with the same import time keeps its place, as it does in #entries: the sorted list
      // is patched, not sorted again (thousands of comparisons on the main thread after every change).
      const index = sorted && this.#entries.get(summary.id)?.importedAt === summary.importedAt ? sorted.findIndex((entry) => entry.id === summary.id) : -1;
      if (sorted && index >= 0) sorted[index] = summary;
      else this.#sorted = null;
    }
    if (record.delete.length > 0) this.#sorted = this.#sorted?.filter((entry) => !record.delete.includes(entry.id)) ?? null;
    applyJournalRecord(this.#entries, record);
  }

  #compactIfDue(journal: JournalWriter): void {
    const limit = Math.max(this.#compactAtBytes, this.#snapshotBytes / 2, this.#retryCompactionAt);
    if (this.#compaction || this.#isClosed || journal.size < limit) return;
    this.#compact().catch(() => {
      // Tried again once the journal has grown as much again; meanwhile it keeps every change.
      this.#retryCompactionAt = journal.size + this.#compactAtBytes;
    });
  }

  /** One compaction at a time; see compact(). */
  #compact(): Promise<void> {
    this.#compaction ??= this.#runCompaction().finally(() => {
      this.#compaction = null;
    });
    return this.#compaction;
  }

  async #runCompaction(): Promise<void> {
    const journal = this.#requireJournal();
    // Taken between two changes: the summaries as of line `seq`, and where the lines after it start.
    const taken = await this.#runInQueue(async () => ({ seq: this.#seq, articles: [...this.#entries.values()], cut: journal.size }));
    if (taken.cut === 0 && this.#hasSnapshot) return;
    // Written while changes go on: they append lines past `cut`, which the new snapshot does not hold.
    await this.#writeSnapshot(taken);
    await this.#runInQueue(() => journal.keepFrom(taken.cut));
    this.#retryCompactionAt = 0;
  }

  /** Writes library.json: the summaries as of a journal line (by default, all of them now). */
  async #writeSnapshot({ seq, articles }: { seq: number; articles: ArticleSummary[] } = { seq: this.#seq, articles: [...this.#entries.values()] }): Promise<number> {
    const bytes = await writeIndexSnapshot(join(this.#dataDir, INDEX_FILE), { schemaVersion: SCHEMA_VERSION, journalSeq: seq, articles });
    this.#snapshotBytes = bytes;
    this.#hasSnapshot = true;
    return bytes;
  }

  /**
   * The journal line, and the articles folder flushed (the renames of the files just written) at the same
   * time: two flushes at once rather than one after the other. Both end before this does, either way.
   */
  async #writeEntriesWithFolder(change: { put?: ArticleSummary[]; delete?: string[] }): Promise<void> {
    const folder = this.#isDurable ? syncDirectory(join(this.#dataDir, ARTICLES_DIR)) : Promise.resolve();
    const [synced, written] = await Promise.allSettled([folder, this.#writeEntries(change)]);
    if (written.status === 'rejected') throw written.reason;
    if (synced.status === 'rejected') throw synced.reason;
  }

  #requireJournal(): JournalWriter {
    if (!this.#journal) throw new FactdeskError('internal', 'This library was opened read-only.');
    return this.#journal;
  }

  #articlePath(articleId: string): string {
    return articlePathIn(this.#dataDir, articleId);
  }

  /** Runs a task after every earlier one (changes and compaction steps alike). */
  #runInQueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Runs a change after every earlier one, in a library opened for writing, with its folders in place. */
  #enqueueWrite<T>(task: () => Promise<T>, articleId: string | null = null): Promise<T> {
    // Changes queued before close() still run; later ones are refused, as the lock will be gone.
    if (this.#isClosed) return Promise.reject(new FactdeskError('conflict', 'The library was closed; the change was not saved.'));
    return this.#runInQueue(async () => {
      this.#requireJournal();
      if (!this.#isFolderReady) {
        await mkdir(join(this.#dataDir, ARTICLES_DIR), { recursive: true });
        // library.json first, at this version, so an older Factdesk refuses the library rather than miss its journal.
        if (!this.#hasSnapshot) await this.#writeSnapshot();
        this.#isFolderReady = true;
      }
      this.#busyArticleId = articleId;
      try {
        return await task();
      } finally {
        this.#busyArticleId = null;
      }
    });
  }
}

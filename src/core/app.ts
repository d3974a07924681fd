// Factdesk's application service: the library and every API operation, over one data folder.
// Electron main and the e2e harness both open it and call `dispatch`; the CLI uses the same pieces.
import type { RedetectAllResult } from '../shared/api';
import type { AppHost } from './app-host';
import { createDispatch, toApiError, type ApiHandlers, type Dispatch } from './api-dispatch';
import {
  addManualClaim,
  addSource,
  findClaim,
  signChanges,
  removeSource,
  setNote,
  setStatus,
  setText,
} from './claims/claim-edits';
import { DeletedClaims, putBackClaim, removeClaim } from './claims/deleted-claims';
import { setRangeIncluded } from './claims/exclusions';
import { redetectClaims } from './claims/redetect';
import { exportArticleReport, suggestReportFileName } from './export-article-report';
import { createInProcessBuilder, type DocumentBuilder } from './import';
import type { FetchOptions } from './import/fetch-article';
import { createImportHandlers } from './import-handlers';
import { readLibraryBackup, refuseUnlessEmpty, restoreLibraryBackup, suggestBackupFileName, writeLibraryBackup } from './library/backup-file';
import { LibraryStore } from './library/library-store';
import { PreferencesStore, type Warn } from './preferences';
import { LibrarySearch } from './search/library-search';
import { trackSearchChanges } from './search/track-search-changes';

/** What to do when a restore finds articles in the library. */
const RESTORE_REMEDY = 'back up these articles if you want them, delete them, then restore';

export interface FactdeskOptions {
  dataDir: string;
  host: AppHost;
  now?: () => Date;
  log?: (error: unknown) => void;
  /** Problems worth a line in the log that stop nothing, e.g. a damaged preferences file. */
  warn?: Warn;
  /**
   * Where imports are read and detected: main and the e2e harness pass a worker-thread builder so a batch never
   * blocks the main thread; by default (the CLI, unit tests) in this thread. Closed with the app.
   */
  builder?: DocumentBuilder;
  /** How web addresses are fetched (tests pass a fetch that never leaves the machine). */
  fetchOptions?: FetchOptions;
  /** The app's version, recorded in backups. */
  appVersion?: string;
}

export interface Factdesk {
  library: LibraryStore;
  preferences: PreferencesStore;
  handlers: ApiHandlers;
  dispatch: Dispatch;
  /** Builds the search index in the background (a year's library takes seconds), so the first search is quick. */
  prepareSearch(): Promise<void>;
  close(): Promise<void>;
}

export async function openFactdesk({
  dataDir,
  host,
  now = () => new Date(),
  log,
  warn,
  builder = createInProcessBuilder(),
  fetchOptions,
  appVersion = 'unknown',
}: FactdeskOptions): Promise<Factdesk> {
  // The app backs the library up daily and repairs damage rather than refusing to start; see library.notices.
  const library = await LibraryStore.open(dataDir, 'write', { isSelfRepairing: true, now });
  let preferences: PreferencesStore;
  try {
    preferences = await PreferencesStore.open(dataDir, warn);
  } catch (error) {
    await library.close();
    throw error;
  }
  /** Detection runs at the user's sensitivity, read at each use so a saved change applies at once. */
  const threshold = () => preferences.get().claimThreshold;

  /** How many of the library's repair notices the page has been told. */
  let deliveredNotices = 0;

  /** Who signs the fact-checker's changes: the name set in the preferences, read at each change. */
  const userName = () => preferences.get().userName;

  /** Claims deleted since the app opened, which undo can put back (see claims/deleted-claims.ts). */
  const deletedClaims = new DeletedClaims();

  const updateClaim = async (articleId: string, claimId: string, change: (claim: ReturnType<typeof findClaim>) => void) => {
    const { value, summary } = await library.updateArticle(articleId, (doc) => {
      const claim = findClaim(doc, claimId);
      const before = claim.history.length;
      change(claim);
      signChanges(claim.history.slice(before), userName());
      return claim;
    });
    return { claim: value, summary };
  };

  /** Full-text search, indexed at the first search and told of every change made through the handlers. */
  const search = new LibrarySearch(library);

  const handlers: ApiHandlers = trackSearchChanges({
    listArticles: async () => library.listArticles(),
    getArticle: ({ articleId }) => library.readArticle(articleId),
    deleteArticle: async ({ articleId }) => {
      await library.deleteArticle(articleId);
      deletedClaims.forgetArticle(articleId);
      return { articleId };
    },
    ...createImportHandlers({ library, builder, host, threshold, now, fetchOptions, log }),
    setArticleTags: async ({ articleId, tags }) => {
      const { summary } = await library.updateArticle(articleId, (doc) => {
        doc.article.tags = tags;
      });
      return { summary };
    },
    setClaimStatus: ({ articleId, claimId, status }) => updateClaim(articleId, claimId, (claim) => setStatus(claim, status, now())),
    setClaimNote: ({ articleId, claimId, note }) => updateClaim(articleId, claimId, (claim) => setNote(claim, note, now())),
    setClaimText: ({ articleId, claimId, text }) => updateClaim(articleId, claimId, (claim) => setText(claim, text, now())),
    addClaimSource: ({ articleId, claimId, url, title, note }) =>
      updateClaim(articleId, claimId, (claim) => addSource(claim, { url, title, note }, now())),
    removeClaimSource: ({ articleId, claimId, sourceId }) =>
      updateClaim(articleId, claimId, (claim) => removeSource(claim, sourceId, now())),
    deleteClaim: async ({ articleId, claimId }) => {
      const { value, summary } = await library.updateArticle(articleId, (doc) => removeClaim(doc, claimId));
      // Kept only once the deletion is written: a failed write leaves the claim where it was.
      deletedClaims.keep(value);
      return { articleId, claimId, summary };
    },
    restoreClaim: async ({ articleId, claimId }) => {
      const deleted = deletedClaims.find(articleId, claimId);
      const { value, summary } = await library.updateArticle(articleId, (doc) => putBackClaim(doc, deleted));
      deletedClaims.forget(articleId, claimId);
      return { ...value, summary };
    },
    addClaim: async ({ articleId, start, end }) => {
      const { value, summary } = await library.updateArticle(articleId, (doc) => {
        const claim = addManualClaim(doc, start, end, now());
        signChanges(claim.history, userName());
        return claim;
      });
      return { claim: value, summary };
    },
    setRangeIncluded: async ({ articleId, start, isIncluded, keepClaimIds = [] }) => {
      const keep = new Set(keepClaimIds);
      await library.updateArticle(articleId, (doc) => setRangeIncluded(doc, start, isIncluded, threshold(), now(), keep));
      return library.readArticle(articleId);
    },
    redetectClaims: async ({ articleId, keepClaimIds = [] }) => {
      const keep = new Set(keepClaimIds);
      const { value, summary } = await library.updateArticle(articleId, (doc) => {
        const changes = redetectClaims(doc, threshold(), now(), keep);
        // A copy: the store keeps the document it writes.
        return { changes, document: structuredClone(doc) };
      });
      return { document: value.document, summary, changes: value.changes };
    },
    redetectAllClaims: async ({ keepClaimIds = [] } = {}) => {
      const keep = new Set(keepClaimIds);
      const result: RedetectAllResult = { articleCount: 0, added: 0, removed: 0, kept: 0, failed: [] };
      // One article at a time, each written on its own: a damaged file is reported and the rest are done.
      for (const { id, title } of library.listArticles()) {
        try {
          const { value } = await library.updateArticle(id, (doc) => redetectClaims(doc, threshold(), now(), keep));
          result.articleCount += 1;
          result.added += value.added;
          result.removed += value.removed;
          result.kept += value.kept;
        } catch (error) {
          result.failed.push({ name: title, message: toApiError(error, log).message });
        }
      }
      return result;
    },
    getPreferences: async () => preferences.get(),
    takeLibraryNotices: async () => {
      const all = library.notices;
      const fresh = all.slice(deliveredNotices);
      deliveredNotices = all.length;
      return fresh;
    },
    setPreferences: (changes) => preferences.set(changes),
    exportReport: async ({ articleId }) => {
      const doc = await library.readArticle(articleId);
      const path = await host.chooseReportPath(suggestReportFileName(doc.article.title));
      if (path === null) return { isCancelled: true, path: null };
      await exportArticleReport(doc, path, host.printToPdf, { generatedAt: now() });
      return { isCancelled: false, path };
    },
    backupLibrary: async () => {
      const path = await host.chooseBackupPath(suggestBackupFileName(now()));
      if (path === null) return { isCancelled: true, path: null, articleCount: 0 };
      const { articleCount } = await writeLibraryBackup(path, library, { preferences: preferences.get(), createdAt: now(), appVersion });
      return { isCancelled: false, path, articleCount };
    },
    restoreLibrary: async () => {
      // Refused before the dialog, so the user is not asked for a file that cannot be restored.
      refuseUnlessEmpty(library, RESTORE_REMEDY);
      const path = await host.chooseBackupToRestore();
      if (path === null) return { isCancelled: true, path: null, articleCount: 0 };
      const { articleCount } = await restoreLibraryBackup(await readLibraryBackup(path), { library, preferences }, RESTORE_REMEDY);
      return { isCancelled: false, path, articleCount };
    },
    searchLibrary: (request) => search.search(request),
  }, search);

  return {
    library,
    preferences,
    handlers,
    dispatch: createDispatch(handlers, log),
    prepareSearch: () => search.prepare(),
    // Both queues drain: a preferences save on its way when the app quits is written, not cut off. A search
    // index being built stops first: its reads would fail on a closed library.
    close: async () => {
      await search.stop();
      await Promise.all([library.close(), preferences.close(), builder.close()]);
    },
  };
}

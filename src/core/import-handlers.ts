// The import operations: every source goes through one path (build the document off the main thread, look
// for a duplicate, then add it or hold it for the fact-checker's decision), and replacing an article carries
// the work done on it over to the new text.
import type { ApiHandlers } from './api-dispatch';
import type { DuplicateResolution, ImportOutcome, ImportReport } from '../shared/api';
import type { ArticleDocument } from '../shared/model';
import type { AppHost } from './app-host';
import { toApiError } from './api-dispatch';
import { reanchorClaims } from './claims/reanchor';
import { FactdeskError, notFound } from './errors';
import { newChosenFileId } from './ids';
import { fetchArticleSource, readFileSource, type DocumentBuilder, type SourceToImport } from './import';
import type { FetchOptions } from './import/fetch-article';
import { findDuplicate } from './import/find-duplicate';
import { listImportFiles } from './import/list-import-files';
import { PendingImports } from './import/pending-imports';
import type { LibraryStore } from './library/library-store';
import { SAMPLE_FILES, samplePath } from './sample-articles';

export interface ImportContext {
  library: LibraryStore;
  builder: DocumentBuilder;
  host: AppHost;
  /** The user's claim sensitivity, read at each import. */
  threshold: () => number;
  now: () => Date;
  fetchOptions?: FetchOptions;
  log?: (error: unknown) => void;
}

type ImportHandlers = Pick<
  ApiHandlers,
  | 'importText'
  | 'importUrl'
  | 'importFile'
  | 'importSampleArticles'
  | 'chooseImportFiles'
  | 'importChosenFile'
  | 'resolveDuplicate'
  | 'dismissUnplacedClaim'
>;

const NO_LONGER_WAITING =
  'That import is no longer waiting for a decision (it was decided already, or the app was restarted). Import the file again.';

export function createImportHandlers({ library, builder, host, threshold, now, fetchOptions, log }: ImportContext): ImportHandlers {
  const pending = new PendingImports();
  /** Files chosen in the open dialog, by id, until imported: the page never sees or sends a path. */
  const chosen = new Map<string, { path: string; name: string }>();

  const build = ({ source, origin }: SourceToImport): Promise<ArticleDocument> =>
    builder.build({ source, origin, threshold: threshold(), now: now() });

  const importSource = async (toImport: SourceToImport): Promise<ImportOutcome> => {
    const doc = await build(toImport);
    const duplicate = findDuplicate(library.listArticles(), doc.article);
    if (duplicate === null) return { kind: 'imported', summary: await library.addArticle(doc) };
    const pendingId = pending.hold({ doc, name: toImport.origin, existingId: duplicate.existing.id });
    return { kind: 'duplicate', duplicate: { pendingId, name: toImport.origin, title: doc.article.title, ...duplicate } };
  };

  const replaceArticle = async (existingId: string, next: ArticleDocument): Promise<DuplicateResolution> => {
    const { value: changes, summary } = await library.updateArticle(existingId, (draft) => {
      // Claims left for review by an earlier replacement get another chance to be placed, and stay listed if not.
      const result = reanchorClaims(draft, next, new Set(), { threshold: threshold(), now: now() });
      const { article, claims, unplacedClaims } = result.document;
      // A verdict given on other words says so in the claim's history.
      const previousQuotes = new Map([...draft.claims, ...draft.unplacedClaims].map((claim) => [claim.id, claim.quote]));
      const at = now().toISOString();
      for (const { claimId, isTextChanged } of result.placed) {
        const claim = claims.find((candidate) => candidate.id === claimId);
        const from = previousQuotes.get(claimId);
        if (isTextChanged && claim && from !== undefined) claim.history.push({ kind: 'quote-changed', at, from, to: claim.quote });
      }
      Object.assign(draft, { article, claims, unplacedClaims });
      return {
        placed: result.placed.length,
        changed: result.placed.filter((claim) => claim.isTextChanged).length,
        unplaced: result.unplaced.length,
      };
    });
    return { kind: 'replaced', summary, changes };
  };

  return {
    importText: ({ text, html, name }) => importSource({ source: { kind: 'text', name, text, html: html ?? null }, origin: name ?? 'pasted text' }),
    importUrl: async ({ url }) => importSource(await fetchArticleSource(url, fetchOptions)),
    importFile: ({ name, contentBase64 }) => {
      // The name without its folders; a name that is only folders ("a/") still names something.
      const fileName = name.replaceAll('\\', '/').split('/').filter((part) => part !== '').at(-1) ?? name;
      return importSource({ source: { kind: 'file', name: fileName, bytes: Buffer.from(contentBase64, 'base64') }, origin: fileName });
    },
    importSampleArticles: async () => {
      const report: ImportReport = { isCancelled: false, imported: [], skipped: [], failed: [] };
      for (const path of SAMPLE_FILES.map(samplePath)) {
        const name = path.split(/[\\/]/u).at(-1) ?? path;
        try {
          const doc = await build(await readFileSource(path));
          const duplicate = findDuplicate(library.listArticles(), doc.article);
          if (duplicate) report.skipped.push({ name: doc.article.title, message: 'Already in the library.' });
          else report.imported.push(await library.addArticle(doc));
        } catch (error) {
          report.failed.push({ name, message: toApiError(error, log).message });
        }
      }
      return report;
    },
    chooseImportFiles: async ({ kind }) => {
      const paths = await host.chooseFilesToImport(kind);
      if (paths === null) return { isCancelled: true, files: [], skipped: [] };
      const listed = await listImportFiles(paths);
      const files = listed.files.map(({ path, name, size }) => {
        const fileId = newChosenFileId();
        chosen.set(fileId, { path, name });
        return { fileId, name, size };
      });
      return { isCancelled: false, files, skipped: listed.skipped };
    },
    importChosenFile: async ({ fileId }) => {
      const file = chosen.get(fileId);
      if (!file) throw new FactdeskError('not-found', 'That file is no longer waiting to be imported. Choose it again.');
      chosen.delete(fileId);
      return importSource(await readFileSource(file.path, file.name));
    },
    resolveDuplicate: async ({ pendingId, action }) => {
      const held = pending.take(pendingId);
      if (!held) throw new FactdeskError('not-found', NO_LONGER_WAITING);
      if (action === 'skip') return { kind: 'skipped' };
      // Replacing an article deleted meanwhile adds the new version as it is.
      if (action === 'keep-both' || !library.hasArticle(held.existingId)) {
        return { kind: 'imported', summary: await library.addArticle(held.doc) };
      }
      return replaceArticle(held.existingId, held.doc);
    },
    dismissUnplacedClaim: async ({ articleId, claimId }) => {
      await library.updateArticle(articleId, (draft) => {
        if (!draft.unplacedClaims.some((claim) => claim.id === claimId)) throw notFound('The claim');
        draft.unplacedClaims = draft.unplacedClaims.filter((claim) => claim.id !== claimId);
      });
      return library.readArticle(articleId);
    },
  };
}

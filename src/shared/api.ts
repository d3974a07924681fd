// The API contract: every operation the UI can ask of the app, declared once.
// Main registers one handler per key, the preload exposes one function per key, the renderer's client
// is typed from it, and core validates every argument against these schemas before acting.
import * as v from 'valibot';
import type { ArticleDocument, ArticleSummary, Claim } from './model';
import { MAX_FILE_BYTES, MAX_TEXT_CHARS } from './limits';
import { CLAIM_STATUSES, LANGUAGES, type ClaimStatus } from './model';
import type { Preferences } from './preferences';
import { CLAIM_THRESHOLD_RULE, MAX_USER_NAME_CHARS, isClaimThreshold, normalizeUserName, roundClaimThreshold } from './preferences';
import { MAX_TAGS, MAX_TAG_CHARS, checkTag, normalizeTags } from './tags';
import { isHttpUrl } from './urls';

/** An operation: the schema of its one argument, and (as a type only) its result. */
export interface Operation<Input extends v.GenericSchema, Result> {
  readonly input: Input;
  /** Never set: carries the result type. */
  readonly result?: Result;
}

function operation<Result>() {
  return <Input extends v.GenericSchema>(input: Input): Operation<Input, Result> => ({ input });
}

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'Not a valid id.'));
const articleRef = v.strictObject({ articleId: id });
const claimRef = { articleId: id, claimId: id };
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const noInput = v.optional(v.strictObject({}));
/**
 * Claims with a form open in the UI (new wording, a source being added): detection keeps them as if worked
 * on, so the form's unsaved text never loses its claim. Ids of other articles' claims are ignored.
 */
const keepClaimIds = v.optional(v.pipe(v.array(id), v.maxLength(10_000, 'Too many claims to keep.')));
/**
 * Padded base64, as a dropped file's bytes arrive. Not valibot's base64(): its regex overflows the stack from about
 * 4.5 million characters (a 3.4 MB file) in Node, so dropping such a file threw instead of importing. This is linear.
 */
function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/u.test(text);
}
const claimThreshold = v.pipe(v.number(CLAIM_THRESHOLD_RULE), v.check(isClaimThreshold, CLAIM_THRESHOLD_RULE), v.transform(roundClaimThreshold));

export const MAX_NOTE_CHARS = 20_000;
export const MAX_CLAIM_TEXT_CHARS = 5_000;

export interface ClaimUpdate {
  claim: Claim;
  summary: ArticleSummary;
}

/** A claim deleted: which one, and its article's summary without it. */
export interface ClaimRemoval {
  articleId: string;
  claimId: string;
  summary: ArticleSummary;
}

/** A deleted claim put back, as it was. */
export interface RestoredClaim extends ClaimUpdate {
  /** Its words are no longer in the text (a new version replaced it): kept with the claims for review instead. */
  isUnplaced: boolean;
}

export interface ImportFailure {
  name: string;
  message: string;
}

export interface ImportReport {
  isCancelled: boolean;
  imported: ArticleSummary[];
  /** Not imported, on purpose: already in the library, or not an article format (a folder's images). */
  skipped: ImportFailure[];
  failed: ImportFailure[];
}

/** Why an import was taken for one already in the library: the same words, or the same page (a changed version). */
export const DUPLICATE_MATCHES = ['same-body', 'same-url'] as const;
export type DuplicateMatch = (typeof DUPLICATE_MATCHES)[number];

/** An import held back because the library has it already; resolveDuplicate decides what becomes of it. */
export interface DuplicateImport {
  pendingId: string;
  /** The file, address or "pasted text" it came from. */
  name: string;
  title: string;
  match: DuplicateMatch;
  existing: ArticleSummary;
}

export type ImportOutcome = { kind: 'imported'; summary: ArticleSummary } | { kind: 'duplicate'; duplicate: DuplicateImport };

export const DUPLICATE_ACTIONS = ['skip', 'replace', 'keep-both'] as const;
/** skip: leave the library as it is; replace: the new version replaces the old, claims carried over; keep-both. */
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];

/** What replacing an article did to the claims worked on in it. */
export interface ReplaceChanges {
  /** Found again in the new text, exactly or nearly. */
  placed: number;
  /** Of those, found only nearly: their wording changed under the verdict. */
  changed: number;
  /** Not found: kept on the article for review. */
  unplaced: number;
}

export type DuplicateResolution =
  | { kind: 'skipped' }
  | { kind: 'imported'; summary: ArticleSummary }
  | { kind: 'replaced'; summary: ArticleSummary; changes: ReplaceChanges };

/** A file the user chose (alone or inside a chosen folder), waiting to be imported by importChosenFile. */
export interface ChosenFile {
  fileId: string;
  /** The file's name, with its folder path below the chosen folder. */
  name: string;
  size: number;
}

export interface ChosenFiles {
  isCancelled: boolean;
  files: ChosenFile[];
  /** Files in chosen folders that are not a format Factdesk imports. */
  skipped: ImportFailure[];
}

/** What re-running detection changed: claims added and removed, and the worked-on claims kept as they were. */
export interface RedetectChanges {
  added: number;
  removed: number;
  kept: number;
}

export interface RedetectResult {
  document: ArticleDocument;
  summary: ArticleSummary;
  changes: RedetectChanges;
}

export interface RedetectAllResult extends RedetectChanges {
  /** How many articles detection ran on. */
  articleCount: number;
  /** Articles it could not run on (a damaged file), by title; the others were done. */
  failed: ImportFailure[];
}

/** What the library repaired on its own: a damaged file moved aside, and what was restored in its place. */
export interface LibraryNotice {
  /** 'info' when everything was recovered from a backup or the other files, 'error' when something may be lost. */
  level: 'info' | 'error';
  /** The damaged file, relative to the library folder (`library.json`, `articles/<id>.json`). */
  file: string;
  /** Where it was moved, relative to the library folder. */
  movedTo: string | null;
  message: string;
}

export interface ExportOutcome {
  isCancelled: boolean;
  path: string | null;
}

/** A backup written, or a backup restored: where, and how many articles. */
export interface BackupOutcome {
  isCancelled: boolean;
  path: string | null;
  articleCount: number;
}

/** Tags as a request gives them: normalised (shared/tags.ts), then at most MAX_TAGS, each a tag that can be kept. */
const tagList = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(MAX_TAG_CHARS * 4, `A tag can have at most ${MAX_TAG_CHARS} characters.`))),
  v.maxLength(MAX_TAGS * 4, `An article can have at most ${MAX_TAGS} tags.`),
  v.transform((tags: string[]) => normalizeTags(tags)),
  v.maxLength(MAX_TAGS, `An article can have at most ${MAX_TAGS} tags.`),
  v.check(
    (tags) => tags.every((tag) => checkTag(tag) === null),
    (issue) => (Array.isArray(issue.input) ? issue.input.map((tag) => checkTag(String(tag))).find((problem) => problem !== null) : null) ?? 'A tag cannot be kept.',
  ),
);

export const MAX_SEARCH_QUERY_CHARS = 500;
export const MAX_SEARCH_LIMIT = 200;
/** How many sources, and how many tags, a search can be narrowed to at once. */
export const MAX_SEARCH_SOURCES = 100;
export const MAX_SEARCH_TAGS = 100;

/** Where a search hit's words are: in a claim (its quote, wording, note or sources) or in its article. */
export const SEARCH_FIELDS = ['quote', 'wording', 'note', 'sources', 'title', 'byline', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A piece of the matched text, and where the query's words are in it (offsets into `text`). */
export interface SearchSnippet {
  text: string;
  matches: { start: number; end: number }[];
}

export interface SearchHit {
  articleId: string;
  articleTitle: string;
  /** Null when the words are in the article itself (its title, byline or text), not in one of its claims. */
  claimId: string | null;
  status: ClaimStatus | null;
  field: SearchField;
  snippet: SearchSnippet;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many matched in all; `hits` holds the best of them, up to the limit asked for. */
  total: number;
}

const isoDate = v.pipe(v.string(), v.maxLength(10), v.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/u, 'Not a date (YYYY-MM-DD).'));

export const api = {
  listArticles: operation<ArticleSummary[]>()(noInput),
  getArticle: operation<ArticleDocument>()(articleRef),
  deleteArticle: operation<{ articleId: string }>()(articleRef),
  /**
   * Pasted or dropped text; `name` is the file name when there is one. `html` is the clipboard's rich text
   * (text/html) when the paste had it: the article is read from it, and the plain text is the fallback.
   */
  importText: operation<ImportOutcome>()(
    v.strictObject({
      text: v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS, 'The text is too long to import.')),
      html: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_FILE_BYTES, 'The pasted page is too large to import.')))),
      name: v.nullable(v.pipe(v.string(), v.maxLength(500))),
    }),
  ),
  /** A web page (or PDF, or text) fetched from its address. */
  importUrl: operation<ImportOutcome>()(
    v.strictObject({
      url: v.pipe(v.string(), v.trim(), v.maxLength(2_000), v.check(isHttpUrl, 'Enter a web address that starts with http:// or https://.')),
    }),
  ),
  /** A file dropped on the window: its name and its bytes (base64, so every transport carries it). */
  importFile: operation<ImportOutcome>()(
    v.strictObject({
      name: v.pipe(v.string(), v.nonEmpty(), v.maxLength(500)),
      contentBase64: v.pipe(
        v.string(),
        v.maxLength(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'The file is too large to import.'),
        v.check(isBase64, 'The file content is not base64.'),
      ),
    }),
  ),
  /** The four real sample articles the app ships: a demo library to try Factdesk on. */
  importSampleArticles: operation<ImportReport>()(noInput),
  /** Shows the system's open dialog for files or a folder, and lists what it would import (nothing is imported yet). */
  chooseImportFiles: operation<ChosenFiles>()(v.strictObject({ kind: v.picklist(['files', 'folder']) })),
  /** Imports one file chooseImportFiles listed. */
  importChosenFile: operation<ImportOutcome>()(v.strictObject({ fileId: id })),
  /** What to do with an import held back as a duplicate. */
  resolveDuplicate: operation<DuplicateResolution>()(v.strictObject({ pendingId: id, action: v.picklist(DUPLICATE_ACTIONS) })),
  /** Removes a claim kept for review after a new version of the text replaced its article. */
  dismissUnplacedClaim: operation<ArticleDocument>()(v.strictObject({ ...claimRef })),
  setClaimStatus: operation<ClaimUpdate>()(
    v.strictObject({ ...claimRef, status: v.picklist(CLAIM_STATUSES) }),
  ),
  setClaimNote: operation<ClaimUpdate>()(
    v.strictObject({ ...claimRef, note: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)) }),
  ),
  setClaimText: operation<ClaimUpdate>()(
    v.strictObject({
      ...claimRef,
      text: v.pipe(v.string(), v.trim(), v.nonEmpty('A claim needs some text.'), v.maxLength(MAX_CLAIM_TEXT_CHARS)),
    }),
  ),
  /** A claim the fact-checker marked by selecting text in the article. */
  addClaim: operation<ClaimUpdate>()(v.strictObject({ articleId: id, start: offset, end: offset })),
  addClaimSource: operation<ClaimUpdate>()(
    v.strictObject({
      ...claimRef,
      url: v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(2_000))),
      title: v.pipe(v.string(), v.trim(), v.maxLength(1_000)),
      note: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)),
    }),
  ),
  removeClaimSource: operation<ClaimUpdate>()(v.strictObject({ ...claimRef, sourceId: id })),
  /**
   * Deletes a claim (no history entry: the claim is gone). Core keeps it in memory until the app closes, so
   * restoreClaim can put it back: undo sends only the claim's id, never a claim.
   */
  deleteClaim: operation<ClaimRemoval>()(v.strictObject({ ...claimRef })),
  /** Puts back a claim deleted since the app opened, exactly as it was, history included; else not-found. */
  restoreClaim: operation<RestoredClaim>()(v.strictObject({ ...claimRef })),
  /** Includes an excluded range in claim detection again, or excludes it once more. */
  setRangeIncluded: operation<ArticleDocument>()(
    v.strictObject({ articleId: id, start: offset, isIncluded: v.boolean(), keepClaimIds }),
  ),
  /** Replaces the article's tags (normalised: trimmed, one of each whatever its case). */
  setArticleTags: operation<{ summary: ArticleSummary }>()(v.strictObject({ articleId: id, tags: tagList })),
  /** Runs claim detection on the article again at the current threshold, keeping every claim worked on. */
  redetectClaims: operation<RedetectResult>()(v.strictObject({ articleId: id, keepClaimIds })),
  /** The same on every article in the library. */
  redetectAllClaims: operation<RedetectAllResult>()(v.optional(v.strictObject({ keepClaimIds }))),
  getPreferences: operation<Preferences>()(noInput),
  /** What the library repaired since the last call (damaged files restored from its backups): each told once. */
  takeLibraryNotices: operation<LibraryNotice[]>()(noInput),
  /** Changes the preferences given, keeps the others; answers with all of them. */
  setPreferences: operation<Preferences>()(
    v.strictObject({
      claimThreshold: v.optional(claimThreshold),
      userName: v.optional(
        v.pipe(v.string(), v.transform(normalizeUserName), v.maxLength(MAX_USER_NAME_CHARS, `A name can have at most ${MAX_USER_NAME_CHARS} characters.`)),
      ),
    }),
  ),
  /** Shows the system's save dialog and writes the article's report PDF there. */
  exportReport: operation<ExportOutcome>()(articleRef),
  /** Shows the save dialog and writes the whole library (articles and preferences) there as one JSON file. */
  backupLibrary: operation<BackupOutcome>()(noInput),
  /** Shows the open dialog and restores a backup file into the library, which must be empty. */
  restoreLibrary: operation<BackupOutcome>()(noInput),
  /**
   * Full-text search over the claims (quote, wording, note, sources' titles) and the articles (title, source,
   * author, text). Statuses narrow to claims; languages, sources and the publication dates (from, to: inclusive)
   * and tags (any of them) to their articles. An empty query lists the claims the filters select.
   */
  searchLibrary: operation<SearchResult>()(
    v.strictObject({
      query: v.pipe(v.string(), v.maxLength(MAX_SEARCH_QUERY_CHARS, 'The search is too long.')),
      statuses: v.optional(v.pipe(v.array(v.picklist(CLAIM_STATUSES)), v.maxLength(CLAIM_STATUSES.length))),
      languages: v.optional(v.pipe(v.array(v.picklist(LANGUAGES)), v.maxLength(LANGUAGES.length))),
      sources: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(MAX_SEARCH_SOURCES))),
      tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TAG_CHARS * 4))), v.maxLength(MAX_SEARCH_TAGS))),
      from: v.optional(isoDate),
      to: v.optional(isoDate),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_SEARCH_LIMIT))),
    }),
  ),
} as const;

export type Api = typeof api;
export type ApiMethod = keyof Api;
export const API_METHODS = Object.keys(api) as ApiMethod[];

export type ApiInput<M extends ApiMethod> = v.InferInput<Api[M]['input']>;
export type ApiResult<M extends ApiMethod> = Exclude<Api[M]['result'], undefined>;

export const API_ERROR_CODES = ['invalid-input', 'not-found', 'bad-input', 'conflict', 'io', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

/** Errors cross the process boundary as values, never as throws. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the preload exposes as `window.factdesk`: one function per operation. */
export type FactdeskBridge = {
  [M in ApiMethod]: undefined extends ApiInput<M>
    ? (input?: ApiInput<M>) => Promise<ApiResponse<ApiResult<M>>>
    : (input: ApiInput<M>) => Promise<ApiResponse<ApiResult<M>>>;
};

/** The IPC channel of an operation. */
export function channelOf(method: ApiMethod): string {
  return `factdesk:${method}`;
}

/** Commands from the native menu, which main sends to the renderer to run as its own buttons do. */
export const MENU_COMMANDS = [
  'import-files',
  'import-folder',
  'import-url',
  'paste-article',
  'export-report',
  'open-preferences',
  'backup-library',
  'restore-library',
  // Edit → Undo / Redo: the text field's own undo when one has the focus, else the app's.
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'factdesk:menu-command';

/** Events from main to the renderer; each returns a function that unsubscribes. */
export interface FactdeskEvents {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Everything `window.factdesk` holds. */
export type FactdeskWindowApi = FactdeskBridge & FactdeskEvents;

// The API contract: every operation the UI can ask of the app, declared once.
// Main registers one handler per key, the preload exposes one function per key, the renderer's client
// is typed from it, and core validates every argument against these schemas before acting.
import * as v from 'valibot';
import type { ArticleDocument, ArticleSummary, Claim } from './model';
import { MAX_FILE_BYTES, MAX_TEXT_CHARS } from './limits';
import { CLAIM_STATUSES } from './model';
import type { Preferences } from './preferences';
import { CLAIM_THRESHOLD_RULE, isClaimThreshold, roundClaimThreshold } from './preferences';

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
const claimThreshold = v.pipe(v.number(CLAIM_THRESHOLD_RULE), v.check(isClaimThreshold, CLAIM_THRESHOLD_RULE), v.transform(roundClaimThreshold));

export const MAX_NOTE_CHARS = 20_000;
export const MAX_CLAIM_TEXT_CHARS = 5_000;

export interface ClaimUpdate {
  claim: Claim;
  summary: ArticleSummary;
}

export interface ImportFailure {
  name: string;
  message: string;
}

export interface ImportReport {
  isCancelled: boolean;
  imported: ArticleSummary[];
  failed: ImportFailure[];
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

export interface ExportOutcome {
  isCancelled: boolean;
  path: string | null;
}

export const api = {
  listArticles: operation<ArticleSummary[]>()(noInput),
  getArticle: operation<ArticleDocument>()(articleRef),
  deleteArticle: operation<{ articleId: string }>()(articleRef),
  /** Pasted or dropped text; `name` is the file name when there is one. */
  importText: operation<ArticleSummary>()(
    v.strictObject({
      text: v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS, 'The text is too long to import.')),
      name: v.nullable(v.pipe(v.string(), v.maxLength(500))),
    }),
  ),
  /** A file dropped on the window: its name and its bytes (base64, so every transport carries it). */
  importFile: operation<ArticleSummary>()(
    v.strictObject({
      name: v.pipe(v.string(), v.nonEmpty(), v.maxLength(500)),
      contentBase64: v.pipe(
        v.string(),
        v.maxLength(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'The file is too large to import.'),
        v.base64('The file content is not base64.'),
      ),
    }),
  ),
  /** The four real sample articles the app ships: a demo library to try Factdesk on. */
  importSampleArticles: operation<ImportReport>()(noInput),
  /** Shows the system's open dialog and imports the chosen files. */
  importFilesFromDialog: operation<ImportReport>()(noInput),
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
  /** Includes an excluded range in claim detection again, or excludes it once more. */
  setRangeIncluded: operation<ArticleDocument>()(
    v.strictObject({ articleId: id, start: offset, isIncluded: v.boolean(), keepClaimIds }),
  ),
  /** Runs claim detection on the article again at the current threshold, keeping every claim worked on. */
  redetectClaims: operation<RedetectResult>()(v.strictObject({ articleId: id, keepClaimIds })),
  /** The same on every article in the library. */
  redetectAllClaims: operation<RedetectAllResult>()(v.optional(v.strictObject({ keepClaimIds }))),
  getPreferences: operation<Preferences>()(noInput),
  /** Changes the preferences given, keeps the others; answers with all of them. */
  setPreferences: operation<Preferences>()(v.strictObject({ claimThreshold: v.optional(claimThreshold) })),
  /** Shows the system's save dialog and writes the article's report PDF there. */
  exportReport: operation<ExportOutcome>()(articleRef),
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
export const MENU_COMMANDS = ['import-files', 'paste-article', 'export-report', 'open-preferences'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'factdesk:menu-command';

/** Events from main to the renderer; each returns a function that unsubscribes. */
export interface FactdeskEvents {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Everything `window.factdesk` holds. */
export type FactdeskWindowApi = FactdeskBridge & FactdeskEvents;

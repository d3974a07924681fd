// Imports: files dropped or chosen in the open dialog go through one queue, one at a time, with progress and
// Cancel, while the window stays usable; pasted text and web addresses are imported at once. Imports the
// library has already are held as duplicates until the fact-checker decides (skip, replace, keep both).
import type {
  DuplicateAction,
  DuplicateImport,
  DuplicateResolution,
  ImportFailure,
  ImportOutcome,
  ImportReport,
} from '../../../shared/api';
import { IMPORTABLE_FORMATS_TEXT } from '../../../shared/import-formats';
import type { ArticleSummary } from '../../../shared/model';
import { ApiCallError, call } from '../lib/client';
import { describeFailure, describeReplacement } from '../lib/describe-import';
import { describeFileProblem, encodeBase64 } from '../lib/dropped-files';
import { describeError, plural } from '../lib/format';
import { readDropEntries, type DropEntry } from '../lib/read-drop';
import { busy } from './busy.svelte';
import { notices } from './notices.svelte';
import { workbench } from './workbench.svelte';

/** One file waiting in the queue: dropped (its bytes are read here) or chosen in the open dialog (read by the app). */
type QueuedFile = { kind: 'dropped'; name: string; file: File } | { kind: 'chosen'; name: string; fileId: string };

export type DuplicateState = 'waiting' | 'working' | 'decided' | 'failed';

export interface HeldDuplicate {
  duplicate: DuplicateImport;
  state: DuplicateState;
  /** What the decision did, or why it could not be carried out. */
  outcome: string | null;
  /** What became of it, once decided. */
  resolution: DuplicateResolution['kind'] | null;
  /** Open the article once decided: the user imported this one article (pasted, or from a web address). */
  isOpenedAfter: boolean;
}

export type SingleImportResult = { ok: true } | { ok: false; message: string };

export const NO_PASTED_TEXT =
  'There is no text to import. Copy the article’s text from your browser or document, then paste it here.';

export class Imports {
  /** A batch is being imported (the progress panel shows). */
  isRunning = $state(false);
  /** Cancel was pressed: the batch stops after the file being imported. */
  isCancelling = $state(false);
  total = $state(0);
  done = $state(0);
  /** The file being imported now. */
  currentName = $state<string | null>(null);
  imported = $state<ArticleSummary[]>([]);
  skipped = $state<ImportFailure[]>([]);
  failed = $state<ImportFailure[]>([]);
  /** Files left in the queue when the batch was cancelled. */
  notImported = $state(0);
  duplicates = $state<HeldDuplicate[]>([]);
  isSummaryShown = $state(false);
  /** Counts the times the summary was opened, so the panel can bring the focus to it. */
  summaryOpenings = $state(0);
  /** What a screen reader hears when a batch starts and ends. */
  announcement = $state('');

  waitingDuplicates = $derived(this.duplicates.filter((held) => held.state === 'waiting'));
  isDeciding = $derived(this.duplicates.some((held) => held.state === 'working'));

  #queue: QueuedFile[] = [];
  #isChoosing = false;

  // ——— Batches ———

  /** The system's open dialog, for files or a folder; the files chosen join the queue. */
  async importFromDialog(kind: 'files' | 'folder'): Promise<void> {
    if (this.#isChoosing) return;
    this.#isChoosing = true;
    try {
      const chosen = await call('chooseImportFiles', { kind });
      if (chosen.isCancelled) return;
      if (chosen.files.length === 0 && chosen.skipped.length === 0) {
        notices.push('info', { title: 'Nothing to import', message: `The folder holds no ${IMPORTABLE_FORMATS_TEXT}.` });
        return;
      }
      this.#enqueue(
        chosen.files.map((file) => ({ kind: 'chosen', name: file.name, fileId: file.fileId })),
        chosen.skipped,
      );
    } catch (error) {
      notices.error(kind === 'folder' ? 'Couldn’t import the folder' : 'Couldn’t import the files', error);
    } finally {
      this.#isChoosing = false;
    }
  }

  /** Files and folders dropped on the window (or files pasted onto it). */
  async importDropped(entries: DropEntry[]): Promise<void> {
    if (entries.length === 0) return;
    try {
      const dropped = await readDropEntries(entries);
      if (dropped.files.length === 0 && dropped.skipped.length === 0) {
        notices.push('info', { title: 'Nothing to import', message: `The folder holds no ${IMPORTABLE_FORMATS_TEXT}.` });
        return;
      }
      this.#enqueue(
        dropped.files.map(({ name, file }) => ({ kind: 'dropped', name, file })),
        dropped.skipped,
      );
    } catch (error) {
      notices.error('Couldn’t import the folder', error);
    }
  }

  /** Stops the batch once the file being imported is done; what was imported stays. */
  cancel(): void {
    if (this.isRunning) this.isCancelling = true;
  }

  /** Files join the batch running, or start a new one. */
  #enqueue(files: QueuedFile[], skipped: ImportFailure[]): void {
    if (!this.isRunning) this.#startBatch();
    this.#queue.push(...files);
    this.total += files.length;
    this.skipped.push(...skipped);
    if (!this.isRunning) void this.#run();
  }

  #startBatch(): void {
    this.total = 0;
    this.done = 0;
    this.imported = [];
    this.skipped = [];
    this.failed = [];
    this.notImported = 0;
    this.isCancelling = false;
    this.isSummaryShown = false;
    // Duplicates still waiting for a decision stay in the next summary; decided ones are done with.
    this.duplicates = this.duplicates.filter((held) => held.state === 'waiting' || held.state === 'working');
  }

  async #run(): Promise<void> {
    this.isRunning = true;
    this.announcement = `Importing ${plural(this.total, 'file')}.`;
    try {
      for (let file = this.#queue.shift(); file; file = this.#queue.shift()) {
        this.currentName = file.name;
        await this.#importQueued(file);
        this.done += 1;
        if (this.isCancelling) {
          this.notImported = this.#queue.length;
          this.#queue = [];
        }
      }
    } finally {
      this.isRunning = false;
      this.isCancelling = false;
      this.currentName = null;
    }
    this.#finishBatch();
  }

  async #importQueued(file: QueuedFile): Promise<void> {
    try {
      const outcome = file.kind === 'chosen' ? await call('importChosenFile', { fileId: file.fileId }) : await importDroppedFile(file.file);
      if (outcome.kind === 'imported') {
        this.imported.push(outcome.summary);
        workbench.addImported([outcome.summary]);
      } else {
        this.duplicates.push({ duplicate: outcome.duplicate, state: 'waiting', outcome: null, resolution: null, isOpenedAfter: false });
      }
    } catch (error) {
      this.failed.push({ name: file.name, message: describeError(error) });
    }
  }

  /** One file imported cleanly says so in a notice, as always; anything more, or anything wrong, gets the summary. */
  #finishBatch(): void {
    const isClean =
      this.total <= 1 &&
      this.failed.length === 0 &&
      this.skipped.length === 0 &&
      this.notImported === 0 &&
      this.waitingDuplicates.length === 0;
    this.announcement = describeBatch(this);
    if (!isClean) {
      this.#showSummary();
      return;
    }
    const [summary] = this.imported;
    if (summary) notices.success({ title: `Imported “${summary.title}”`, message: `${plural(summary.claimCount, 'claim')} found.` });
  }

  #showSummary(): void {
    this.isSummaryShown = true;
    this.summaryOpenings += 1;
  }

  /** Closes the summary; duplicates not decided are skipped, so the app lets go of them. */
  closeSummary(): void {
    if (this.isDeciding) return;
    for (const held of this.waitingDuplicates) {
      void call('resolveDuplicate', { pendingId: held.duplicate.pendingId, action: 'skip' }).catch(() => undefined);
    }
    this.duplicates = [];
    this.isSummaryShown = false;
  }

  // ——— Duplicates ———

  /** Carries out the fact-checker's decision on one duplicate. */
  async decide(held: HeldDuplicate, action: DuplicateAction): Promise<void> {
    if (held.state !== 'waiting') return;
    const isAlone = this.#isAloneInSummary(held);
    held.state = 'working';
    let resolution: DuplicateResolution;
    try {
      resolution = await call('resolveDuplicate', { pendingId: held.duplicate.pendingId, action });
    } catch (error) {
      // An import the app no longer holds cannot be decided again; anything else can be retried.
      held.state = error instanceof ApiCallError && error.code === 'not-found' ? 'failed' : 'waiting';
      held.outcome = describeError(error);
      return;
    }
    held.state = 'decided';
    held.resolution = resolution.kind;
    held.outcome = describeResolution(held.duplicate, resolution);
    if (resolution.kind !== 'skipped') {
      workbench.addImported([resolution.summary]);
      if (resolution.kind === 'replaced') await workbench.reloadArticle(resolution.summary.id);
    }
    // (Unless a batch started meanwhile: its summary is not this one's to close.)
    if (isAlone && this.duplicates.length === 1 && this.duplicates[0] === held && !this.isRunning) {
      // A single import's choice made: its outcome moves to a notice, as a clean import's would.
      this.duplicates = [];
      this.isSummaryShown = false;
      notices.push(resolution.kind === 'skipped' ? 'info' : 'success', {
        title: resolution.kind === 'skipped' ? 'Nothing was imported' : `Imported “${held.duplicate.title}”`,
        message: held.outcome,
      });
    }
    if (held.isOpenedAfter && resolution.kind !== 'skipped') await workbench.openArticle(resolution.summary.id);
  }

  /** "Skip all" / "Replace all": the same decision on every duplicate still waiting. */
  async decideAll(action: DuplicateAction): Promise<void> {
    for (const held of this.waitingDuplicates) await this.decide(held, action);
  }

  /** The summary holds nothing but this one duplicate: a single import's choice. */
  #isAloneInSummary(held: HeldDuplicate): boolean {
    return (
      this.duplicates.length === 1 &&
      this.duplicates[0] === held &&
      this.total <= 1 &&
      this.imported.length === 0 &&
      this.failed.length === 0 &&
      this.skipped.length === 0 &&
      this.notImported === 0
    );
  }

  // ——— Single imports ———

  /** Pasted article text, with the clipboard's rich text when it had some. Resolves to an error message instead of importing nothing. */
  async importPasted(text: string, html: string | null = null): Promise<SingleImportResult> {
    if (text.trim() === '' && (html ?? '').trim() === '') return { ok: false, message: NO_PASTED_TEXT };
    return busy.run('Importing pasted text…', () => this.#importSingle(() => call('importText', { text, html, name: null })));
  }

  /** The article at a web address. */
  async importUrl(url: string): Promise<SingleImportResult> {
    const address = url.trim();
    if (address === '') return { ok: false, message: 'Enter the web address of the article.' };
    // "example.org/news/1" is meant as a web page: the scheme is the one part people leave out.
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//iu.test(address) ? address : `https://${address}`;
    return busy.run('Importing from the web…', () => this.#importSingle(() => call('importUrl', { url: withScheme })));
  }

  /** One article the user asked for: imported, it opens; already in the library, the choice is offered. */
  async #importSingle(run: () => Promise<ImportOutcome>): Promise<SingleImportResult> {
    let outcome: ImportOutcome;
    try {
      outcome = await run();
    } catch (error) {
      return { ok: false, message: describeError(error) };
    }
    if (outcome.kind === 'duplicate') {
      this.#holdDuplicate(outcome.duplicate);
      return { ok: true };
    }
    const { summary } = outcome;
    workbench.addImported([summary]);
    notices.success({ title: `Imported “${summary.title}”`, message: `${plural(summary.claimCount, 'claim')} found.` });
    await workbench.openArticle(summary.id);
    return { ok: true };
  }

  /** A single import's duplicate: offered at once, or in the summary of the batch running. */
  #holdDuplicate(duplicate: DuplicateImport): void {
    if (!this.isRunning && !this.isSummaryShown) this.#startBatch();
    this.duplicates.push({ duplicate, state: 'waiting', outcome: null, resolution: null, isOpenedAfter: true });
    if (!this.isRunning) this.#showSummary();
  }

  /** The four sample articles Factdesk ships, to try it on. */
  async importSamples(): Promise<void> {
    if (busy.has('Importing…')) return;
    await busy.run('Importing…', async () => {
      let report: ImportReport;
      try {
        report = await call('importSampleArticles', undefined);
      } catch (error) {
        notices.error('Import failed', error);
        return;
      }
      workbench.addImported(report.imported);
      reportSamples(report);
    });
  }
}

async function importDroppedFile(file: File): Promise<ImportOutcome> {
  const problem = describeFileProblem(file);
  if (problem) throw new Error(problem);
  // The bytes, not file.text(): core detects the format and the encoding as it does for a file on disk.
  const contentBase64 = encodeBase64(new Uint8Array(await file.arrayBuffer()));
  return call('importFile', { name: file.name, contentBase64 });
}

/** What a decision on a duplicate did, in a sentence. */
export function describeResolution(duplicate: DuplicateImport, resolution: DuplicateResolution): string {
  switch (resolution.kind) {
    case 'skipped':
      return `Skipped: the library keeps “${duplicate.existing.title}” as it was.`;
    case 'imported':
      return `Added “${resolution.summary.title}” as a separate article; “${duplicate.existing.title}” stays as it was.`;
    case 'replaced':
      return describeReplacement(resolution.summary.title, resolution.changes);
  }
}

/** The end of a batch, for a screen reader. */
function describeBatch(batch: Imports): string {
  const parts = [`${batch.imported.length} imported`];
  if (batch.duplicates.length > 0) parts.push(`${batch.waitingDuplicates.length} already in the library`);
  if (batch.skipped.length > 0) parts.push(`${batch.skipped.length} skipped`);
  if (batch.failed.length > 0) parts.push(`${batch.failed.length} failed`);
  if (batch.notImported > 0) parts.push(`${batch.notImported} not imported`);
  return `Import ${batch.notImported > 0 ? 'stopped' : 'finished'}: ${parts.join(', ')}.`;
}

function reportSamples(report: ImportReport): void {
  const { imported, skipped, failed } = report;
  if (imported.length > 0) {
    const claims = imported.reduce((sum, a) => sum + a.claimCount, 0);
    notices.success({
      title: imported.length === 1 ? `Imported “${imported[0]?.title}”` : `Imported ${plural(imported.length, 'article')}`,
      message: `${plural(claims, 'claim')} found.`,
    });
  }
  if (skipped.length > 0) {
    notices.push('info', {
      title: `${plural(skipped.length, 'sample')} already in the library`,
      details: skipped.map((s) => s.name),
    });
  }
  if (failed.length > 0) {
    notices.push('error', {
      title: `Couldn’t import ${plural(failed.length, 'sample')}`,
      details: failed.map(describeFailure),
      hint: imported.length > 0 ? 'The others were imported.' : null,
    });
  }
}

export const imports = new Imports();

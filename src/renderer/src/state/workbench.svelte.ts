// The workbench: the library, the open article, the selected claim, and every action on them.
import type { ClaimRemoval, ClaimUpdate, RedetectChanges, RestoredClaim } from '../../../shared/api';
import {
  countStatuses,
  isDecidedStatus,
  progressOf,
  type ArticleDocument,
  type ArticleSummary,
  type Claim,
  type ClaimStatus,
} from '../../../shared/model';
import { call } from '../lib/client';
import { describeError, plural } from '../lib/format';
import { getStatusMeta } from '../lib/statuses';
import { busy } from './busy.svelte';
import { NOTE_FAILED_TITLE, NoteDrafts } from './note-drafts.svelte';
import { notices } from './notices.svelte';
import { openForms, type SourceDraft } from './open-forms.svelte';
import { UndoHistory, type UndoEntry } from './undo.svelte';

export type ClaimFilter = 'all' | 'open' | 'decided' | 'dismissed';

/** Why the article view should scroll: to show the selected claim in the text, or in the list. */
export interface RevealRequest {
  claimId: string;
  inText: boolean;
  inList: boolean;
  nonce: number;
}

/** The busy label of an export, which also marks one as running. */
export const EXPORTING_LABEL = 'Exporting report…';
/** The busy label of re-running claim detection, on one article or all. */
export const REDETECTING_LABEL = 'Re-running claim detection…';
/** The notice after deleting a claim, which offers Undo. */
export const DELETED_CLAIM_TITLE = 'Claim deleted';

/** What re-running detection did, for its notice. */
export function describeRedetect({ added, removed, kept }: RedetectChanges): string {
  const changed = added === 0 && removed === 0 ? 'No claims were added or removed.' : `${plural(added, 'claim')} added, ${removed} removed.`;
  const work =
    kept === 0
      ? 'No claim had been worked on yet.'
      : `${kept === 1 ? 'The claim' : `The ${kept} claims`} you worked on ${kept === 1 ? 'was' : 'were'} kept as ${kept === 1 ? 'it was' : 'they were'}.`;
  return `${changed} ${work}`;
}

const byPosition = (a: Claim, b: Claim) => a.start - b.start || a.end - b.end;

export class Workbench {
  view = $state<'library' | 'article'>('library');
  articles = $state<ArticleSummary[]>([]);
  isLibraryLoaded = $state(false);
  /** Why the library could not be read, until a retry succeeds. */
  libraryError = $state<string | null>(null);
  /** Articles imported in the last moments, highlighted in the library. */
  recentIds = $state<string[]>([]);

  doc = $state<ArticleDocument | null>(null);
  selectedClaimId = $state<string | null>(null);
  claimFilter = $state<ClaimFilter>('all');
  reveal = $state<RevealRequest | null>(null);
  lastReportPath = $state<string | null>(null);
  /** The article the user just left, whose row takes the focus back in the library. */
  closedArticleId: string | null = null;

  readonly notes = new NoteDrafts(
    (update) => this.#applyNoteSaved(update),
    (claimId) => this.undo.endNoteEdit(claimId),
  );
  /** Undo and redo of the claim actions below, for the whole session. */
  readonly undo = new UndoHistory({
    showArticle: (articleId) => this.#showArticle(articleId),
    showClaim: (claimId) => this.#showClaim(claimId),
    flushNotes: () => this.notes.flushAll(),
  });
  #revealNonce = 0;
  /** Counts requests that replace the open article, so a late answer to an older one is ignored. */
  #docRequest = 0;
  /** The re-run of claim detection in progress (one article or all), settled whatever its outcome. */
  #redetection: Promise<unknown> | null = null;

  claims = $derived.by(() => [...(this.doc?.claims ?? [])].sort(byPosition));
  visibleClaims = $derived.by(() => {
    switch (this.claimFilter) {
      case 'open':
        return this.claims.filter((c) => !isDecidedStatus(c.status));
      case 'decided':
        return this.claims.filter((c) => isDecidedStatus(c.status) && c.status !== 'dismissed');
      case 'dismissed':
        return this.claims.filter((c) => c.status === 'dismissed');
      default:
        return this.claims;
    }
  });
  selectedClaim = $derived(this.claims.find((c) => c.id === this.selectedClaimId) ?? null);
  statusCounts = $derived(countStatuses(this.claims));
  /** Claims (dismissed ones are not claims) and how many have a verdict, as the library counts them. */
  progress = $derived(progressOf(this.statusCounts));

  // ——— Library ———

  async loadLibrary(): Promise<void> {
    try {
      this.articles = await call('listArticles', undefined);
      this.libraryError = null;
    } catch (error) {
      // Without its list the library is not empty, only unknown: the view says so and offers Retry.
      if (!this.isLibraryLoaded || this.libraryError !== null) this.libraryError = describeError(error);
      else notices.error('Couldn’t load the library', error);
    } finally {
      this.isLibraryLoaded = true;
    }
  }

  async deleteArticle(articleId: string): Promise<void> {
    const title = this.articles.find((a) => a.id === articleId)?.title ?? 'the article';
    try {
      await call('deleteArticle', { articleId });
      this.notes.discardArticle(articleId);
      this.undo.forgetArticle(articleId);
      this.articles = this.articles.filter((a) => a.id !== articleId);
      if (this.doc?.article.id === articleId) this.#leaveArticle();
      notices.success({ title: `Deleted “${title}”` });
    } catch (error) {
      notices.error(`Couldn’t delete “${title}”`, error);
    }
  }

  /** Articles just imported (or replaced by a new version): listed at once, and highlighted for a few seconds. */
  addImported(imported: ArticleSummary[]): void {
    if (imported.length === 0) return;
    const ids = imported.map((a) => a.id);
    this.articles = [...imported, ...this.articles.filter((a) => !ids.includes(a.id))];
    this.recentIds = [...this.recentIds.filter((id) => !ids.includes(id)), ...ids];
    setTimeout(() => {
      this.recentIds = this.recentIds.filter((id) => !ids.includes(id));
    }, 4000);
  }

  // ——— Article ———

  /** What the library repaired on its own (a damaged file restored from its backups), told once each. */
  async showLibraryNotices(): Promise<void> {
    try {
      for (const notice of await call('takeLibraryNotices', undefined)) {
        const title = notice.level === 'error' ? 'A damaged library file could not be fully recovered' : 'A damaged library file was repaired';
        notices.push(notice.level, { title, message: notice.message });
      }
    } catch {
      // Only news about repairs; the library itself is unaffected if it cannot be fetched.
    }
  }

  async openArticle(articleId: string): Promise<void> {
    const request = ++this.#docRequest;
    await this.notes.flushAll();
    try {
      const doc = await call('getArticle', { articleId });
      // The user opened another article meanwhile: that one wins, whichever answer comes last.
      if (request !== this.#docRequest) return;
      this.doc = doc;
      this.view = 'article';
      this.claimFilter = 'all';
      this.lastReportPath = null;
      const first = this.claims.find((c) => !isDecidedStatus(c.status)) ?? this.claims[0] ?? null;
      this.selectedClaimId = first?.id ?? null;
      if (first) this.#requestReveal(first.id, { inText: false, inList: true });
    } catch (error) {
      if (request === this.#docRequest) notices.error('Couldn’t open the article', error);
    }
    // Reading an article is when a damaged one is found and restored.
    await this.showLibraryNotices();
  }

  /** Back to the library, unless a note of the article could not be saved: then the user decides. */
  async closeArticle(): Promise<boolean> {
    const articleId = this.doc?.article.id;
    const failed = await this.notes.flushAll();
    if (articleId && failed.length > 0) {
      this.#warnUnsavedNotes('Leaving the article now would lose the text you typed.', [
        {
          label: 'Leave without it',
          run: () => {
            this.notes.discardArticle(articleId);
            this.#leaveArticle();
          },
        },
      ]);
      return false;
    }
    this.#leaveArticle();
    return true;
  }

  /** A note that the library did not take: say so (with Retry) instead of going on as if it were saved. */
  #warnUnsavedNotes(message: string, extra: { label: string; run: () => void }[] = []): void {
    notices.push('error', {
      title: NOTE_FAILED_TITLE,
      message,
      hint: 'Factdesk kept your text. Retry saving it, or copy it somewhere safe.',
      actions: [{ label: 'Retry', run: () => void this.notes.retryFailed() }, ...extra],
    });
  }

  #leaveArticle(): void {
    this.#docRequest++;
    this.closedArticleId = this.doc?.article.id ?? null;
    this.view = 'library';
    this.doc = null;
    this.selectedClaimId = null;
    this.reveal = null;
  }

  selectClaim(claimId: string | null, from: 'list' | 'text' | 'keys' = 'list'): void {
    if (claimId === this.selectedClaimId) return;
    const previous = this.selectedClaimId;
    if (previous) void this.notes.flush(previous);
    this.selectedClaimId = claimId;
    if (claimId) this.#requestReveal(claimId, { inText: from !== 'text', inList: true });
  }

  /** j/k: the next or previous claim in the list as filtered. */
  moveSelection(delta: 1 | -1): void {
    const list = this.visibleClaims;
    if (list.length === 0) return;
    const index = list.findIndex((c) => c.id === this.selectedClaimId);
    let claim: Claim | undefined;
    if (index !== -1) {
      claim = list[Math.max(0, Math.min(list.length - 1, index + delta))];
    } else if (this.selectedClaim) {
      // The selected claim left the filter (e.g. it was just marked): step on from where it sits in the article.
      const position = this.claims.indexOf(this.selectedClaim);
      const visibleIds = list.map((c) => c.id);
      const onward = delta === 1 ? this.claims.slice(position + 1) : this.claims.slice(0, position).reverse();
      claim = onward.find((c) => visibleIds.includes(c.id)) ?? (delta === 1 ? list[list.length - 1] : list[0]);
    } else {
      claim = delta === 1 ? list[0] : list[list.length - 1];
    }
    if (claim) this.selectClaim(claim.id, 'keys');
  }

  #requestReveal(claimId: string, where: { inText: boolean; inList: boolean }): void {
    this.reveal = { claimId, ...where, nonce: ++this.#revealNonce };
  }

  applyUpdate(update: ClaimUpdate): void {
    const { claim, summary } = update;
    this.articles = this.articles.map((a) => (a.id === summary.id ? summary : a));
    if (!this.doc || this.doc.article.id !== claim.articleId) return;
    const index = this.doc.claims.findIndex((c) => c.id === claim.id);
    if (index === -1) this.doc.claims.push(claim);
    else this.doc.claims[index] = claim;
  }

  async #claimAction(what: string, work: (articleId: string) => Promise<ClaimUpdate>): Promise<Claim | null> {
    const articleId = this.doc?.article.id;
    if (!articleId) return null;
    try {
      const update = await work(articleId);
      this.applyUpdate(update);
      return update.claim;
    } catch (error) {
      notices.error(what, error);
      return null;
    }
  }

  async setStatus(claimId: string, status: ClaimStatus): Promise<void> {
    const claim = this.claims.find((c) => c.id === claimId);
    if (!claim || claim.status === status) return;
    const from = claim.status;
    const updated = await this.#claimAction(`Couldn’t mark the claim ${getStatusMeta(status).label.toLowerCase()}`, (articleId) =>
      call('setClaimStatus', { articleId, claimId, status }),
    );
    if (updated) this.#recordStatus(updated, from);
  }

  async setClaimText(claimId: string, text: string): Promise<boolean> {
    const from = this.claims.find((c) => c.id === claimId)?.text;
    const claim = await this.#claimAction('Couldn’t change the claim’s wording', (articleId) =>
      call('setClaimText', { articleId, claimId, text }),
    );
    if (claim && from !== undefined && from !== claim.text) this.#recordText(claim, from);
    return claim !== null;
  }

  async addClaim(start: number, end: number): Promise<void> {
    const claim = await this.#claimAction('Couldn’t add the claim', (articleId) => call('addClaim', { articleId, start, end }));
    if (claim) {
      this.undo.record({ label: 'Add claim', ...this.#claimSteps(claim.articleId, claim.id, 'added') });
      if (this.claimFilter !== 'all' && this.claimFilter !== 'open') this.claimFilter = 'all';
      this.selectClaim(claim.id, 'text');
      this.#requestReveal(claim.id, { inText: false, inList: true });
    }
  }

  /**
   * Deletes a claim, without asking: undo puts it back (see the notice's Undo). Its note as typed is saved
   * first, so it comes back with the claim.
   */
  async deleteClaim(claimId: string): Promise<void> {
    const articleId = this.doc?.article.id;
    if (!articleId || !this.claims.some((c) => c.id === claimId)) return;
    if (!(await this.notes.flush(claimId))) {
      this.#warnUnsavedNotes('The claim was not deleted, so that its note is saved first.');
      return;
    }
    try {
      this.#applyRemoval(await call('deleteClaim', { articleId, claimId }));
    } catch (error) {
      notices.error('Couldn’t delete the claim', error);
      return;
    }
    const entry = this.undo.record({ label: 'Delete claim', ...this.#claimSteps(articleId, claimId, 'deleted') });
    notices.success({
      title: DELETED_CLAIM_TITLE,
      actions: [
        {
          label: 'Undo',
          run: () => {
            notices.dismissTitle(DELETED_CLAIM_TITLE);
            void this.undo.undoIfLast(entry);
          },
        },
      ],
    });
  }

  // ——— Undo ———

  #recordStatus(claim: Claim, from: ClaimStatus): void {
    const { articleId, id: claimId, status: to } = claim;
    const setTo = (status: ClaimStatus) => async () => this.applyUpdate(await call('setClaimStatus', { articleId, claimId, status }));
    const label = to === 'dismissed' ? 'Dismiss claim' : `Mark as ${getStatusMeta(to).label}`;
    this.undo.record({ label, articleId, claimId, undo: setTo(from), redo: setTo(to) });
  }

  #recordText(claim: Claim, from: string): void {
    const { articleId, id: claimId, text: to } = claim;
    const setTo = (text: string) => async () => this.applyUpdate(await call('setClaimText', { articleId, claimId, text }));
    this.undo.record({ label: 'Change wording', articleId, claimId, undo: setTo(from), redo: setTo(to) });
  }

  /** A note save: applied, and part of the note edit's undo step (one step per edit, not per save). */
  #applyNoteSaved(update: ClaimUpdate): void {
    const { articleId, id: claimId, note: to } = update.claim;
    const isOpen = this.doc?.article.id === articleId;
    const from = isOpen ? this.doc?.claims.find((c) => c.id === claimId)?.note : undefined;
    this.applyUpdate(update);
    // The text before is known from the open article; saves of an article already left are not undoable.
    if (from === undefined) return;
    this.undo.recordNote(claimId, from, to, (before, after): UndoEntry => {
      const setTo = (note: string) => async () => this.applyUpdate(await call('setClaimNote', { articleId, claimId, note }));
      return { label: 'Edit note', articleId, claimId, undo: setTo(before), redo: setTo(after), note: { from: before, to: after } };
    });
  }

  /** Undo and redo of adding a claim (undo deletes it) or of deleting one (undo puts it back, as it was). */
  #claimSteps(articleId: string, claimId: string, change: 'added' | 'deleted'): Pick<UndoEntry, 'articleId' | 'claimId' | 'undo' | 'redo'> {
    const remove = async () => this.#applyRemoval(await call('deleteClaim', { articleId, claimId }));
    // Redoing an addition puts back the same claim (same id), so steps recorded after it still find it.
    const restore = async () => this.#applyRestored(await call('restoreClaim', { articleId, claimId }));
    return change === 'added' ? { articleId, claimId, undo: remove, redo: restore } : { articleId, claimId, undo: restore, redo: remove };
  }

  #applyRemoval({ articleId, claimId, summary }: ClaimRemoval): void {
    this.articles = this.articles.map((a) => (a.id === summary.id ? summary : a));
    this.notes.discardClaim(claimId);
    if (!this.doc || this.doc.article.id !== articleId) return;
    if (this.selectedClaimId === claimId) {
      // The selection moves on to the next claim in the list (else the one before), as after marking one.
      const list = this.visibleClaims;
      const index = list.findIndex((c) => c.id === claimId);
      const next = list[index + 1] ?? list[index - 1] ?? null;
      this.selectedClaimId = next?.id ?? null;
      if (next) this.#requestReveal(next.id, { inText: false, inList: true });
    }
    this.doc.claims = this.doc.claims.filter((c) => c.id !== claimId);
  }

  async #applyRestored(restored: RestoredClaim): Promise<void> {
    if (!restored.isUnplaced) {
      this.applyUpdate(restored);
      return;
    }
    // Kept for review: the open article shows it there once read again.
    this.articles = this.articles.map((a) => (a.id === restored.summary.id ? restored.summary : a));
    await this.reloadArticle(restored.claim.articleId);
  }

  /** Undo works on the article of its step: opened first when it is not the open one. */
  async #showArticle(articleId: string): Promise<void> {
    if (this.doc?.article.id === articleId) return;
    await this.openArticle(articleId);
    if (this.doc?.article.id !== articleId) throw new Error('Its article could not be opened.');
  }

  #showClaim(claimId: string): void {
    if (!this.claims.some((c) => c.id === claimId)) return;
    if (!this.visibleClaims.some((c) => c.id === claimId)) this.claimFilter = 'all';
    this.selectClaim(claimId, 'keys');
    this.#requestReveal(claimId, { inText: true, inList: true });
  }

  async addSource(claimId: string, source: SourceDraft): Promise<boolean> {
    const url = source.url.trim();
    const claim = await this.#claimAction('Couldn’t add the source', (articleId) =>
      call('addClaimSource', { articleId, claimId, url: url === '' ? null : url, title: source.title.trim(), note: source.note }),
    );
    return claim !== null;
  }

  async removeSource(claimId: string, sourceId: string): Promise<void> {
    await this.#claimAction('Couldn’t remove the source', (articleId) =>
      call('removeClaimSource', { articleId, claimId, sourceId }),
    );
  }

  /** Replaces the open article's tags; false (and a notice) when they could not be saved. */
  async setArticleTags(tags: string[]): Promise<boolean> {
    const articleId = this.doc?.article.id;
    if (!articleId) return false;
    try {
      const { summary } = await call('setArticleTags', { articleId, tags });
      this.articles = this.articles.map((a) => (a.id === summary.id ? summary : a));
      if (this.doc?.article.id === articleId) this.doc.article.tags = summary.tags;
      return true;
    } catch (error) {
      notices.error('Couldn’t save the tags', error);
      return false;
    }
  }

  async setRangeIncluded(start: number, isIncluded: boolean): Promise<void> {
    const articleId = this.doc?.article.id;
    if (!articleId) return;
    const request = ++this.#docRequest;
    try {
      await this.notes.flushAll();
      const doc = await call('setRangeIncluded', { articleId, start, isIncluded, keepClaimIds: this.#claimIdsWithOpenForms() });
      // A later toggle, or leaving the article, makes this answer stale.
      if (request !== this.#docRequest) return;
      this.#replaceDoc(doc);
      await this.loadLibrary();
    } catch (error) {
      notices.error(isIncluded ? 'Couldn’t include the line' : 'Couldn’t exclude the line', error);
    }
  }

  /** Reads the article again when it is the one open (a new version replaced it meanwhile). */
  async reloadArticle(articleId: string): Promise<void> {
    if (this.doc?.article.id !== articleId) return;
    const request = ++this.#docRequest;
    try {
      await this.notes.flushAll();
      const doc = await call('getArticle', { articleId });
      if (request === this.#docRequest) this.#replaceDoc(doc);
    } catch (error) {
      if (request === this.#docRequest) notices.error('Couldn’t show the new version of the article', error);
    }
  }

  /** Removes a claim kept for review because the new version of the text no longer has it. */
  async dismissUnplacedClaim(claimId: string): Promise<boolean> {
    const articleId = this.doc?.article.id;
    if (!articleId) return false;
    try {
      const doc = await call('dismissUnplacedClaim', { articleId, claimId });
      // The answer is the article as it now is; another article opened meanwhile stays.
      if (this.doc?.article.id === articleId) this.#replaceDoc(doc);
      return true;
    } catch (error) {
      notices.error('Couldn’t dismiss the claim', error);
      return false;
    }
  }

  /** The open article, as the library now has it; the selection goes if its claim is gone. */
  #replaceDoc(doc: ArticleDocument): void {
    this.doc = doc;
    if (this.selectedClaimId && !doc.claims.some((c) => c.id === this.selectedClaimId)) this.selectedClaimId = null;
  }

  /**
   * Saves every note still on its way first: a claim whose note has not arrived looks untouched, and
   * detection would replace it. Resolves to false (with the usual notice) when a note could not be saved.
   */
  async #saveNotesBeforeDetection(): Promise<boolean> {
    const failed = await this.notes.flushAll();
    if (failed.length > 0) this.#warnUnsavedNotes('Claim detection was not re-run, so that it cannot replace the claim of the unsaved note.');
    return failed.length === 0;
  }

  /**
   * Claims with a form open (new wording, a source being added), which detection keeps as if worked on.
   * Not saved for the user: the wording is not confirmed until they press Save, and a half-filled source
   * may not even be valid. Kept, the claim stays with its form open and the text as typed, to save or cancel.
   */
  #claimIdsWithOpenForms(): string[] {
    const ids = [...openForms.wording.keys(), ...openForms.sources.keys()];
    return ids.filter((id, index) => ids.indexOf(id) === index);
  }

  /** Runs a re-run of detection as the one in progress, shown as busy. */
  async #runDetection<T>(work: () => Promise<T>): Promise<T> {
    const run = busy.run(REDETECTING_LABEL, work);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#redetection = settled;
    try {
      return await run;
    } finally {
      if (this.#redetection === settled) this.#redetection = null;
    }
  }

  /** Runs claim detection on the open article again, at the saved sensitivity; worked-on claims stay as they are. */
  async redetectClaims(): Promise<void> {
    const articleId = this.doc?.article.id;
    if (!articleId || this.#redetection) return;
    await this.#runDetection(async () => {
      if (!(await this.#saveNotesBeforeDetection())) return;
      const request = ++this.#docRequest;
      try {
        const result = await call('redetectClaims', { articleId, keepClaimIds: this.#claimIdsWithOpenForms() });
        this.articles = this.articles.map((a) => (a.id === result.summary.id ? result.summary : a));
        // The article was left or replaced meanwhile: the library changed all the same, so say so, by name.
        const isStale = request !== this.#docRequest;
        if (!isStale) this.#replaceDoc(result.document);
        notices.success({
          title: isStale ? `Claim detection re-run on “${result.summary.title}”` : 'Claim detection re-run',
          message: describeRedetect(result.changes),
        });
      } catch (error) {
        notices.error('Couldn’t re-run claim detection', error);
      }
    });
  }

  /**
   * The same on every article in the library. A re-run of one article in progress finishes first, then
   * this one runs. Resolves to whether it ran; when it did not, a notice has said why.
   */
  async redetectAllClaims(): Promise<boolean> {
    while (this.#redetection) await this.#redetection;
    return this.#runDetection(async () => {
      if (!(await this.#saveNotesBeforeDetection())) return false;
      const request = ++this.#docRequest;
      try {
        const result = await call('redetectAllClaims', { keepClaimIds: this.#claimIdsWithOpenForms() });
        await this.loadLibrary();
        const articleId = this.doc?.article.id;
        if (articleId && request === this.#docRequest) {
          const doc = await call('getArticle', { articleId });
          if (request === this.#docRequest) this.#replaceDoc(doc);
        }
        notices.success({
          title: `Claim detection re-run on ${plural(result.articleCount, 'article')}`,
          message: describeRedetect(result),
        });
        if (result.failed.length > 0) {
          notices.push('error', {
            title: `Couldn’t re-run detection on ${plural(result.failed.length, 'article')}`,
            details: result.failed.map((f) => `${f.name}: ${f.message}`),
            hint: 'The other articles were done. Nothing in these was changed.',
          });
        }
        return true;
      } catch (error) {
        notices.error('Couldn’t re-run claim detection', error);
        return false;
      }
    });
  }

  async exportReport(): Promise<void> {
    const articleId = this.doc?.article.id;
    if (!articleId || busy.has(EXPORTING_LABEL)) return;
    // The check and the busy mark happen together: a second click while notes save waits for this one.
    await busy.run(EXPORTING_LABEL, async () => {
      const failed = await this.notes.flushAll();
      if (failed.length > 0) {
        this.#warnUnsavedNotes('The report was not exported, so that it does not miss the note.');
        return;
      }
      try {
        const outcome = await call('exportReport', { articleId });
        if (outcome.isCancelled || !outcome.path) return;
        this.lastReportPath = outcome.path;
        notices.success({ title: 'Report saved', path: outcome.path, isPersistent: true });
      } catch (error) {
        notices.error('Couldn’t export the report', error);
      }
    });
  }
}

export const workbench = new Workbench();

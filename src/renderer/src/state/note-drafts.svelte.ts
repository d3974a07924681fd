// Claim notes save as the user types: debounced, flushed on blur, on selection change and on leaving.
// The latest typed text of each claim is kept here until the library confirms it stored exactly that text,
// so neither leaving a claim while its save is on its way nor a failed save loses what was typed.
import type { ClaimUpdate } from '../../../shared/api';
import { call } from '../lib/client';
import { DebouncedSaves } from '../lib/debounced-saves';
import { describeError } from '../lib/format';
import { notices } from './notices.svelte';

export type NoteSaveState = 'editing' | 'saving' | 'saved' | 'failed';

export const NOTE_DEBOUNCE_MS = 300;
export const NOTE_FAILED_TITLE = 'A note wasn’t saved';

interface Draft {
  articleId: string;
  note: string;
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

export class NoteDrafts {
  /** The latest text typed per claim id, until the library has stored exactly that text. */
  drafts = $state<Record<string, Draft>>({});
  /** Save state per claim id, for the "Saved" indicator. */
  states = $state<Record<string, NoteSaveState>>({});
  errors = $state<Record<string, string>>({});
  readonly #saves: DebouncedSaves<Draft>;
  readonly #onSaved: (update: ClaimUpdate) => void;
  /** The claim's note field was left and its text sent: the next typing there is a new edit (for undo). */
  readonly #onEditEnded: (claimId: string) => void;

  constructor(onSaved: (update: ClaimUpdate) => void, onEditEnded: (claimId: string) => void = () => undefined) {
    this.#onSaved = onSaved;
    this.#onEditEnded = onEditEnded;
    this.#saves = new DebouncedSaves(NOTE_DEBOUNCE_MS, (claimId, draft) => this.#save(claimId, draft));
  }

  /** What the note of a claim reads: the text typed last, else what the library holds. */
  getText(claimId: string, stored: string): string {
    return this.drafts[claimId]?.note ?? stored;
  }

  /** Some typed text is not stored yet: waiting, on its way, or failed. */
  get hasUnsaved(): boolean {
    return Object.keys(this.drafts).length > 0;
  }

  get failedIds(): string[] {
    return Object.keys(this.drafts).filter((claimId) => this.states[claimId] === 'failed');
  }

  schedule(articleId: string, claimId: string, note: string): void {
    this.drafts[claimId] = { articleId, note };
    this.states[claimId] = 'editing';
    this.#saves.schedule(claimId, { articleId, note });
  }

  /** Sends the claim's waiting text now; resolves to whether every save of it succeeded. */
  async flush(claimId: string): Promise<boolean> {
    await this.#saves.flush(claimId);
    this.#onEditEnded(claimId);
    return this.states[claimId] !== 'failed' || !(claimId in this.drafts);
  }

  /** Sends every waiting text and tries failed ones again; resolves to the claim ids still not saved. */
  async flushAll(): Promise<string[]> {
    for (const claimId of this.failedIds) this.#reschedule(claimId);
    await this.#saves.flushAll();
    return this.failedIds;
  }

  /** Saves the kept text of the claim again. */
  async retry(claimId: string): Promise<boolean> {
    this.#reschedule(claimId);
    return this.flush(claimId);
  }

  async retryFailed(): Promise<string[]> {
    const ids = this.failedIds;
    await Promise.all(ids.map((claimId) => this.retry(claimId)));
    return this.failedIds;
  }

  /** Forgets the unsaved text of an article's claims (the user chose to leave it, or deleted the article). */
  discardArticle(articleId: string): void {
    for (const [claimId, draft] of Object.entries(this.drafts)) {
      if (draft.articleId !== articleId) continue;
      this.drafts = withoutKey(this.drafts, claimId);
      this.states = withoutKey(this.states, claimId);
      this.errors = withoutKey(this.errors, claimId);
    }
    if (this.failedIds.length === 0) notices.dismissTitle(NOTE_FAILED_TITLE);
  }

  /** Forgets the unsaved text of one claim (the claim was deleted; its saved note goes and comes back with it). */
  discardClaim(claimId: string): void {
    this.drafts = withoutKey(this.drafts, claimId);
    this.states = withoutKey(this.states, claimId);
    this.errors = withoutKey(this.errors, claimId);
    if (this.failedIds.length === 0) notices.dismissTitle(NOTE_FAILED_TITLE);
  }

  #reschedule(claimId: string): void {
    const draft = this.drafts[claimId];
    if (draft) this.schedule(draft.articleId, claimId, draft.note);
  }

  async #save(claimId: string, { articleId, note }: Draft): Promise<void> {
    this.states[claimId] = 'saving';
    try {
      const update = await call('setClaimNote', { articleId, claimId, note });
      this.#onSaved(update);
      // Only this exact text is confirmed; newer typing stays a draft until its own save returns.
      if (this.drafts[claimId]?.note === note) this.drafts = withoutKey(this.drafts, claimId);
      this.errors = withoutKey(this.errors, claimId);
      if (!this.#saves.isPending(claimId) && !(claimId in this.drafts)) this.states[claimId] = 'saved';
      if (this.failedIds.length === 0) notices.dismissTitle(NOTE_FAILED_TITLE);
    } catch (error) {
      this.states[claimId] = 'failed';
      this.errors[claimId] = describeError(error);
      notices.error(NOTE_FAILED_TITLE, error, {
        hint: 'Factdesk kept your text. Retry, or copy it somewhere safe before you close the app.',
        actions: [{ label: 'Retry', run: () => void this.retryFailed() }],
      });
    }
  }
}

// Claim notes save as the user types: debounced, flushed on blur, on selection change and on leaving.
import type { ClaimUpdate } from '../../../shared/api';
import { call } from '../lib/client';

export type NoteSaveState = 'editing' | 'saving' | 'saved' | 'failed';

export const NOTE_DEBOUNCE_MS = 300;

interface Pending {
  articleId: string;
  note: string;
  timer: ReturnType<typeof setTimeout>;
}

export class NoteDrafts {
  /** Save state per claim id, for the "Saved" indicator. */
  states = $state<Record<string, NoteSaveState>>({});
  errors = $state<Record<string, string>>({});
  #pending: Record<string, Pending> = {};
  #inFlight: Record<string, Promise<void>> = {};
  readonly #onSaved: (update: ClaimUpdate) => void;

  constructor(onSaved: (update: ClaimUpdate) => void) {
    this.#onSaved = onSaved;
  }

  schedule(articleId: string, claimId: string, note: string): void {
    const previous = this.#pending[claimId];
    if (previous) clearTimeout(previous.timer);
    this.states[claimId] = 'editing';
    this.#pending[claimId] = {
      articleId,
      note,
      timer: setTimeout(() => void this.flush(claimId), NOTE_DEBOUNCE_MS),
    };
  }

  /** Saves the claim's pending note now, if there is one; resolves when every save of it has finished. */
  async flush(claimId: string): Promise<void> {
    const pending = this.#pending[claimId];
    if (pending) {
      clearTimeout(pending.timer);
      delete this.#pending[claimId];
      const before = this.#inFlight[claimId] ?? Promise.resolve();
      // Saves of one claim go out in order, so an older note never overwrites a newer one.
      const save = before.then(() => this.#save(pending.articleId, claimId, pending.note));
      this.#inFlight[claimId] = save;
      void save.finally(() => {
        if (this.#inFlight[claimId] === save) delete this.#inFlight[claimId];
      });
    }
    await this.#inFlight[claimId];
  }

  async flushAll(): Promise<void> {
    const ids = new Set([...Object.keys(this.#pending), ...Object.keys(this.#inFlight)]);
    await Promise.all([...ids].map((id) => this.flush(id)));
  }

  hasUnsaved(): boolean {
    return Object.keys(this.#pending).length > 0 || Object.keys(this.#inFlight).length > 0;
  }

  async #save(articleId: string, claimId: string, note: string): Promise<void> {
    this.states[claimId] = 'saving';
    try {
      const update = await call('setClaimNote', { articleId, claimId, note });
      this.#onSaved(update);
      delete this.errors[claimId];
      // Typing again while this save was on its way keeps the newer state.
      if (!this.#pending[claimId]) this.states[claimId] = 'saved';
    } catch (error) {
      this.states[claimId] = 'failed';
      this.errors[claimId] = error instanceof Error ? error.message : String(error);
    }
  }
}

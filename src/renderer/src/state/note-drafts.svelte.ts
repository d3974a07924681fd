// Claim notes save as the user types: debounced, flushed on blur, on selection change and on leaving.
import type { ClaimUpdate } from '../../../shared/api';
import { call } from '../lib/client';
import { DebouncedSaves } from '../lib/debounced-saves';

export type NoteSaveState = 'editing' | 'saving' | 'saved' | 'failed';

export const NOTE_DEBOUNCE_MS = 300;

interface Draft {
  articleId: string;
  note: string;
}

export class NoteDrafts {
  /** Save state per claim id, for the "Saved" indicator. */
  states = $state<Record<string, NoteSaveState>>({});
  errors = $state<Record<string, string>>({});
  readonly #saves: DebouncedSaves<Draft>;
  readonly #onSaved: (update: ClaimUpdate) => void;

  constructor(onSaved: (update: ClaimUpdate) => void) {
    this.#onSaved = onSaved;
    this.#saves = new DebouncedSaves(NOTE_DEBOUNCE_MS, (claimId, draft) => this.#save(claimId, draft));
  }

  schedule(articleId: string, claimId: string, note: string): void {
    this.states[claimId] = 'editing';
    this.#saves.schedule(claimId, { articleId, note });
  }

  flush(claimId: string): Promise<void> {
    return this.#saves.flush(claimId);
  }

  flushAll(): Promise<void> {
    return this.#saves.flushAll();
  }

  async #save(claimId: string, { articleId, note }: Draft): Promise<void> {
    this.states[claimId] = 'saving';
    try {
      const update = await call('setClaimNote', { articleId, claimId, note });
      this.#onSaved(update);
      if (claimId in this.errors) {
        this.errors = Object.fromEntries(Object.entries(this.errors).filter(([id]) => id !== claimId));
      }
      // Typing again while this save was on its way keeps the newer state.
      if (!this.#saves.isPending(claimId)) this.states[claimId] = 'saved';
    } catch (error) {
      this.states[claimId] = 'failed';
      this.errors[claimId] = error instanceof Error ? error.message : String(error);
    }
  }
}

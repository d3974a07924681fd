// Imports held back as duplicates until the fact-checker decides. In memory only: after a restart the
// file is simply imported again. Bounded, so a huge batch of duplicates cannot hold every article at once.
import type { ArticleDocument } from '../../shared/model';
import { newPendingId } from '../ids';

export interface PendingImport {
  doc: ArticleDocument;
  /** The file, address or "pasted text" it came from. */
  name: string;
  existingId: string;
}

const MAX_PENDING = 500;

export class PendingImports {
  readonly #entries = new Map<string, PendingImport>();

  hold(entry: PendingImport): string {
    const pendingId = newPendingId();
    this.#entries.set(pendingId, entry);
    // Maps keep insertion order: the first key is the oldest decision still open.
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= MAX_PENDING) break;
      this.#entries.delete(oldest);
    }
    return pendingId;
  }

  /** The held import, removed from the waiting list; null when it is not (or no longer) waiting. */
  take(pendingId: string): PendingImport | null {
    const entry = this.#entries.get(pendingId) ?? null;
    this.#entries.delete(pendingId);
    return entry;
  }
}

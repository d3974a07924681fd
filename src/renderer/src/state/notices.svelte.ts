// Messages for the user: errors that say what happened and what to do, and confirmations.
import { ApiCallError, hintFor } from '../lib/client';

export type NoticeTone = 'error' | 'success' | 'info';

export interface Notice {
  id: number;
  tone: NoticeTone;
  title: string;
  message: string | null;
  hint: string | null;
  details: string[];
  /** Text the user may want to copy, e.g. where a report was saved. */
  path: string | null;
}

export type NoticeInput = Partial<Omit<Notice, 'id' | 'tone' | 'title'>> & { title: string; persistent?: boolean };

const AUTO_DISMISS_MS = 6000;

class Notices {
  items = $state<Notice[]>([]);
  #nextId = 1;

  push(tone: NoticeTone, input: NoticeInput): number {
    const id = this.#nextId++;
    const notice: Notice = {
      id,
      tone,
      title: input.title,
      message: input.message ?? null,
      hint: input.hint ?? null,
      details: input.details ?? [],
      path: input.path ?? null,
    };
    // One notice per title: a repeated error replaces the old one instead of stacking.
    this.items = [...this.items.filter((n) => n.title !== notice.title), notice].slice(-4);
    if (tone !== 'error' && !input.persistent) setTimeout(() => this.dismiss(id), AUTO_DISMISS_MS);
    return id;
  }

  error(title: string, error: unknown, extra: Partial<NoticeInput> = {}): void {
    const message = error instanceof Error ? error.message : String(error);
    const hint = error instanceof ApiCallError ? hintFor(error.code) : null;
    this.push('error', { title, message, hint, ...extra });
  }

  success(input: NoticeInput): void {
    this.push('success', input);
  }

  dismiss(id: number): void {
    this.items = this.items.filter((n) => n.id !== id);
  }

  clearErrors(): void {
    this.items = this.items.filter((n) => n.tone !== 'error');
  }
}

export const notices = new Notices();

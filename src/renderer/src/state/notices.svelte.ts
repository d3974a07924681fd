// Messages for the user: errors that say what happened and what to do, and confirmations.
import { ApiCallError, hintFor } from '../lib/client';
import { describeError } from '../lib/format';

export type NoticeTone = 'error' | 'success' | 'info';

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  tone: NoticeTone;
  title: string;
  message: string | null;
  hint: string | null;
  details: string[];
  /** Text the user may want to copy, e.g. where a report was saved. */
  path: string | null;
  /** Buttons that act on what the notice says, e.g. Retry. */
  actions: NoticeAction[];
}

export type NoticeInput = Partial<Omit<Notice, 'id' | 'tone' | 'title'>> & { title: string; isPersistent?: boolean };

const AUTO_DISMISS_MS = 6000;

class Notices {
  items = $state<Notice[]>([]);
  #nextId = 1;
  /** Auto-dismiss timers of the notices that have one. */
  readonly #timers = new Map<number, ReturnType<typeof setTimeout>>();
  /** Notices that go by themselves (confirmations), unless the pointer or focus is on them. */
  readonly #autoDismissed = new Set<number>();

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
      actions: input.actions ?? [],
    };
    // One notice per title: a repeated error replaces the old one instead of stacking.
    this.items = [...this.items.filter((n) => n.title !== notice.title), notice].slice(-4);
    if (tone !== 'error' && !input.isPersistent) this.#startTimer(id);
    return id;
  }

  error(title: string, error: unknown, extra: Partial<NoticeInput> = {}): void {
    const hint = error instanceof ApiCallError ? hintFor(error.code) : null;
    this.push('error', { title, message: describeError(error), hint, ...extra });
  }

  success(input: NoticeInput): void {
    this.push('success', input);
  }

  dismiss(id: number): void {
    this.#stopTimer(id);
    this.#autoDismissed.delete(id);
    this.items = this.items.filter((n) => n.id !== id);
  }

  dismissTitle(title: string): void {
    for (const notice of this.items.filter((n) => n.title === title)) this.dismiss(notice.id);
  }

  clearErrors(): void {
    this.items = this.items.filter((n) => n.tone !== 'error');
  }

  /** The user is reading or using the notice: its auto-dismiss waits. */
  hold(id: number): void {
    this.#stopTimer(id);
  }

  /** The pointer and focus have left the notice: it goes after the usual delay, if it is one that goes. */
  release(id: number): void {
    if (this.#autoDismissed.has(id)) this.#startTimer(id);
  }

  #startTimer(id: number): void {
    this.#autoDismissed.add(id);
    this.#stopTimer(id);
    this.#timers.set(id, setTimeout(() => this.dismiss(id), AUTO_DISMISS_MS));
  }

  #stopTimer(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
  }
}

export const notices = new Notices();

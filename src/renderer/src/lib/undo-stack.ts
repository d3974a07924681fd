// The undo and redo stacks, without the app: what is undone next, what redo replays, one step at a time.
// Steps are opaque here; `perform` runs one (an API call) and throws when it fails.

export type UndoDirection = 'undo' | 'redo';

export type StepOutcome<S> =
  | { kind: 'done'; step: S }
  /** Nothing to undo (or redo). */
  | { kind: 'empty' }
  /** The step stays next; `step` is null when the preparation failed before one was picked. */
  | { kind: 'failed'; step: S | null; error: unknown }
  /** Asked for while an earlier undo or redo was running, which then failed: not run. */
  | { kind: 'cancelled' };

export interface UndoStackOptions<S> {
  perform: (step: S, direction: UndoDirection) => Promise<void>;
  /** Runs before each undo or redo picks its step, e.g. to save typing that will become a step itself. */
  prepare?: () => Promise<void>;
  /** Called whenever either stack changes. */
  onChange?: () => void;
  /** The oldest steps go beyond this many (a bound on memory, far beyond a day's work). */
  limit?: number;
}

export const DEFAULT_UNDO_LIMIT = 5_000;

export class UndoStack<S> {
  #done: S[] = [];
  #undone: S[] = [];
  /** Undo and redo requests run one after another, in the order asked. */
  #queue: Promise<unknown> = Promise.resolve();
  /** Bumped by every new step: a redo stack from before it is no longer valid. */
  #recorded = 0;
  /** Bumped by every failure: requests queued behind a failed one are cancelled, not tried on. */
  #failures = 0;
  readonly #options: UndoStackOptions<S>;

  constructor(options: UndoStackOptions<S>) {
    this.#options = options;
  }

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }

  /** The step undo would take back next. */
  get nextUndo(): S | null {
    return this.#done.at(-1) ?? null;
  }

  get nextRedo(): S | null {
    return this.#undone.at(-1) ?? null;
  }

  /** The step was done and is not undone (it is somewhere on the undo stack). */
  isDone(step: S): boolean {
    return this.#done.includes(step);
  }

  /** A new action: undoable next, and whatever was undone can no longer be redone. */
  push(step: S): void {
    this.#done.push(step);
    const limit = this.#options.limit ?? DEFAULT_UNDO_LIMIT;
    if (this.#done.length > limit) this.#done.splice(0, this.#done.length - limit);
    this.#undone = [];
    this.#recorded++;
    this.#changed();
  }

  /**
   * Changes the last step instead of pushing another (one entry per edit, not per save): `amend` answers the
   * step that replaces it, or null to drop it (the edit was taken back). False when `matches` refuses the step.
   */
  amendLast(matches: (step: S) => boolean, amend: (step: S) => S | null): boolean {
    const last = this.#done.at(-1);
    if (last === undefined || !matches(last)) return false;
    const next = amend(last);
    this.#done.pop();
    if (next !== null) this.#done.push(next);
    this.#undone = [];
    this.#recorded++;
    this.#changed();
    return true;
  }

  /** Forgets every step `predicate` picks, from both stacks (e.g. of an article just deleted). */
  forget(predicate: (step: S) => boolean): void {
    this.#done = this.#done.filter((step) => !predicate(step));
    this.#undone = this.#undone.filter((step) => !predicate(step));
    this.#changed();
  }

  undo(): Promise<StepOutcome<S>> {
    return this.#enqueue('undo');
  }

  redo(): Promise<StepOutcome<S>> {
    return this.#enqueue('redo');
  }

  #enqueue(direction: UndoDirection): Promise<StepOutcome<S>> {
    const failures = this.#failures;
    const run = this.#queue.then(() => (this.#failures === failures ? this.#run(direction) : { kind: 'cancelled' as const }));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #run(direction: UndoDirection): Promise<StepOutcome<S>> {
    try {
      await this.#options.prepare?.();
    } catch (error) {
      this.#failures++;
      return { kind: 'failed', step: null, error };
    }
    const from = direction === 'undo' ? this.#done : this.#undone;
    const step = from.at(-1);
    if (step === undefined) return { kind: 'empty' };
    const recorded = this.#recorded;
    try {
      await this.#options.perform(step, direction);
    } catch (error) {
      // The stacks stay as they were: the same step is next, to try again.
      this.#failures++;
      return { kind: 'failed', step, error };
    }
    this.#done = this.#done.filter((candidate) => candidate !== step);
    this.#undone = this.#undone.filter((candidate) => candidate !== step);
    // An action recorded while this ran came after it: redoing across it would replay an older state.
    const isOvertaken = this.#recorded !== recorded;
    if (direction === 'undo' && !isOvertaken) this.#undone.push(step);
    if (direction === 'redo') this.#done.push(step);
    this.#changed();
    return { kind: 'done', step };
  }

  #changed(): void {
    this.#options.onChange?.();
  }
}

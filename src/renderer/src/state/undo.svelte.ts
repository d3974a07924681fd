// Undo and redo of the fact-checker's claim actions, for the whole session: status (and dismissal), note,
// wording, adding and deleting a claim. A step undoes by the inverse API call with the value from before, and
// redo replays the change; both are changes like any other (the claim's history records them, signed).
import { getUndoCommand, isModalOpen, isTypingTarget } from '../lib/keys';
import { UndoStack, type StepOutcome, type UndoDirection } from '../lib/undo-stack';
import { notices } from './notices.svelte';

export interface UndoEntry {
  /** What the action did, in words ("Mark as Verified"), for notices. */
  label: string;
  articleId: string;
  claimId: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** A note edit: the text before it and after it, which later saves of the same edit extend. */
  note?: { from: string; to: string };
}

/** What undo needs of the workbench. */
export interface UndoTarget {
  /** Makes the article the open one, opening it if need be; throws when it cannot. */
  showArticle(articleId: string): Promise<void>;
  /** Selects the claim and scrolls to it, if the open article has it. */
  showClaim(claimId: string): void;
  /** Saves the notes still being typed, so their edits are steps before undo picks one. */
  flushNotes(): Promise<unknown>;
}

export const UNDONE_TITLE = 'Undone';
export const REDONE_TITLE = 'Redone';

export class UndoHistory {
  canUndo = $state(false);
  canRedo = $state(false);
  readonly #stack: UndoStack<UndoEntry>;
  /** Claims whose note is being edited: its saves extend one step until the field is left. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown: nothing reacts to it.
  readonly #openNotes = new Set<string>();

  constructor(target: UndoTarget) {
    this.#stack = new UndoStack<UndoEntry>({
      prepare: async () => {
        await target.flushNotes();
        this.#openNotes.clear();
      },
      perform: async (entry, direction) => {
        await target.showArticle(entry.articleId);
        await entry[direction]();
        target.showClaim(entry.claimId);
      },
      onChange: () => {
        this.canUndo = this.#stack.canUndo;
        this.canRedo = this.#stack.canRedo;
      },
    });
  }

  /** A new action; whatever was undone can no longer be redone. */
  record(entry: UndoEntry): UndoEntry {
    this.#stack.push(entry);
    return entry;
  }

  /**
   * A saved note: one step per edit, not per save. Saves while the field has not been left extend the edit's
   * step (`build` makes the step from the text before the edit and the text now); typed back to where it
   * started, the step goes.
   */
  recordNote(claimId: string, from: string, to: string, build: (from: string, to: string) => UndoEntry): void {
    const isExtended =
      this.#openNotes.has(claimId) &&
      this.#stack.amendLast(
        (entry) => entry.claimId === claimId && entry.note !== undefined,
        (entry) => {
          const start = entry.note?.from ?? from;
          return start === to ? null : build(start, to);
        },
      );
    if (isExtended || from === to) return;
    this.#stack.push(build(from, to));
    this.#openNotes.add(claimId);
  }

  /** The note field was left: its next save is a new edit. */
  endNoteEdit(claimId: string): void {
    this.#openNotes.delete(claimId);
  }

  /** An article was deleted: its steps can never run. */
  forgetArticle(articleId: string): void {
    this.#stack.forget((entry) => entry.articleId === articleId);
  }

  async undo(): Promise<void> {
    this.#report('undo', await this.#stack.undo());
  }

  async redo(): Promise<void> {
    this.#report('redo', await this.#stack.redo());
  }

  /** A notice's Undo for one action: undone only while nothing newer would have to be undone first. */
  async undoIfLast(entry: UndoEntry): Promise<void> {
    if (this.#stack.nextUndo === entry) {
      await this.undo();
    } else if (this.#stack.isDone(entry)) {
      notices.push('info', {
        title: 'Undo the later changes first',
        message: `Changes made after “${entry.label}” are undone first, newest first: press Ctrl+Z (⌘Z on a Mac), or use Edit → Undo.`,
      });
    }
  }

  /** Ctrl/Cmd+Z and the redo keys, outside text fields (which keep their own text undo) and dialogs. */
  onKeydown(event: KeyboardEvent): void {
    const command = getUndoCommand(event);
    if (!command || event.defaultPrevented || isTypingTarget(event.target) || isModalOpen()) return;
    event.preventDefault();
    void this[command]();
  }

  /** Edit → Undo / Redo: the focused text field's own undo, else the app's (never behind a dialog). */
  runMenuCommand(command: UndoDirection): void {
    if (isTypingTarget(document.activeElement)) {
      // The text field's own undo; no other API reaches it (deprecated, but Chromium keeps it for this).
      document.execCommand(command);
      return;
    }
    if (!isModalOpen()) void this[command]();
  }

  #report(direction: UndoDirection, outcome: StepOutcome<UndoEntry>): void {
    const isUndo = direction === 'undo';
    switch (outcome.kind) {
      case 'done':
        notices.success({ title: isUndo ? UNDONE_TITLE : REDONE_TITLE, message: outcome.step.label });
        break;
      case 'empty':
        notices.push('info', { title: isUndo ? 'Nothing to undo' : 'Nothing to redo' });
        break;
      case 'failed': {
        const { step } = outcome;
        const title = `Couldn’t ${direction}${step ? ` “${step.label}”` : ''}`;
        notices.error(title, outcome.error, {
          hint: 'Nothing was changed, and this step stays next: you can try again.',
          // A step that can never work (its claim went with a new version of the text) must not block the others.
          actions: step
            ? [
                {
                  label: 'Skip this step',
                  run: () => {
                    this.#stack.forget((candidate) => candidate === step);
                    notices.dismissTitle(title);
                  },
                },
              ]
            : [],
        });
        break;
      }
      case 'cancelled':
        break;
    }
  }
}

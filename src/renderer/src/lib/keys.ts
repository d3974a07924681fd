// Keyboard helpers for single-key shortcuts that must not fire while the user is typing.

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

export function isModalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/** A plain key press (no Ctrl, Alt or Meta) outside text fields and dialogs. */
export function isShortcutEvent(event: KeyboardEvent): boolean {
  return (
    !event.defaultPrevented &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.isComposing &&
    !isTypingTarget(event.target) &&
    !isModalOpen()
  );
}

/**
 * The letter a single-key shortcut stands for: the letter typed on a Latin layout (so AZERTY and Dvorak users
 * get the letters they see), and the physical key's letter only when the typed character is not a Latin
 * letter (Cyrillic and other layouts).
 */
export function getShortcutLetter(event: KeyboardEvent): string | null {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  if (event.key.length !== 1) return null;
  return /^Key([A-Z])$/.exec(event.code)?.[1]?.toLowerCase() ?? null;
}

/**
 * The app's undo or redo asked for by a key press: Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. By the
 * physical key too on layouts without Latin letters. Null for any other press.
 */
export function getUndoCommand(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (event.altKey || event.isComposing || !(event.ctrlKey || event.metaKey)) return null;
  const letter = getShortcutLetter(event);
  if (letter === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && event.ctrlKey && !event.metaKey && !event.shiftKey) return 'redo';
  return null;
}

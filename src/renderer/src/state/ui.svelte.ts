// View state shared between components that is not part of the library: open dialogs, the drop overlay.

class Ui {
  isPasteOpen = $state(false);
  isUrlOpen = $state(false);
  isPreferencesOpen = $state(false);
  isDragging = $state(false);
  isShortcutsOpen = $state(false);
}

export const ui = new Ui();

// Moving between the rows of a list by keyboard: the row a key press leads to.

/** The keys that move between rows, and where each goes. */
const STEPS = new Map<string, (index: number, rowCount: number, pageSize: number) => number>([
  ['ArrowUp', (index) => index - 1],
  ['ArrowDown', (index) => index + 1],
  ['PageUp', (index, _rowCount, pageSize) => index - pageSize],
  ['PageDown', (index, _rowCount, pageSize) => index + pageSize],
  ['Home', () => 0],
  ['End', (_index, rowCount) => rowCount - 1],
]);

/**
 * The index of the row that `key` moves to from row `index`, kept within the list; null when the key does
 * not move between rows or the list is empty. `pageSize` is the step of Page Up and Page Down.
 */
export function findRowForKey(key: string, index: number, rowCount: number, pageSize: number): number | null {
  const step = STEPS.get(key);
  if (!step || rowCount <= 0) return null;
  return Math.min(Math.max(step(index, rowCount, Math.max(1, pageSize)), 0), rowCount - 1);
}

// The arithmetic of a virtualised list of rows of one fixed height: which rows to render for a scroll
// position, where to scroll to show a row, and the gaps that stand in for the rows not rendered.

/** Rows `start` (included) to `end` (excluded), by index in the whole list. */
export interface RowRange {
  start: number;
  end: number;
}

/** Where a list is scrolled, measured from its first row. */
export interface ListGeometry {
  /** How far the list is scrolled, in pixels from the top of its first row. */
  scrollTop: number;
  /** The height of the part of the scroll container that shows rows (without a sticky header). */
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
}

/** One slot of the rendered list: a row, or a gap as tall as the rows it stands in for. */
export type RowSlot = { kind: 'row'; index: number } | { kind: 'gap'; key: string; height: number };

/** The furthest the list can be scrolled. */
export function getMaxScrollTop({ viewportHeight, rowHeight, rowCount }: ListGeometry): number {
  return Math.max(0, rowCount * rowHeight - viewportHeight);
}

/** The rows in view (even partly) at this scroll position, with `overscan` more on each side. */
export function findVisibleRows(geometry: ListGeometry, overscan: number): RowRange {
  const { viewportHeight, rowHeight, rowCount } = geometry;
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  // The browser can report a position past either end while it bounces (overscroll) or just after the list shrank.
  const scrollTop = clamp(geometry.scrollTop, 0, getMaxScrollTop(geometry));
  const first = Math.floor(scrollTop / rowHeight);
  const last = Math.ceil((scrollTop + Math.max(0, viewportHeight)) / rowHeight);
  return {
    start: clamp(first - overscan, 0, rowCount),
    end: clamp(Math.max(last, first + 1) + overscan, 0, rowCount),
  };
}

/**
 * The scroll position that shows row `index` whole with the least movement: unchanged when it is in view
 * already, else the row at the top (moving up) or at the bottom (moving down) of the viewport.
 */
export function findScrollTopForRow(geometry: ListGeometry, index: number): number {
  const { viewportHeight, rowHeight, rowCount } = geometry;
  const maxScrollTop = getMaxScrollTop(geometry);
  const scrollTop = clamp(geometry.scrollTop, 0, maxScrollTop);
  if (rowCount <= 0) return scrollTop;
  const top = clamp(index, 0, rowCount - 1) * rowHeight;
  const bottom = top + rowHeight;
  // A viewport shorter than a row shows its top.
  if (top < scrollTop || viewportHeight < rowHeight) return clamp(top, 0, maxScrollTop);
  if (bottom > scrollTop + viewportHeight) return clamp(bottom - viewportHeight, 0, maxScrollTop);
  return scrollTop;
}

/** How many whole rows the viewport shows (at least one): the step of Page Up and Page Down. */
export function countRowsPerPage(viewportHeight: number, rowHeight: number): number {
  if (rowHeight <= 0) return 1;
  return Math.max(1, Math.floor(viewportHeight / rowHeight));
}

/**
 * The slots to render: the rows of `range`, plus `pinned` (the row that has the keyboard focus, kept in the
 * page so the focus is not lost when it scrolls away), with gaps for every run of rows left out, so the list
 * keeps its full height and the scrollbar its place.
 */
export function layoutRows(range: RowRange, pinned: number | null, rowCount: number, rowHeight: number): RowSlot[] {
  const start = clamp(range.start, 0, rowCount);
  const end = clamp(range.end, start, rowCount);
  const indices: number[] = [];
  if (pinned !== null && pinned >= 0 && pinned < start) indices.push(pinned);
  for (let index = start; index < end; index += 1) indices.push(index);
  if (pinned !== null && pinned >= end && pinned < rowCount) indices.push(pinned);

  const slots: RowSlot[] = [];
  // Gaps are keyed by their order, not their rows: as the list scrolls, each keeps its element and only its height changes.
  let gapCount = 0;
  const pushGap = (rows: number) => slots.push({ kind: 'gap', key: `gap:${gapCount++}`, height: rows * rowHeight });
  let next = 0;
  for (const index of indices) {
    if (index > next) pushGap(index - next);
    slots.push({ kind: 'row', index });
    next = index + 1;
  }
  if (rowCount > next) pushGap(rowCount - next);
  return slots;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

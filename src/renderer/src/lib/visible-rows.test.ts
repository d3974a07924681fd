import { describe, expect, it } from 'vitest';
import { countRowsPerPage, findScrollTopForRow, findVisibleRows, getMaxScrollTop, layoutRows, type ListGeometry, type RowSlot } from './visible-rows';

/** 5,000 rows of 80 px in a 600 px viewport. */
const at = (scrollTop: number, changes: Partial<ListGeometry> = {}): ListGeometry => ({
  scrollTop,
  viewportHeight: 600,
  rowHeight: 80,
  rowCount: 5000,
  ...changes,
});

/** The rows that are in view, by checking every row's box against the viewport (the slow, obvious way). */
function rowsInViewByBoxes({ scrollTop, viewportHeight, rowHeight, rowCount }: ListGeometry): number[] {
  const rows: number[] = [];
  for (let index = 0; index < rowCount; index += 1) {
    const top = index * rowHeight;
    if (top < scrollTop + viewportHeight && top + rowHeight > scrollTop) rows.push(index);
  }
  return rows;
}

describe('findVisibleRows', () => {
  it('covers every row in view, plus the overscan on each side', () => {
    // Positions on and between row edges, at the ends and in the middle.
    for (const scrollTop of [0, 1, 79, 80, 81, 1234, 200_000, 399_399, 399_400]) {
      const geometry = at(scrollTop);
      const inView = rowsInViewByBoxes(geometry);
      const range = findVisibleRows(geometry, 3);
      expect(range.start, `start at ${scrollTop}`).toBe(Math.max(0, (inView[0] ?? 0) - 3));
      expect(range.end, `end at ${scrollTop}`).toBe(Math.min(5000, (inView.at(-1) ?? 0) + 1 + 3));
    }
  });

  it('renders a handful of rows, not the whole list', () => {
    const range = findVisibleRows(at(200_000), 4);
    expect(range).toEqual({ start: 2496, end: 2512 });
    expect(range.end - range.start).toBeLessThan(20);
  });

  it('keeps within the list when scrolled past its ends (overscroll, or a list that just shrank)', () => {
    expect(findVisibleRows(at(-150), 2)).toEqual({ start: 0, end: 10 });
    // Scrolled to row 4,000 of a list now 12 rows long: the last rows, not an empty window.
    expect(findVisibleRows(at(320_000, { rowCount: 12 }), 2)).toEqual({ start: 2, end: 12 });
  });

  it('renders everything when the list is shorter than its viewport, and nothing when it is empty', () => {
    expect(findVisibleRows(at(0, { rowCount: 4 }), 5)).toEqual({ start: 0, end: 4 });
    expect(findVisibleRows(at(0, { rowCount: 0 }), 5)).toEqual({ start: 0, end: 0 });
  });

  it('still renders a row before the viewport is measured', () => {
    expect(findVisibleRows(at(0, { viewportHeight: 0 }), 0)).toEqual({ start: 0, end: 1 });
  });
});

describe('findScrollTopForRow', () => {
  it('leaves the position alone when the row is in view whole', () => {
    expect(findScrollTopForRow(at(800), 10)).toBe(800);
    expect(findScrollTopForRow(at(800), 16)).toBe(800); // 1280–1360, the viewport ends at 1400
  });

  it('scrolls up to put a row above the viewport at its top', () => {
    expect(findScrollTopForRow(at(800), 9)).toBe(720);
    expect(findScrollTopForRow(at(810), 10)).toBe(800); // partly hidden at the top
  });

  it('scrolls down to put a row below the viewport at its bottom', () => {
    expect(findScrollTopForRow(at(800), 17)).toBe(17 * 80 + 80 - 600);
    expect(findScrollTopForRow(at(0), 4999)).toBe(getMaxScrollTop(at(0)));
    expect(getMaxScrollTop(at(0))).toBe(5000 * 80 - 600);
  });

  it('brings any row into view: after scrolling there, the row is among the visible ones', () => {
    for (const [from, index] of [
      [0, 4321],
      [399_000, 3],
      [12_345, 150],
      [12_345, 160],
    ] as const) {
      const scrollTop = findScrollTopForRow(at(from), index);
      const inView = rowsInViewByBoxes(at(scrollTop));
      expect(inView).toContain(index);
      // Whole, not cut off at either edge.
      expect(index * 80 >= scrollTop && index * 80 + 80 <= scrollTop + 600).toBe(true);
    }
  });

  it('shows the top of a row taller than the viewport, and clamps indexes outside the list', () => {
    expect(findScrollTopForRow(at(0, { viewportHeight: 50 }), 7)).toBe(560);
    expect(findScrollTopForRow(at(5000), -3)).toBe(0);
    expect(findScrollTopForRow(at(0, { rowCount: 20 }), 99)).toBe(20 * 80 - 600);
  });
});

describe('countRowsPerPage', () => {
  it('counts whole rows in the viewport, at least one', () => {
    expect(countRowsPerPage(600, 80)).toBe(7);
    expect(countRowsPerPage(640, 80)).toBe(8);
    expect(countRowsPerPage(30, 80)).toBe(1);
    expect(countRowsPerPage(600, 0)).toBe(1);
  });
});

describe('layoutRows', () => {
  const height = (slots: RowSlot[]) => slots.reduce((sum, slot) => sum + (slot.kind === 'gap' ? slot.height : 80), 0);
  const rows = (slots: RowSlot[]) => slots.flatMap((slot) => (slot.kind === 'row' ? [slot.index] : []));

  it('puts gaps before and after the rendered rows, so the list keeps its full height', () => {
    const slots = layoutRows({ start: 100, end: 103 }, null, 5000, 80);
    expect(slots).toEqual([
      { kind: 'gap', key: 'gap:0', height: 8000 },
      { kind: 'row', index: 100 },
      { kind: 'row', index: 101 },
      { kind: 'row', index: 102 },
      { kind: 'gap', key: 'gap:1', height: 4897 * 80 },
    ]);
    expect(height(slots)).toBe(5000 * 80);
  });

  it('has no gap at an end the rendered rows reach', () => {
    expect(layoutRows({ start: 0, end: 3 }, null, 3, 80).every((slot) => slot.kind === 'row')).toBe(true);
    expect(layoutRows({ start: 0, end: 0 }, null, 0, 80)).toEqual([]);
  });

  it('keeps the focused row rendered in its place when it is scrolled out of the window', () => {
    const below = layoutRows({ start: 10, end: 12 }, 40, 100, 80);
    expect(rows(below)).toEqual([10, 11, 40]);
    expect(height(below)).toBe(100 * 80);
    const above = layoutRows({ start: 10, end: 12 }, 2, 100, 80);
    expect(above.slice(0, 3)).toEqual([
      { kind: 'gap', key: 'gap:0', height: 160 },
      { kind: 'row', index: 2 },
      { kind: 'gap', key: 'gap:1', height: 7 * 80 },
    ]);
    expect(height(above)).toBe(100 * 80);
  });

  it('does not repeat a focused row that is in the window, nor keep one the list no longer has', () => {
    expect(rows(layoutRows({ start: 10, end: 12 }, 11, 100, 80))).toEqual([10, 11]);
    expect(rows(layoutRows({ start: 0, end: 2 }, 100, 100, 80))).toEqual([0, 1]);
  });

  it('gives every gap its own key, the same as the list scrolls', () => {
    const slots = layoutRows({ start: 10, end: 20 }, 70, 100, 80);
    const keys = slots.flatMap((slot) => (slot.kind === 'gap' ? [slot.key] : []));
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
    const gapKeys = (start: number) =>
      layoutRows({ start, end: start + 10 }, null, 100, 80).flatMap((slot) => (slot.kind === 'gap' ? [slot.key] : []));
    expect(gapKeys(31)).toEqual(gapKeys(30));
  });
});

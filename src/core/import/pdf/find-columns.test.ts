import { describe, expect, it } from 'vitest';
import { splitIntoColumns } from './find-columns';
import type { PositionedBox } from './find-columns';

interface LabelledBox extends PositionedBox {
  label: string;
}

/** One box per line: `count` lines from `top` down, `width` points wide from `x`. */
function buildColumn(label: string, x: number, width: number, top: number, count: number): LabelledBox[] {
  return Array.from({ length: count }, (_, index) => ({ label: `${label}${index}`, x, right: x + width, y: top - index * 14, size: 11 }));
}

function labelsOf(groups: readonly LabelledBox[][]): string[][] {
  return groups.map((group) => group.map((box) => box.label));
}

describe('splitIntoColumns', () => {
  it('keeps a single column whole, short lines and all', () => {
    const boxes = [...buildColumn('a', 72, 460, 700, 6), ...buildColumn('b', 72, 120, 600, 4)];
    expect(splitIntoColumns(boxes)).toHaveLength(1);
  });

  it('splits two columns and reads the left one first', () => {
    const boxes = [...buildColumn('R', 320, 220, 700, 5), ...buildColumn('L', 72, 220, 700, 5)];
    expect(labelsOf(splitIntoColumns(boxes)).map((group) => group[0]?.charAt(0))).toEqual(['L', 'R']);
  });

  it('reads three columns left to right', () => {
    const boxes = [
      ...buildColumn('C', 400, 140, 700, 5),
      ...buildColumn('A', 72, 140, 700, 5),
      ...buildColumn('B', 236, 140, 700, 5),
    ];
    expect(labelsOf(splitIntoColumns(boxes)).map((group) => group[0]?.charAt(0))).toEqual(['A', 'B', 'C']);
  });

  it('reads a line across the page between the bands of columns above and below it', () => {
    const boxes = [
      ...buildColumn('a', 72, 220, 700, 4),
      ...buildColumn('b', 320, 220, 700, 4),
      { label: 'title', x: 72, right: 540, y: 620, size: 11 },
      ...buildColumn('c', 72, 220, 590, 4),
      ...buildColumn('d', 320, 220, 590, 4),
    ];
    expect(labelsOf(splitIntoColumns(boxes)).map((group) => group[0])).toEqual(['a0', 'b0', 'title', 'c0', 'd0']);
  });

  it('judges lines set character by character (as Chinese PDFs often are) by their runs of text', () => {
    /** Each line of a column as one box per 11-point character. */
    const buildCharacterColumn = (label: string, x: number, characters: number): LabelledBox[] =>
      Array.from({ length: 12 }, (_, line) =>
        Array.from({ length: characters }, (_, index) => ({
          label: `${label}${line}`,
          x: x + index * 11,
          right: x + (index + 1) * 11,
          y: 700 - line * 16,
          size: 11,
        })),
      ).flat();
    expect(splitIntoColumns(buildCharacterColumn('one', 72, 40))).toHaveLength(1);
    const columns = splitIntoColumns([...buildCharacterColumn('R', 320, 20), ...buildCharacterColumn('L', 72, 20)]);
    expect(columns.map((group) => new Set(group.map((box) => box.label.charAt(0))))).toEqual([new Set(['L']), new Set(['R'])]);
  });

  it('does not take a block of text below another for columns', () => {
    const boxes = [...buildColumn('top', 72, 200, 700, 4), ...buildColumn('low', 330, 200, 600, 4)];
    expect(splitIntoColumns(boxes)).toHaveLength(1);
  });
});

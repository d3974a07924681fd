import { describe, expect, it } from 'vitest';
import { findRunningLines } from './find-repeated-lines';
import type { EdgeLine, PageLines } from './find-repeated-lines';

const TOP = 792;

function buildPage(number: number, extra: readonly EdgeLine[] = []): PageLines {
  return {
    top: TOP,
    bottom: 0,
    lines: [
      { text: 'Annual Report 2024', y: 760, size: 9 },
      { text: `Body text of page ${number} starts here`, y: 700, size: 11 },
      { text: 'and the body goes on for a while.', y: 686, size: 11 },
      ...extra,
      { text: `${number} / 12`, y: 30, size: 9 },
    ],
  };
}

describe('findRunningLines', () => {
  it('marks a header repeated on most pages and footers whose page number changes', () => {
    const marks = findRunningLines([1, 2, 3, 4].map((number) => buildPage(number)));
    for (const pageMarks of marks) expect(pageMarks).toEqual([true, false, false, true]);
  });

  it('marks a page number standing alone even on a single page', () => {
    const page: PageLines = {
      top: TOP,
      bottom: 0,
      lines: [
        { text: 'Only page text.', y: 700, size: 11 },
        { text: '- 7 -', y: 30, size: 9 },
      ],
    };
    expect(findRunningLines([page])).toEqual([[false, true]]);
  });

  it('keeps lines at the page edge that do not repeat, and repeated lines away from the edges', () => {
    const pages = [1, 2, 3].map((number) =>
      buildPage(number, [
        { text: 'Subscribe to our newsletter', y: 400, size: 11 },
        { text: ['A footnote on sources', 'Another note on method', 'A last remark'][number - 1] ?? '', y: 40 + number * 8, size: 8 },
      ]),
    );
    // Page 1 opens with a title where the other pages have their header: neither its words nor its size match.
    const cover = { text: 'Cover story', y: 750, size: 16 };
    pages[0] = { ...pages[0]!, lines: pages[0]!.lines.map((line, index) => (index === 0 ? cover : line)) };
    const marks = findRunningLines(pages);
    expect(marks[0]).toEqual([false, false, false, false, false, true]);
    expect(marks[1]).toEqual([true, false, false, false, false, true]);
  });

  it('marks headers that change with the chapter by their place, set apart from the text', () => {
    const pages: PageLines[] = ['Chapter 1: Methods', 'Chapter 1: Methods', 'Chapter 2: Results', 'Chapter 3: Sources'].map(
      (header, index) => ({
        top: TOP,
        bottom: 0,
        lines: [
          { text: `${header} ${index + 3}`, y: 760, size: 9 },
          { text: `Text of page ${index + 1} that differs.`, y: 700, size: 11 },
          { text: 'More text.', y: 686, size: 11 },
        ],
      }),
    );
    expect(findRunningLines(pages).map((marks) => marks[0])).toEqual([true, true, true, true]);
  });

  it('keeps the first line of text at the same place on every page when it sits at the usual spacing', () => {
    const pages: PageLines[] = ['Alpha', 'Beta', 'Gamma'].map((word) => ({
      top: TOP,
      bottom: 0,
      lines: [
        { text: `${word} begins here`, y: 770, size: 11 },
        { text: `and ${word.toLowerCase()} follows closely.`, y: 756, size: 11 },
        { text: `Then ${word} ends.`, y: 742, size: 11 },
      ],
    }));
    expect(findRunningLines(pages).flat()).not.toContain(true);
  });

  it('does not take a large title for the small running header with the same words', () => {
    const pages: PageLines[] = [20, 9, 9].map((size) => ({
      top: TOP,
      bottom: 0,
      lines: [{ text: 'Media Forum Report', y: 760, size }, { text: 'Text.', y: 700, size: 11 }],
    }));
    expect(findRunningLines(pages).map((marks) => marks[0])).toEqual([false, true, true]);
  });
});

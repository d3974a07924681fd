// The text boxes of a PDF's pages to running text in reading order: running headers, footers and page
// numbers dropped, columns read one after the other, paragraphs rebuilt, hyphenation undone.
import { buildParagraphs, measureLineSpacing } from './build-paragraphs';
import { splitIntoColumns } from './find-columns';
import { findRunningLines } from './find-repeated-lines';
import { collectVocabulary, joinLines } from './join-hyphenated';
import { groupIntoLines } from './read-pdf-lines';
import type { TextBox, TextLine } from './read-pdf-lines';

export interface PdfPageBoxes {
  boxes: readonly TextBox[];
  /** The page's top and bottom edges in page space. */
  top: number;
  bottom: number;
}

/** A paragraph that ends without a full stop goes on in the next column if that starts in lower case. */
const OPEN_ENDING = /[\p{L}\p{N},\-\u2010\u00ad]$/u;
const LOWER_CASE_START = /^\p{Ll}/u;

/** Paragraphs separated by blank lines; empty when the pages hold no text. */
export function layOutPdfText(pages: readonly PdfPageBoxes[]): string {
  const rowsPerPage = pages.map((page) => groupIntoLines(page.boxes));
  const running = findRunningLines(
    rowsPerPage.map((rows, index) => ({ lines: rows, top: pages[index]?.top ?? 0, bottom: pages[index]?.bottom ?? 0 })),
  );
  const columns: TextLine[][] = [];
  rowsPerPage.forEach((rows, pageIndex) => {
    const kept = rows.filter((_, index) => running[pageIndex]?.[index] !== true).flatMap((row) => row.boxes);
    for (const group of splitIntoColumns(kept)) columns.push(groupIntoLines(group));
  });
  const spacing = measureLineSpacing(columns);
  const paragraphs = mergeContinuedParagraphs(columns.map((lines) => buildParagraphs(lines, spacing)));
  const vocabulary = collectVocabulary(paragraphs);
  return paragraphs
    .map((lines) => joinLines(lines, vocabulary))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** Column by column, joining a paragraph cut by a column or page break back together. */
function mergeContinuedParagraphs(columns: readonly string[][][]): string[][] {
  const merged: string[][] = [];
  for (const paragraphs of columns) {
    paragraphs.forEach((lines, index) => {
      const previous = merged.at(-1);
      const lastLine = previous?.at(-1) ?? '';
      const isContinued = index === 0 && OPEN_ENDING.test(lastLine) && LOWER_CASE_START.test(lines[0] ?? '');
      if (previous !== undefined && isContinued) previous.push(...lines);
      else merged.push([...lines]);
    });
  }
  return merged;
}

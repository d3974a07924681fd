// Running headers and footers: lines at the top or bottom edge of the page that come back on most
// pages (the page number inside them may change), and page numbers standing alone.

export interface EdgeLine {
  text: string;
  /** Baseline in page space (y grows upwards). */
  y: number;
  size: number;
}

export interface PageLines {
  /** The page's lines, top line first. */
  lines: readonly EdgeLine[];
  /** The page's top and bottom edges (its view box) in the same space. */
  top: number;
  bottom: number;
}

/** Headers and footers sit within this share of the page height from its top or bottom edge… */
const EDGE_BAND_SHARE = 0.08;
/** …and among this many lines from the top or the bottom of the page's text. */
const MAX_EDGE_LINES = 3;
/**
 * A line at a page edge, away from the text by this many font sizes, is in a running header's place:
 * a first line of text at the same spot on every page sits at the usual line spacing from the next.
 */
const MIN_SEPARATION_SIZES = 2;
/** A line is running when it comes back on at least this share of the pages (odd and even pages may differ). */
const MIN_PAGE_SHARE = 0.4;

const ROMAN_NUMERAL = '(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})';
/** "12", "- 12 -", "Page 3 of 10", "Страница 3", "стр. 3", "3 бет", "第 3 页", "iv". */
const PAGE_NUMBER = new RegExp(
  `^(?:[-–—]\\s*)?(?:(?:page|p\\.|страница|стр\\.|бет)\\s*)?(?:\\d{1,4}|${ROMAN_NUMERAL})` +
    `(?:\\s*(?:of|из|/)\\s*\\d{1,4})?(?:\\s*(?:бет|стр\\.))?(?:\\s*[-–—])?$` +
    `|^第\\s*\\d{1,4}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?$`,
  'iu',
);

interface EdgeCandidate {
  index: number;
  /** Its words with numbers blanked, so "Page 3" and "Page 4" match; the size keeps a headline apart from a header. */
  textKey: string;
  /** Its place: which edge, baseline and size. Null unless set apart from the text by a wide gap. */
  placeKey: string | null;
}

/** For each page, for each of its lines: whether it is a running header or footer, or a page number. */
export function findRunningLines(pages: readonly PageLines[]): boolean[][] {
  const candidates = pages.map(findEdgeCandidates);
  const pagesPerText = countPages(candidates.map((list) => list.map((candidate) => candidate.textKey)));
  const pagesPerPlace = countPages(candidates.map((list) => list.flatMap((candidate) => candidate.placeKey ?? [])));
  const minPages = Math.max(2, Math.ceil(pages.length * MIN_PAGE_SHARE));
  return pages.map((page, pageIndex) => {
    const marks = page.lines.map(() => false);
    for (const candidate of candidates[pageIndex] ?? []) {
      const isRepeated = (pagesPerText.get(candidate.textKey) ?? 0) >= minPages;
      // Headers that change with the chapter ("Chapter 2: Methods 14") still sit in one place on every page.
      const isInRunningPlace = candidate.placeKey !== null && (pagesPerPlace.get(candidate.placeKey) ?? 0) >= minPages;
      const isPageNumber = PAGE_NUMBER.test(page.lines[candidate.index]?.text.trim() ?? '');
      if (isRepeated || isInRunningPlace || isPageNumber) marks[candidate.index] = true;
    }
    return marks;
  });
}

function findEdgeCandidates(page: PageLines): EdgeCandidate[] {
  const band = (page.top - page.bottom) * EDGE_BAND_SHARE;
  const { lines } = page;
  return lines.flatMap((line, index) => {
    const isNearTop = index < MAX_EDGE_LINES && line.y >= page.top - band;
    const isNearBottom = index >= lines.length - MAX_EDGE_LINES && line.y <= page.bottom + band;
    if (!isNearTop && !isNearBottom) return [];
    // The next line towards the page's middle: below a header, above a footer.
    const inward = isNearTop ? lines[index + 1] : lines[index - 1];
    const isSetApart = inward !== undefined && Math.abs(line.y - inward.y) > MIN_SEPARATION_SIZES * Math.max(line.size, inward.size);
    const edge = isNearTop ? 'top' : 'bottom';
    return [
      {
        index,
        textKey: `${line.text.toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim()}|${Math.round(line.size)}`,
        placeKey: isSetApart ? `${edge}|${Math.round(line.y)}|${Math.round(line.size)}` : null,
      },
    ];
  });
}

/** On how many pages each key occurs. */
function countPages(keysPerPage: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const keys of keysPerPage) {
    for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

// Reading order of a page set in columns: a vertical gutter no text crosses splits the page into a
// left and a right column, read one after the other. Text that does cross it (a headline or a caption
// across the page) cuts the page into bands, and each band's columns are read before the next band.

export interface PositionedBox {
  x: number;
  right: number;
  y: number;
  size: number;
}

interface Gutter {
  start: number;
  end: number;
}

/** Fewer runs of text on a side than this are not a column (a stray page number, a pull quote). */
const MIN_COLUMN_BOXES = 3;
/** The gutter is looked for away from the text's edges: between these shares of its width. */
const GUTTER_SEARCH_MARGIN = 0.15;
/** At most this share of the runs of text may cross the gutter (headlines, captions across the page). */
const MAX_SPANNING_SHARE = 0.25;
/** A gutter is at least this many font sizes wide: narrower gaps are word spaces lining up. */
const MIN_GUTTER_SIZES = 0.8;
/** Points; a large poster is about 3,400 wide. */
const MAX_TEXT_WIDTH = 20_000;
/** Columns inside a column (three-column pages) are looked for this many times over. */
const MAX_DEPTH = 2;

/** The page's boxes in groups, in reading order: each group one column of one band, or a line across. */
export function splitIntoColumns<T extends PositionedBox>(boxes: readonly T[], depth = 0): T[][] {
  // Judged on runs of text, not on single boxes: some PDFs place every character (Chinese, often) or
  // word as a box of its own, and the share of text crossing a gutter is a share of lines.
  const segments = joinIntoSegments(boxes);
  const gutter = depth < MAX_DEPTH ? findGutter(segments) : null;
  if (gutter === null) return boxes.length === 0 ? [] : [[...boxes]];
  const middle = (gutter.start + gutter.end) / 2;
  const isSpanning = (segment: Segment<T>): boolean => segment.x < middle && segment.right > middle;
  const rows = groupSpanningRows(segments.filter(isSpanning));
  const bands: { left: T[]; right: T[] }[] = Array.from({ length: rows.length + 1 }, () => ({ left: [], right: [] }));
  for (const segment of segments) {
    if (isSpanning(segment)) continue;
    const band = bands[rows.filter((row) => row.y > segment.y).length];
    (segment.right <= middle ? band?.left : band?.right)?.push(...segment.boxes);
  }
  const groups: T[][] = [];
  bands.forEach((band, index) => {
    groups.push(...splitIntoColumns(band.left, depth + 1), ...splitIntoColumns(band.right, depth + 1));
    const row = rows[index];
    if (row !== undefined) groups.push(row.segments.flatMap((segment) => segment.boxes));
  });
  return groups.filter((group) => group.length > 0);
}

interface Segment<T> extends PositionedBox {
  boxes: T[];
}

/** Boxes on one baseline closer together than a gutter's width, as one run of text. */
function joinIntoSegments<T extends PositionedBox>(boxes: readonly T[]): Segment<T>[] {
  const sorted = [...boxes].sort((first, second) => second.y - first.y || first.x - second.x);
  const segments: Segment<T>[] = [];
  let lineStart = 0;
  for (let index = 0; index <= sorted.length; index += 1) {
    const box = sorted[index];
    const first = sorted[lineStart];
    if (box !== undefined && first !== undefined && Math.abs(first.y - box.y) <= first.size / 2) continue;
    const line = sorted.slice(lineStart, index).sort((left, right) => left.x - right.x);
    let current: Segment<T> | null = null;
    for (const item of line) {
      if (current !== null && item.x - current.right < MIN_GUTTER_SIZES * Math.max(current.size, item.size)) {
        current.right = Math.max(current.right, item.right);
        current.size = Math.max(current.size, item.size);
        current.boxes.push(item);
        continue;
      }
      current = { x: item.x, right: item.right, y: item.y, size: item.size, boxes: [item] };
      segments.push(current);
    }
    lineStart = index;
  }
  return segments;
}

/** The widest vertical strip in the middle of the text that (almost) no box crosses, if columns sit on both sides. */
function findGutter(boxes: readonly PositionedBox[]): Gutter | null {
  if (boxes.length < 2 * MIN_COLUMN_BOXES) return null;
  const left = Math.floor(Math.min(...boxes.map((box) => box.x)));
  const right = Math.ceil(Math.max(...boxes.map((box) => box.right)));
  const width = right - left;
  // Wider than any page: positions are not a page's layout, and the coverage array would be huge.
  if (width <= 0 || width > MAX_TEXT_WIDTH) return null;
  const coverage = countCoverage(boxes, left, width);
  const searchStart = Math.ceil(width * GUTTER_SEARCH_MARGIN);
  const searchEnd = Math.floor(width * (1 - GUTTER_SEARCH_MARGIN));
  let lowest = Number.POSITIVE_INFINITY;
  for (let offset = searchStart; offset < searchEnd; offset += 1) lowest = Math.min(lowest, coverage[offset] ?? 0);
  if (lowest > boxes.length * MAX_SPANNING_SHARE) return null;

  const minWidth = MIN_GUTTER_SIZES * median(boxes.map((box) => box.size));
  let best: Gutter | null = null;
  let runStart = -1;
  for (let offset = searchStart; offset <= searchEnd; offset += 1) {
    const isOpen = offset < searchEnd && (coverage[offset] ?? 0) <= lowest;
    if (isOpen && runStart === -1) runStart = offset;
    if (isOpen || runStart === -1) continue;
    const gutter = { start: left + runStart, end: left + offset };
    if (gutter.end - gutter.start >= minWidth && (best === null || gutter.end - gutter.start > best.end - best.start)) best = gutter;
    runStart = -1;
  }
  return best !== null && hasColumnsBeside(boxes, best) ? best : null;
}

/** How many boxes cover each point of the text's width (a difference array, one slot per point). */
function countCoverage(boxes: readonly PositionedBox[], left: number, width: number): number[] {
  const changes = new Array<number>(width + 2).fill(0);
  for (const box of boxes) {
    const start = Math.max(0, Math.floor(box.x - left));
    const end = Math.min(width + 1, Math.ceil(box.right - left));
    changes[start] = (changes[start] ?? 0) + 1;
    changes[end] = (changes[end] ?? 0) - 1;
  }
  const coverage: number[] = [];
  let running = 0;
  for (let offset = 0; offset <= width; offset += 1) {
    running += changes[offset] ?? 0;
    coverage.push(running);
  }
  return coverage;
}

/** Both sides hold several boxes, side by side on the page rather than one above the other. */
function hasColumnsBeside(boxes: readonly PositionedBox[], gutter: Gutter): boolean {
  const leftSide = boxes.filter((box) => box.right <= gutter.start + 1);
  const rightSide = boxes.filter((box) => box.x >= gutter.end - 1);
  if (leftSide.length < MIN_COLUMN_BOXES || rightSide.length < MIN_COLUMN_BOXES) return false;
  const leftTop = Math.max(...leftSide.map((box) => box.y));
  const leftBottom = Math.min(...leftSide.map((box) => box.y));
  const rightTop = Math.max(...rightSide.map((box) => box.y));
  const rightBottom = Math.min(...rightSide.map((box) => box.y));
  return Math.min(leftTop, rightTop) > Math.max(leftBottom, rightBottom);
}

interface SpanningRow<T> {
  y: number;
  segments: Segment<T>[];
}

function groupSpanningRows<T>(spanning: readonly Segment<T>[]): SpanningRow<T>[] {
  const rows: SpanningRow<T>[] = [];
  for (const segment of [...spanning].sort((first, second) => second.y - first.y)) {
    const last = rows.at(-1);
    if (last !== undefined && Math.abs(last.y - segment.y) <= segment.size / 2) last.segments.push(segment);
    else rows.push({ y: segment.y, segments: [segment] });
  }
  return rows;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

// pdf.js text items to positioned boxes, and boxes to lines: items on one baseline, left to right,
// with a space wherever the gap between two items is wider than a letter's spacing.

/** The fields of a pdf.js TextItem this module reads (marked-content items have no `str`). */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: scale/rotation, then the baseline origin in page space. */
  transform: number[];
  width: number;
  height: number;
}

export interface TextBox {
  text: string;
  /** Left edge, right edge and baseline, in points in page space (y grows upwards). */
  x: number;
  right: number;
  y: number;
  /** Font size in points. */
  size: number;
}

export interface TextLine extends TextBox {
  boxes: TextBox[];
}

/** A gap wider than this share of the font size between two items is a word space. */
const WORD_GAP_SHARE = 0.15;
/** Items whose baselines differ by less than this share of the font size are on one line. */
const BASELINE_TOLERANCE_SHARE = 0.5;

export function readTextBoxes(items: readonly unknown[]): TextBox[] {
  const boxes: TextBox[] = [];
  for (const item of items) {
    if (!isTextItem(item) || item.str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    // Text turned on its side (margin stamps, arXiv identifiers) is no part of the reading order.
    if (Math.abs(b) > Math.abs(a) || Math.abs(c) > Math.abs(d)) continue;
    const size = Math.hypot(c, d) || item.height;
    if (!(size > 0)) continue;
    boxes.push({ text: item.str, x, right: x + Math.max(0, item.width), y, size });
  }
  return boxes;
}

/** Boxes grouped by baseline, top line first, each line's boxes left to right. */
export function groupIntoLines(boxes: readonly TextBox[]): TextLine[] {
  const sorted = [...boxes].sort((first, second) => second.y - first.y || first.x - second.x);
  const groups: TextBox[][] = [];
  let current: TextBox[] = [];
  let baseline = Number.NaN;
  for (const box of sorted) {
    const tolerance = BASELINE_TOLERANCE_SHARE * box.size;
    if (current.length > 0 && Math.abs(baseline - box.y) <= tolerance) {
      current.push(box);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [box];
    baseline = box.y;
  }
  if (current.length > 0) groups.push(current);
  return groups.map(buildLine);
}

function buildLine(group: TextBox[]): TextLine {
  const boxes = group.sort((first, second) => first.x - second.x);
  let text = '';
  let previous: TextBox | null = null;
  for (const box of boxes) {
    if (previous !== null && needsSpace(previous, box, text)) text += ' ';
    text += box.text;
    previous = box;
  }
  // The line's size and baseline are those of its largest text, not of a superscript beside it.
  const main = boxes.reduce((largest, box) => (box.size > largest.size ? box : largest));
  return {
    text: text.replace(/\s+/gu, ' ').trim(),
    x: Math.min(...boxes.map((box) => box.x)),
    right: Math.max(...boxes.map((box) => box.right)),
    y: main.y,
    size: main.size,
    boxes,
  };
}

function needsSpace(previous: TextBox, box: TextBox, textSoFar: string): boolean {
  if (/\s$/u.test(textSoFar) || /^\s/u.test(box.text)) return false;
  return box.x - previous.right > WORD_GAP_SHARE * Math.min(previous.size, box.size);
}

function isTextItem(item: unknown): item is PdfTextItem {
  if (typeof item !== 'object' || item === null) return false;
  const { str, transform, width, height } = item as Partial<Record<keyof PdfTextItem, unknown>>;
  return typeof str === 'string' && Array.isArray(transform) && typeof width === 'number' && typeof height === 'number';
}

// Lines of one column into paragraphs. PDFs keep no paragraphs, only positioned lines, so a
// paragraph starts where the layout shows one: a gap wider than the usual line spacing, a first line
// indented past the one above it, a change of font size, or a short line that ends a sentence.

export interface ColumnLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** A gap between baselines this many times the usual spacing is a paragraph break. */
const PARAGRAPH_GAP_RATIO = 1.4;
/** A first line indented this many font sizes past the lines around it starts a paragraph. */
const INDENT_SIZES = 0.8;
/** Font sizes differing by more than this share belong to different paragraphs (a heading and its text). */
const SIZE_CHANGE_SHARE = 0.15;
/** A line ending this many font sizes short of the column's right edge, after a full stop, ends its paragraph. */
const SHORT_LINE_SIZES = 3;
const SENTENCE_END = /[.!?…:;"»”)\]。！？]$/u;

/** The usual distance between baselines of consecutive lines, over all columns of the document. */
export function measureLineSpacing(columns: readonly (readonly ColumnLine[])[]): number {
  const gaps: number[] = [];
  for (const lines of columns) {
    for (let index = 1; index < lines.length; index += 1) {
      const previous = lines[index - 1];
      const line = lines[index];
      if (previous === undefined || line === undefined) continue;
      const gap = previous.y - line.y;
      if (gap > 0 && gap < 3 * line.size) gaps.push(gap);
    }
  }
  gaps.sort((first, second) => first - second);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/** The column's lines (top first) as paragraphs, each a list of line texts. */
export function buildParagraphs(lines: readonly ColumnLine[], lineSpacing: number): string[][] {
  const paragraphs: string[][] = [];
  const right = Math.max(...lines.map((line) => line.right));
  let current: string[] = [];
  lines.forEach((line, index) => {
    const previous = index > 0 ? lines[index - 1] : undefined;
    if (previous !== undefined && startsParagraph(previous, line, lines[index + 1], lineSpacing, right) && current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line.text);
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

function startsParagraph(
  previous: ColumnLine,
  line: ColumnLine,
  next: ColumnLine | undefined,
  lineSpacing: number,
  columnRight: number,
): boolean {
  const gap = previous.y - line.y;
  const spacing = lineSpacing > 0 ? lineSpacing : 1.2 * line.size;
  if (gap <= 0 || gap > PARAGRAPH_GAP_RATIO * Math.max(spacing, previous.size)) return true;
  if (Math.abs(line.size - previous.size) > SIZE_CHANGE_SHARE * Math.max(line.size, previous.size)) return true;
  if (isFirstLineIndent(previous, line, next)) return true;
  const isShort = columnRight - previous.right > SHORT_LINE_SIZES * previous.size;
  return isShort && SENTENCE_END.test(previous.text);
}

/**
 * The line starts right of the one above and the next line returns to the left: a first-line indent.
 * A hanging indent ("[1] Text…" with its other lines indented) keeps the next line indented too.
 */
function isFirstLineIndent(previous: ColumnLine, line: ColumnLine, next: ColumnLine | undefined): boolean {
  const indent = INDENT_SIZES * line.size;
  if (line.x - previous.x <= indent) return false;
  return next === undefined || line.x - next.x > indent;
}

// Cuts the article body into paragraphs (one per line) of runs whose highlighting is uniform: which claims
// cover the run, whether it lies in an excluded range, and which claim markers follow it. Claims and
// excluded ranges may cross line breaks and overlap each other; runs are cut at every such boundary.
import type { ExcludedRange } from '../../shared/model';

export interface TextMark {
  id: number;
  start: number;
  end: number;
}

export interface BodyRun {
  text: string;
  /** Marks covering the run, outermost first (the last one is the innermost). */
  markIds: number[];
  /** The excluded range the run lies in, if any (only ranges still excluded). */
  exclusion: ExcludedRange | null;
  /** The first run of its excluded range: where the "excluded" label goes. */
  isExclusionStart: boolean;
  /** Marks that end with this run: their markers follow it. */
  endingMarkIds: number[];
}

export type BodyParagraph = BodyRun[];

export function segmentBody(
  body: string,
  marks: readonly TextMark[],
  excluded: readonly ExcludedRange[],
): BodyParagraph[] {
  const clampedMarks = marks
    .map((mark) => ({ ...mark, ...clampSpan(mark, body.length) }))
    .filter((mark) => mark.end > mark.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const exclusions = excluded
    .filter((range) => !range.isIncluded)
    .map((range) => ({ range, ...clampSpan(range, body.length) }))
    .filter((entry) => entry.end > entry.start);

  const paragraphs: BodyParagraph[] = [];
  let paragraph: BodyParagraph = [];
  const lastRunOfMark = new Map<number, BodyRun>();
  const labelledExclusions = new Set<ExcludedRange>();

  for (const [from, to] of pairwise(collectBoundaries(body, clampedMarks, exclusions))) {
    const text = body.slice(from, to);
    const markIds = clampedMarks.filter((mark) => mark.start < to && mark.end > from).map((mark) => mark.id);
    if (text === '\n') {
      paragraphs.push(paragraph);
      paragraph = [];
      // A mark that ends on a line break keeps its marker on the text before it.
      continue;
    }
    const exclusion = exclusions.find((entry) => entry.start < to && entry.end > from)?.range ?? null;
    const isExclusionStart = exclusion !== null && !labelledExclusions.has(exclusion);
    if (exclusion !== null) labelledExclusions.add(exclusion);
    const run: BodyRun = { text, markIds, exclusion, isExclusionStart, endingMarkIds: [] };
    paragraph.push(run);
    for (const id of markIds) lastRunOfMark.set(id, run);
  }
  paragraphs.push(paragraph);

  for (const mark of clampedMarks) lastRunOfMark.get(mark.id)?.endingMarkIds.push(mark.id);
  return paragraphs.filter((runs) => runs.some((run) => run.text.trim() !== '' || run.endingMarkIds.length > 0));
}

function collectBoundaries(
  body: string,
  marks: readonly { start: number; end: number }[],
  exclusions: readonly { start: number; end: number }[],
): number[] {
  const boundaries = new Set<number>([0, body.length]);
  for (const { start, end } of [...marks, ...exclusions]) {
    boundaries.add(start);
    boundaries.add(end);
  }
  for (let at = body.indexOf('\n'); at >= 0; at = body.indexOf('\n', at + 1)) {
    boundaries.add(at);
    boundaries.add(at + 1);
  }
  return [...boundaries].sort((a, b) => a - b);
}

function* pairwise(values: readonly number[]): Generator<[number, number]> {
  for (let index = 1; index < values.length; index += 1) {
    const from = values[index - 1];
    const to = values[index];
    if (from !== undefined && to !== undefined && to > from) yield [from, to];
  }
}

function clampSpan(span: { start: number; end: number }, length: number): { start: number; end: number } {
  return { start: Math.max(0, Math.min(span.start, length)), end: Math.max(0, Math.min(span.end, length)) };
}

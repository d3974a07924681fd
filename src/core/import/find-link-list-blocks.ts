// Menus, footers and link lists around the story: runs of short lines that do not read as sentences.
import type { ExclusionReason } from '../../shared/model';
import type { StoryBlock } from './find-story-blocks';
import type { LineReading } from './is-prose-line';
import type { BodyLine } from './split-lines';

/** Two short lines together outside the story make a list; one alone may be a subheading or a caption. */
const MIN_RUN = 2;
/** "1) Lego Star Wars…", "2. Polistil…": menus are not numbered; the story's own lists are. */
const NUMBERED_ITEM = /^\d{1,3}[.)]\s+\S/u;
/**
 * A whole page has a header above the story (site name, menu, breadcrumb): with fewer lines above it, the text
 * is the story pasted alone, and short lines after it are the story's own list, not a footer.
 */
const MIN_HEADER_LINES = 6;
/** A line ending in a colon announces what follows ("Qualified teams:", "Dare to Play 3:"). */
const LIST_INTRODUCTION = /[:：]$/u;

/**
 * Indexes of the short lines outside the story that sit in a run of at least two short or excluded lines.
 * A sentence breaks a run and stays; so do the lines in `kept` (the headline), numbered items, and a list
 * the story introduces with a colon right where it ends.
 */
export function findLinkListBlocks(
  lines: readonly BodyLine[],
  readings: readonly LineReading[],
  reasons: readonly (ExclusionReason | null)[],
  story: StoryBlock,
  kept: ReadonlySet<number>,
): number[] {
  const spared = new Set([...kept, ...findIntroducedList(lines, readings, reasons, story)]);
  const isWholePage = lines.slice(0, story.start).filter((line) => line.text !== '').length >= MIN_HEADER_LINES;
  const end = isWholePage ? readings.length : story.end + 1;
  const found: number[] = [];
  let labels: number[] = [];
  let runLength = 0;
  const closeRun = (): void => {
    if (runLength >= MIN_RUN) found.push(...labels);
    labels = [];
    runLength = 0;
  };
  readings.slice(0, end).forEach((reading, index) => {
    if (index >= story.start && index <= story.end) {
      closeRun();
    } else if (reading.words === 0) {
      // Blank lines (and lines of symbols only) neither make nor break a run.
    } else if (spared.has(index) || reasons[index] !== null || NUMBERED_ITEM.test(lines[index]?.text ?? '')) {
      runLength += 1;
    } else if (reading.isSentence) {
      closeRun();
    } else {
      labels.push(index);
      runLength += 1;
    }
  });
  closeRun();
  return found;
}

/**
 * The short lines after the story when its last line, or the first line after it, ends in a colon:
 * the list the story announces, up to the next sentence or excluded line.
 */
function findIntroducedList(
  lines: readonly BodyLine[],
  readings: readonly LineReading[],
  reasons: readonly (ExclusionReason | null)[],
  story: StoryBlock,
): number[] {
  let index = story.end;
  if (!LIST_INTRODUCTION.test(lines[index]?.text ?? '')) {
    index = findNextLine(lines, index);
    if (reasons[index] !== null || !LIST_INTRODUCTION.test(lines[index]?.text ?? '')) return [];
  }
  const items: number[] = [index];
  for (index = findNextLine(lines, index); index < lines.length; index = findNextLine(lines, index)) {
    if (reasons[index] !== null || readings[index]?.isSentence !== false) break;
    items.push(index);
  }
  return items;
}

function findNextLine(lines: readonly BodyLine[], index: number): number {
  let next = index + 1;
  while (next < lines.length && lines[next]?.text === '') next += 1;
  return next;
}

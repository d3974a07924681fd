// Lists of links to other stories under a heading that says so: "Related articles", "Most read",
// "More from Business", "Популярное", "相关新闻".
import type { ExclusionReason } from '../../shared/model';
import type { StoryBlock } from './find-story-blocks';
import type { LineReading } from './is-prose-line';
import { makeLookupKey, matchesAny } from './line-shape';
import { collectMatchers, collectWords } from './patterns/index';
import type { BodyLine } from './split-lines';

const MAX_HEADING_CHARS = 60;
/** Two links make a list; one line under a heading may be the story going on. */
const MIN_ITEMS = 2;
const MAX_ITEMS = 40;
/** Outside the story a list item may be a headline with its teaser, up to this long. */
const MAX_TEASER_WORDS = 60;
/** A teaser is a sentence or two; a paragraph of more is text, even outside the story. */
const MAX_TEASER_SENTENCES = 2;

const RELATED_HEADING_LINES = collectWords('relatedHeadingLines');
const RELATED_HEADING_PATTERNS = collectMatchers('relatedHeadingPatterns');
const SENTENCE_END = /[.!?。！？]["'»”’)）]*(\s|$)/gu;
/** Excluded lines (share buttons, a date) may sit between items; more than this in a row end the list. */
const MAX_EXCLUDED_RUN = 2;
/** A numbered line or one ending in a colon belongs to the story's own lists, not to links. */
const STORY_LIST_LINE = /^\d{1,3}[.)]\s|[:：]$/u;

export function isRelatedHeading(text: string, reading: LineReading): boolean {
  if (text.length > MAX_HEADING_CHARS || reading.isSentence) return false;
  return RELATED_HEADING_LINES.has(makeLookupKey(text)) || matchesAny(text, RELATED_HEADING_PATTERNS);
}

/**
 * Indexes of the headings and items of related-links lists. Inside the story an item is a headline
 * (never a sentence); outside it, a headline with its teaser too. Lines already excluded are passed over,
 * and so are the lines in `kept` (the headline), which end a list.
 */
export function findRelatedBlocks(
  lines: readonly BodyLine[],
  readings: readonly LineReading[],
  reasons: readonly (ExclusionReason | null)[],
  story: StoryBlock,
  kept: ReadonlySet<number>,
): number[] {
  const found: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const reading = readings[index];
    if (reading === undefined || kept.has(index) || !isRelatedHeading(lines[index]?.text ?? '', reading)) continue;
    const items = listItems(lines, readings, reasons, story, kept, index);
    if (items.length < MIN_ITEMS) continue;
    found.push(index, ...items);
    index = items.at(-1) ?? index;
  }
  return found;
}

/**
 * The items under a heading, up to the first line that is not one. Inside the story a list stops at the
 * story's own list lines, and a last item followed by the story's text is its subheading, not a link.
 */
function listItems(
  lines: readonly BodyLine[],
  readings: readonly LineReading[],
  reasons: readonly (ExclusionReason | null)[],
  story: StoryBlock,
  kept: ReadonlySet<number>,
  heading: number,
): number[] {
  const items: number[] = [];
  let excludedRun = 0;
  let index = heading + 1;
  for (; index < lines.length && items.length < MAX_ITEMS; index += 1) {
    const text = lines[index]?.text ?? '';
    const reading = readings[index];
    if (text === '' || reading === undefined) continue;
    if (reasons[index] !== null) {
      excludedRun += 1;
      if (excludedRun > MAX_EXCLUDED_RUN) break;
      continue;
    }
    excludedRun = 0;
    const isInStory = index >= story.start && index <= story.end;
    if (kept.has(index) || !isListItem(text, reading, isInStory)) break;
    items.push(index);
  }
  // Stopped by the story's own text: the last "item" is the subheading over it.
  const isEndedByStory = index < lines.length && reasons[index] === null && !kept.has(index);
  const last = items.at(-1);
  if (last !== undefined && last <= story.end && isEndedByStory) items.pop();
  return items;
}

function isListItem(text: string, reading: LineReading, isInStory: boolean): boolean {
  if (isInStory && STORY_LIST_LINE.test(text)) return false;
  if (!reading.isSentence) return true;
  if (isInStory || reading.words > MAX_TEASER_WORDS) return false;
  return (text.match(SENTENCE_END)?.length ?? 0) <= MAX_TEASER_SENTENCES;
}

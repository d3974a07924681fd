// The story in a pasted page: the run of lines richest in paragraphs, and the headline above it.
// A page copied whole puts menus, link lists and footers around the story; they are short lines,
// the story is paragraphs, so the story is the stretch that maximises paragraph words minus short lines
// (the body-text-extraction idea of Finn, Kushmerick and Smyth, on lines instead of tags).
import type { ExclusionReason } from '../../shared/model';
import type { LineReading } from './is-prose-line';
import type { BodyLine } from './split-lines';

/** Line indexes of the story's first and last lines, both paragraphs or sentences. */
export interface StoryBlock {
  start: number;
  end: number;
}

/**
 * What a short line (a menu item, a link) costs the stretch, in words of paragraph: little, so that lists
 * and subheadings inside the story do not cut it. Lines already excluded by their wording mark the page's
 * furniture more surely and cost more. Both were tuned on the extraction benchmark's development pages,
 * choosing the fewest lines of article text excluded over a slightly higher F1.
 */
const LABEL_COST = 1.5;
const EXCLUDED_COST = 3;
/** One very long line should not outweigh everything: a glued footer can be long. */
const MAX_LINE_GAIN = 120;
/** Below this many words of paragraph there is no story to tell from the furniture. */
const MIN_STORY_WEIGHT = 40;
/** How far above the story the headline is looked for, in non-empty lines. */
const MAX_HEADLINE_DISTANCE = 15;
const MAX_HEADLINE_WORDS = 30;
/** The story text the headline is compared with. */
const STORY_LEAD_CHARS = 1500;
const MIN_SHARED_HEADLINE_WORDS = 2;

export function weighLine(reading: LineReading, reason: ExclusionReason | null): number {
  if (reading.words === 0) return 0;
  if (reason !== null) return -EXCLUDED_COST;
  if (reading.isParagraph) return Math.min(reading.words, MAX_LINE_GAIN);
  if (reading.isSentence) return reading.words / 2;
  return -LABEL_COST;
}

/** The stretch of lines with the greatest weight (Kadane's maximum subarray), or null when too light. */
export function findStoryBlock(
  readings: readonly LineReading[],
  reasons: readonly (ExclusionReason | null)[],
): StoryBlock | null {
  let best: StoryBlock | null = null;
  let bestWeight = 0;
  let runStart = 0;
  let runWeight = 0;
  readings.forEach((reading, index) => {
    const weight = weighLine(reading, reasons[index] ?? null);
    if (runWeight <= 0) {
      if (weight <= 0) return;
      runStart = index;
      runWeight = 0;
    }
    runWeight += weight;
    if (runWeight > bestWeight) {
      bestWeight = runWeight;
      best = { start: runStart, end: index };
    }
  });
  return bestWeight >= MIN_STORY_WEIGHT ? best : null;
}

/**
 * The headline: of the headline-shaped lines just above the story, the one sharing the most words with
 * the story's first paragraphs (the nearest on a tie). Null when none shares enough.
 */
export function findHeadline(
  lines: readonly BodyLine[],
  readings: readonly LineReading[],
  reasons: readonly (ExclusionReason | null)[],
  story: StoryBlock,
): number | null {
  const lead = new Set(listContentWords(readLead(lines, readings, reasons, story)));
  let bestIndex: number | null = null;
  let bestShare = 0;
  let seen = 0;
  for (let index = story.start - 1; index >= 0 && seen < MAX_HEADLINE_DISTANCE; index -= 1) {
    const text = lines[index]?.text ?? '';
    if (text === '') continue;
    seen += 1;
    const reading = readings[index];
    if (reasons[index] !== null || reading === undefined || !isHeadlineShaped(text, reading)) continue;
    const words = listContentWords(text);
    const shared = words.filter((word) => lead.has(word)).length;
    const share = words.length === 0 ? 0 : shared / words.length;
    if (shared >= Math.min(MIN_SHARED_HEADLINE_WORDS, words.length) && share > bestShare) {
      bestIndex = index;
      bestShare = share;
    }
  }
  return bestIndex;
}

/** As the title finder wants it: a few words, not a paragraph, not ending like a sentence or a label. */
function isHeadlineShaped(text: string, reading: LineReading): boolean {
  const isEndedLikeSentence = /[.:：。]$/u.test(text) && !/(\.\.\.|…)$/u.test(text);
  return reading.words >= 2 && reading.words <= MAX_HEADLINE_WORDS && !reading.isParagraph && !isEndedLikeSentence;
}

/** The story's first paragraphs; its labels (a "More from …" heading) are no part of what the headline says. */
function readLead(
  lines: readonly BodyLine[],
  readings: readonly LineReading[],
  reasons: readonly (ExclusionReason | null)[],
  story: StoryBlock,
): string {
  let lead = '';
  for (let index = story.start; index <= story.end && lead.length < STORY_LEAD_CHARS; index += 1) {
    if (reasons[index] === null && readings[index]?.isParagraph === true) lead += ` ${lines[index]?.text ?? ''}`;
  }
  return lead;
}

/** Lower-case words of four letters or more, and Han characters in pairs: what a headline and a lead share. */
function listContentWords(text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((word) => !/\p{Script=Han}/u.test(word));
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let index = 0; index + 1 < run.length; index += 1) words.push(run.slice(index, index + 2));
  }
  return [...new Set(words)];
}

// Readers' comments pasted with the story: from a comments heading after the story has begun
// ("12 Comments", "34 responses to …", "Leave a Reply", "Комментарии") to the footer's menus.
import type { ExclusionReason } from '../../shared/model';
import type { StoryBlock } from './find-story-blocks';
import type { LineReading } from './is-prose-line';
import { matchesAny } from './line-shape';
import { collectMatchers } from './patterns/index';
import type { BodyLine } from './split-lines';

const MAX_HEADING_CHARS = 160;
/** A heading inside the story opens comments only if a comment's own line follows this closely. */
const COMMENT_LOOKAHEAD = 10;
/** This many short lines in a row after the story are the footer's menus: the comments have ended. */
const FOOTER_RUN = 5;

const COMMENT_HEADINGS = collectMatchers('commentHeadingPatterns');
const COMMENT_LINES = collectMatchers('commentLinePatterns');

export function isCommentHeading(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && matchesAny(text, COMMENT_HEADINGS);
}

export function isCommentLine(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && matchesAny(text, COMMENT_LINES);
}

/**
 * Indexes of the comment section's lines, heading first, or none. The heading must come after the story's
 * first line (a "Comments" link in the header opens nothing) and, inside the story, be followed by a line
 * only comments have ("… says:", "Reply"), so that a subheading cannot take the rest of the story with it.
 */
export function findCommentBlock(
  lines: readonly BodyLine[],
  readings: readonly LineReading[],
  reasons: readonly (ExclusionReason | null)[],
  story: StoryBlock,
): number[] {
  for (let index = story.start + 1; index < lines.length; index += 1) {
    const text = lines[index]?.text ?? '';
    if (text === '' || !isCommentHeading(text)) continue;
    if (index <= story.end && !hasCommentLineAfter(lines, index)) continue;
    return listCommentLines(lines, readings, reasons, index, story);
  }
  return [];
}

function hasCommentLineAfter(lines: readonly BodyLine[], heading: number): boolean {
  let seen = 0;
  for (let index = heading + 1; index < lines.length && seen < COMMENT_LOOKAHEAD; index += 1) {
    const text = lines[index]?.text ?? '';
    if (text === '') continue;
    seen += 1;
    if (isCommentLine(text)) return true;
  }
  return false;
}

/** From the heading through the story's end, then on to the last comment before the footer's menus. */
function listCommentLines(
  lines: readonly BodyLine[],
  readings: readonly LineReading[],
  reasons: readonly (ExclusionReason | null)[],
  heading: number,
  story: StoryBlock,
): number[] {
  const indexes: number[] = [heading];
  let labels: number[] = [];
  for (let index = heading + 1; index < lines.length; index += 1) {
    const text = lines[index]?.text ?? '';
    if (text === '') continue;
    const isLabel = index > story.end && readings[index]?.isSentence !== true && !isCommentLine(text);
    if (!isLabel) {
      indexes.push(...labels, index);
      labels = [];
    } else {
      labels.push(index);
      if (labels.length >= FOOTER_RUN) break;
    }
  }
  // Short lines after the last comment are the footer's, whatever their number.
  return indexes.filter((index) => index === heading || reasons[index] === null);
}
